"""The malformed-input corpus: each case is some files and the located errors they must give."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

ORG_HEADER = "id;name;kind;area;languages;serves_areas;capacity;waitlist;nondutch_roles\n"
GOOD_ORG = "o5;Taalcafé Oost;taalcafe;Kralingen Oost;nl;;10;0;ja\n"


@dataclass(frozen=True)
class Case:
    """Files to ingest and the errors expected: (file, sheet, row or None, column, message part)."""

    name: str
    files: dict[str, bytes]
    expected: tuple[tuple[str, str, int | None, str, str], ...]


def _org(rows: str) -> dict[str, bytes]:
    return {"organisations.csv": (ORG_HEADER + GOOD_ORG + rows).encode()}


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CASES: list[Case] = [
    Case("empty file", {"organisations.csv": b""},
         (("organisations.csv", "organisations", None, "", "empty"),)),
    Case("binary named xlsx", {"partners.xlsx": os.urandom(2048)},
         (("partners.xlsx", "", None, "", "not a readable Excel workbook"),)),
    Case("wrong separator", {"organisations.csv": b"id|name|kind\no9|X|welzijn\n"},
         (("organisations.csv", "organisations", 1, "", "separate the columns with ; or ,"),)),
    Case("unknown file name", {"partners.csv": b"id;name\n"},
         (("partners.csv", "", None, "", "cannot tell which sheet"),)),
    Case("missing required column", {"organisations.csv": b"id;naam\no9;X\n"},
         (("organisations.csv", "organisations", 1, "kind", 'required column "kind" is missing'),)),
    Case("duplicate header", {"people.csv": b"id;naam;name\np9;A;B\n"},
         (("people.csv", "people", 1, "name", "appears twice"),)),
    Case("missing required value", _org("o6;;welzijn;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "name", "required value is missing"),)),
    Case("unknown kind lists allowed", _org("o6;X;kerkje;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "kind", "allowed: taalcafe, maatjesproject"),)),
    Case("not a number", _org("o6;X;welzijn;;;;veel;;\n"),
         (("organisations.csv", "organisations", 3, "capacity", '"veel" is not a number'),)),
    Case("decimal comma not whole", _org("o6;X;welzijn;;;;12,5;;\n"),
         (("organisations.csv", "organisations", 3, "capacity", "not a whole number"),)),
    Case("negative count", _org("o6;X;welzijn;;;;;-4;\n"),
         (("organisations.csv", "organisations", 3, "waitlist", "negative"),)),
    Case("bad boolean", _org("o6;X;welzijn;;;;;;misschien\n"),
         (("organisations.csv", "organisations", 3, "nondutch_roles", "ja/nee"),)),
    Case("unknown area suggests closest", _org("o6;X;welzijn;Spangn;;;;;\n"),
         (("organisations.csv", "organisations", 3, "area", 'did you mean "Spangen"'),)),
    Case("unknown served area", _org("o6;X;welzijn;;;Noordd;;;\n"),
         (("organisations.csv", "organisations", 3, "serves_areas", 'did you mean "Noord"'),)),
    Case("unknown language", _org("o6;X;welzijn;;xx;;;;\n"),
         (("organisations.csv", "organisations", 3, "languages", "ISO 639-1"),)),
    Case("duplicate id within file", _org("o5;Again;welzijn;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "id", 'duplicate id "o5": also on row 2'),)),
    Case("duplicate id across files",
         {**_org(""), "more.xlsx": _workbook({"organisaties": [["id", "naam", "soort"],
                                                                ["o7", "Y", "zorg"], ["o5", "Z", "zorg"]]})},
         (("more.xlsx", "organisations", 3, "id", "also on organisations.csv:organisations:2"),)),
    Case("unknown organisation reference",
         {"affiliations.csv": b"person_id;organisatie_id;rol\np1;o404;staff\n"},
         (("affiliations.csv", "affiliations", 2, "organisatie_id", 'unknown organisation "o404"'),)),
    Case("unknown role lists allowed",
         {"affiliations.csv": b"person_id;organisation_id;rol\np1;o1;baas\n"},
         (("affiliations.csv", "affiliations", 2, "rol", "allowed: staff, coordinator, volunteer, board"),)),
    Case("impossible date",
         {"affiliations.csv": b"person_id;organisation_id;role;sinds\np1;o1;staff;31-02-2025\n"},
         (("affiliations.csv", "affiliations", 2, "sinds", '"31-02-2025" is not a date'),)),
    Case("not a date",
         {"affiliations.csv": b"person_id;organisation_id;role;since\np1;o1;staff;gisteren\n"},
         (("affiliations.csv", "affiliations", 2, "since", '"gisteren" is not a date'),)),
    Case("until before since",
         {"partnerships.csv":
          b"id;organisation_id;partner_id;since;until\npt9;o1;o2;2025-03-01;01-01-2025\n"},
         (("partnerships.csv", "partnerships", 2, "until", "until 2025-01-01 is before since 2025-03-01"),)),
    Case("partnership id reused with other organisations",
         {"partnerships.csv": b"id;organisation_id;partner_id\npt1;o2;o1\n"},
         (("partnerships.csv", "partnerships", 2, "id", 'id "pt1" is already used in the database'),)),
    Case("unknown contact person", {"contacts.csv": b"person_id;other_person_id\np1;p404\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", 'unknown person "p404"'),)),
    # Task `edit`: an empty other person once crashed the duplicate check (sorting None with an id).
    Case("contact without the other person", {"contacts.csv": b"person_id;other_person_id\np1;\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", "required value is missing"),)),
    Case("own contact and strength", {"contacts.csv": b"person_id,other_person_id,strength\np1,p1,5\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", "own contact"),
          ("contacts.csv", "contacts", 2, "strength", "1 (weak), 2 or 3"))),
    Case("unknown need and status",
         {"referrals.csv": b"id;van;naar;datum;behoefte;status\nr1;o1;o2;2025-01-02;eten;verloren\n"},
         (("referrals.csv", "referrals", 2, "behoefte", "allowed: taal, maatje"),
          ("referrals.csv", "referrals", 2, "status", "allowed: sent, accepted"))),
    Case("bad period and negative demand",
         {"demand.csv":
          b"gebied;behoefte;periode;aantal\nDelfshaven;taal;2025-13;-1\nNoord;taal;2025-Q5;3\n"},
         (("demand.csv", "demand", 2, "periode", "2025-13"),
          ("demand.csv", "demand", 2, "aantal", "negative"),
          ("demand.csv", "demand", 3, "periode", "2025-Q5"))),
    Case("unknown level and parent",
         {"areas.csv": b"code;name;level;parent\nX1;Ergens;dorp;\nX2;Daar;wijk;WK999\n"},
         (("areas.csv", "areas", 2, "level", "allowed: gebied, wijk"),
          ("areas.csv", "areas", 3, "parent", "not a known gebied"))),
    Case("name too long", {"people.csv": b"id;naam\np9;" + b"Ali " * 100 + b"\n"},
         (("people.csv", "people", 2, "naam", "too long: 399 characters, at most 200"),)),
    Case("description too long",
         {"organisations.csv": b"id;name;kind;description\no6;X;welzijn;" + b"tekst " * 1000 + b"\n"},
         (("organisations.csv", "organisations", 2, "description", "at most 5000"),)),
    Case("ragged csv row", {"people.csv": b"id;name\np9;A\np10;B;extra;more\n"},
         (("people.csv", "people", 3, "", "cannot be read"),)),
    Case("name with quotes", _org('o6;"Welzijn ""De Brug""";kerk-x;;;;;;\n'),
         (("organisations.csv", "organisations", 3, "kind", '"kerk-x" is not a known kind'),)),
    Case("cypher-like text", _org("o6;x'}) MATCH (n) DETACH DELETE n //;welzijn;' OR 1=1 RETURN n;;;;;\n"),
         (("organisations.csv", "organisations", 3, "area", '"\' OR 1=1 RETURN n" is not a known wijk'),)),
    Case("script tag", _org("o6;<script>alert(1)</script>;welzijn;;;;;;<script>\n"),
         (("organisations.csv", "organisations", 3, "nondutch_roles", '"<script>" is not yes or no'),)),
    Case("windows-1252 file", {"organisations.csv": (ORG_HEADER + "o6;Caf\u00e9 Zuid;caf\u00e9;;;;;;\n")
                               .encode("cp1252")},
         (("organisations.csv", "organisations", 2, "kind", '"café" is not a known kind'),)),
    Case("xlsx row numbers", {"partners.xlsx": _workbook({
        "people": [["id", "naam"], ["p7", "A"], [None, None], ["p8", None]], "notes": [["x"]]})},
         (("partners.xlsx", "people", 4, "naam", "required value is missing"),)),
]


def write_case(case: Case, folder: Path) -> list[Path]:
    """Write a case's files into `folder`; return their paths."""
    paths = []
    for name, content in case.files.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


def write_large_people(path: Path, megabytes: int = 50) -> int:
    """Write a people.csv of about `megabytes` MB whose last row has a bad language; return that row."""
    line = ("p{:07d};Persoon met een wat langere naam nummer {:07d};persoon{:07d}@voorbeeld.nl;"
            "06-12345678;nl, en\n")
    size = len(line.format(0, 0, 0).encode())
    count = megabytes * 1024 * 1024 // size
    with path.open("w", encoding="utf-8") as out:
        out.write("id;name;email;phone;languages\n")
        out.writelines(line.format(i, i, i) for i in range(count))
        out.write("pbad;Laatste;x@voorbeeld.nl;;marsiaans\n")
    return count + 2
