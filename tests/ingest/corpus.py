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
         (("organisations.csv", "organisations", None, "", "het bestand is leeg"),)),
    Case("binary named xlsx", {"partners.xlsx": os.urandom(2048)},
         (("partners.xlsx", "", None, "", "is geen leesbaar Excel-werkboek (.xlsx)"),)),
    Case("wrong separator", {"organisations.csv": b"id|name|kind\no9|X|welzijn\n"},
         (("organisations.csv", "organisations", 1, "", "scheid de kolommen met ; of ,"),)),
    Case("unknown file name", {"partners.csv": b"id;name\n"},
         (("partners.csv", "", None, "",
           "onduidelijk welk tabblad dit is: noem het bestand naar een tabblad van het sjabloon"
           " (organisaties.csv, personen.csv"),)),
    Case("missing required column", {"organisations.csv": b"id;naam\no9;X\n"},
         (("organisations.csv", "organisations", 1, "kind", 'de verplichte kolom "soort" ontbreekt'),)),
    Case("duplicate header", {"people.csv": b"id;naam;name\np9;A;B\n"},
         (("people.csv", "people", 1, "name", 'staat er twee keer: "naam" en "name" betekenen hetzelfde'),)),
    Case("missing required value", _org("o6;;welzijn;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "name", "verplichte waarde ontbreekt"),)),
    Case("unknown kind lists allowed", _org("o6;X;kerkje;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "kind",
           '"kerkje" is geen bekende soort; kies uit: taalcafé, maatjesproject, vrijwilligerscentrale'),)),
    Case("not a number", _org("o6;X;welzijn;;;;veel;;\n"),
         (("organisations.csv", "organisations", 3, "capacity", '"veel" is geen getal'),)),
    Case("decimal comma not whole", _org("o6;X;welzijn;;;;12,5;;\n"),
         (("organisations.csv", "organisations", 3, "capacity", "is geen heel getal"),)),
    Case("negative count", _org("o6;X;welzijn;;;;;-4;\n"),
         (("organisations.csv", "organisations", 3, "waitlist",
           '"-4" is negatief: een aantal is 0 of meer'),)),
    Case("bad boolean", _org("o6;X;welzijn;;;;;;misschien\n"),
         (("organisations.csv", "organisations", 3, "nondutch_roles",
           '"misschien" is geen ja of nee: schrijf ja of nee'),)),
    Case("unknown area suggests closest", _org("o6;X;welzijn;Spangn;;;;;\n"),
         (("organisations.csv", "organisations", 3, "area",
           '"Spangn" is geen bekende wijk of gebied; bedoelt u "Spangen" (CBS-code BU05990323)?'),)),
    Case("unknown served area", _org("o6;X;welzijn;;;Noordd;;;\n"),
         (("organisations.csv", "organisations", 3, "serves_areas", 'bedoelt u "Noord"'),)),
    Case("unknown language", _org("o6;X;welzijn;;xx;;;;\n"),
         (("organisations.csv", "organisations", 3, "languages",
           '"xx" is geen bekende taal: schrijf de naam (Arabisch) of de code (ar)'),)),
    Case("duplicate id within file", _org("o5;Again;welzijn;;;;;;\n"),
         (("organisations.csv", "organisations", 3, "id", 'dubbel id "o5": staat ook op rij 2'),)),
    Case("duplicate id across files",
         {**_org(""), "more.xlsx": _workbook({"organisaties": [["id", "naam", "soort"],
                                                                ["o7", "Y", "zorg"], ["o5", "Z", "zorg"]]})},
         (("more.xlsx", "organisations", 3, "id", "staat ook op organisations.csv:organisations:2"),)),
    Case("unknown organisation reference",
         {"affiliations.csv": b"person_id;organisatie_id;rol\np1;o404;staff\n"},
         (("affiliations.csv", "affiliations", 2, "organisatie_id",
           'onbekende organisatie "o404": niet in het tabblad organisaties en niet in de database'),)),
    Case("unknown role lists allowed",
         {"affiliations.csv": b"person_id;organisation_id;rol\np1;o1;baas\n"},
         (("affiliations.csv", "affiliations", 2, "rol",
           "kies uit: medewerker, coördinator, vrijwilliger, bestuurslid"),)),
    Case("impossible date",
         {"affiliations.csv": b"person_id;organisation_id;role;sinds\np1;o1;staff;31-02-2025\n"},
         (("affiliations.csv", "affiliations", 2, "sinds",
           '"31-02-2025" is geen datum: die dag bestaat niet'),)),
    Case("not a date",
         {"affiliations.csv": b"person_id;organisation_id;role;since\np1;o1;staff;gisteren\n"},
         (("affiliations.csv", "affiliations", 2, "since",
           '"gisteren" is geen datum: schrijf 2025-03-01 of 01-03-2025'),)),
    Case("until before since",
         {"partnerships.csv":
          b"id;organisation_id;partner_id;since;until\npt9;o1;o2;2025-03-01;01-01-2025\n"},
         (("partnerships.csv", "partnerships", 2, "until",
           "de einddatum 2025-01-01 ligt vóór de begindatum 2025-03-01"),)),
    Case("partnership id reused with other organisations",
         {"partnerships.csv": b"id;organisation_id;partner_id\npt1;o2;o1\n"},
         (("partnerships.csv", "partnerships", 2, "id",
           'het id "pt1" is in de database al in gebruik voor o1 → o2'),)),
    Case("unknown contact person", {"contacts.csv": b"person_id;other_person_id\np1;p404\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", 'onbekende persoon "p404"'),)),
    # Task `edit`: an empty other person once crashed the duplicate check (sorting None with an id).
    Case("contact without the other person", {"contacts.csv": b"person_id;other_person_id\np1;\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", "verplichte waarde ontbreekt"),)),
    Case("own contact and strength", {"contacts.csv": b"person_id,other_person_id,strength\np1,p1,5\n"},
         (("contacts.csv", "contacts", 2, "other_person_id", "iemand kan niet zijn eigen contact zijn"),
          ("contacts.csv", "contacts", 2, "strength", '"5" is geen sterkte: kies 1 (zwak), 2 of 3 (sterk)'))),
    Case("unknown need and status",
         {"referrals.csv": b"id;van;naar;datum;behoefte;status\nr1;o1;o2;2025-01-02;eten;verloren\n"},
         (("referrals.csv", "referrals", 2, "behoefte",
           '"eten" is geen bekende hulpvraag; kies uit: taal, maatje/mentor'),
          ("referrals.csv", "referrals", 2, "status", "kies uit: verstuurd, aangenomen"))),
    Case("bad period and negative demand",
         {"demand.csv":
          b"gebied;behoefte;periode;aantal\nDelfshaven;taal;2025-13;-1\nNoord;taal;2025-Q5;3\n"},
         (("demand.csv", "demand", 2, "periode", '"2025-13" is geen periode: maand 13 bestaat niet'),
          ("demand.csv", "demand", 2, "aantal", "negatief"),
          ("demand.csv", "demand", 3, "periode", '"2025-Q5" is geen periode: schrijf 2025-03'))),
    Case("unknown level and parent",
         {"areas.csv": b"code;name;level;parent\nX1;Ergens;dorp;\nX2;Daar;wijk;WK999\n"},
         (("areas.csv", "areas", 2, "level", '"dorp" is geen bekend niveau; kies uit: gebied, wijk'),
          ("areas.csv", "areas", 3, "parent", 'bovenliggend gebied "WK999" is geen bekende gebiedscode'))),
    Case("name too long", {"people.csv": b"id;naam\np9;" + b"Ali " * 100 + b"\n"},
         (("people.csv", "people", 2, "naam", "te lang: 399 tekens, hooguit 200"),)),
    Case("description too long",
         {"organisations.csv": b"id;name;kind;description\no6;X;welzijn;" + b"tekst " * 1000 + b"\n"},
         (("organisations.csv", "organisations", 2, "description", "te lang: 5.999 tekens, hooguit 5.000"),)),
    Case("ragged csv row", {"people.csv": b"id;name\np9;A\np10;B;extra;more\n"},
         (("people.csv", "people", 3, "",
           "de CSV is niet te lezen: deze regel heeft 4 kolommen, de kopregel 2"),)),
    Case("name with quotes", _org('o6;"Welzijn ""De Brug""";kerk-x;;;;;;\n'),
         (("organisations.csv", "organisations", 3, "kind", '"kerk-x" is geen bekende soort'),)),
    Case("cypher-like text", _org("o6;x'}) MATCH (n) DETACH DELETE n //;welzijn;' OR 1=1 RETURN n;;;;;\n"),
         (("organisations.csv", "organisations", 3, "area", '"\' OR 1=1 RETURN n" is geen bekende wijk'),)),
    Case("script tag", _org("o6;<script>alert(1)</script>;welzijn;;;;;;<script>\n"),
         (("organisations.csv", "organisations", 3, "nondutch_roles", '"<script>" is geen ja of nee'),)),
    Case("windows-1252 file", {"organisations.csv": (ORG_HEADER + "o6;Caf\u00e9 Zuid;caf\u00e9;;;;;;\n")
                               .encode("cp1252")},
         (("organisations.csv", "organisations", 2, "kind", '"café" is geen bekende soort'),)),
    Case("xlsx row numbers", {"partners.xlsx": _workbook({
        "people": [["id", "naam"], ["p7", "A"], [None, None], ["p8", None]], "notes": [["x"]]})},
         (("partners.xlsx", "people", 4, "naam", "verplichte waarde ontbreekt"),)),
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
