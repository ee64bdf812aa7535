"""Kumu (Elements/Connections, as a workbook or two CSVs) mapped onto template tables; helpers HSDS shares."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

from ingest.read import Table
from ingest.report import Problems
from ingest.sheets import SHEETS, column_index, header_key
from ingest.values import BadValue, fold, quote, unescape
from ingest.vocabulary import CONTEXTS, KINDS, ROLE_WORDS, Vocabulary

Records = list[tuple[int, dict[str, str]]]
PERSON_TYPES = frozenset({"person", "persoon", "people", "personen", "mens", "individual", "individu"})
# Element types that say "an organisation" without saying which kind (→ overig unless tags say more).
ORG_TYPES = frozenset({"", "organisation", "organization", "organisatie", "org", "initiatief", "initiative"})
# Kumu's word strengths (its docs and exports use these) on the template's 1 (weak) … 3 (strong).
STRENGTH_WORDS = {"very weak": "1", "weak": "1", "zwak": "1", "medium": "2", "moderate": "2",
                  "normal": "2", "average": "2", "gemiddeld": "2", "matig": "2", "normaal": "2",
                  "strong": "3", "sterk": "3", "very strong": "3", "zeer sterk": "3"}


def records(rows: list[tuple[int, list[str]]]) -> tuple[dict[str, str], Records]:
    """Return (header key → header, [(row, {header key: text})]) of a raw sheet, blank rows skipped."""
    if not rows:
        return {}, []
    keys = [header_key(h) for h in rows[0][1]]
    headers = {k: h.strip() for k, h in zip(keys, rows[0][1], strict=True) if k}
    result = [(n, {k: unescape(v.strip()) for k, v in zip(keys, values, strict=False) if k and v.strip()})
              for n, values in rows[1:] if any(v.strip() for v in values)]
    return headers, result


def table(file: str, sheet: str, shown: str, rows: list[tuple[int, dict[str, str]]],
          headers: dict[str, str], lenient: tuple[str, ...] = ()) -> Table:
    """Return a template Table from per-row dicts keyed by template column."""
    columns = sorted({c for _, row in rows for c in row} | set(headers))
    return Table(file, sheet, headers={c: headers.get(c, c) for c in columns},
                 columns={c: [row.get(c, "") for _, row in rows] for c in columns},
                 rows=[n for n, _ in rows], shown=shown, lenient=lenient)


def slug(text: str) -> str:
    """Return a stable id made from a label (lower case, accents off, `-` between words)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def row_id(file: str, sheet: str, row: int) -> str:
    """Return a stable id for a person's row without one: a hash of where the row is, never of the
    name (a name-made id would show who a person is wherever ids are shown)."""
    digest = hashlib.sha256(f"{Path(file).name}\0{sheet}\0{row}".encode()).hexdigest()
    return f"kumu-{digest[:12]}"


def kumu_tables(files: dict[str, str], sheets: dict[str, list[tuple[int, list[str]]]],
                problems: Problems) -> list[Table]:
    """Return the template tables a Kumu map (Elements, Connections) maps onto.

    `files` names the file each sheet came from ("elements", "connections" → file name): one
    workbook, or two CSV files of a folder, so that problems point at the file the user opens.
    """
    named = {header_key(name): rows for name, rows in sheets.items()}
    el_headers, elements = records(named.get("elements", []))
    co_headers, connections = records(named.get("connections", []))
    found: dict[str, tuple[str, str]] = {}  # folded label or id → (kind of element, id)
    el_file, co_file = files["elements"], files["connections"]
    orgs, people = _kumu_elements(el_file, elements, el_headers, found, problems)
    links = _kumu_connections(co_file, connections, co_headers, found, problems)
    shown = {k: co_headers.get(k, k.title()) for k in ("from", "to", "type", "strength", "id")}
    link_headers = {"person_id": shown["from"], "organisation_id": shown["to"],
                    "other_person_id": shown["to"], "partner_id": shown["to"], "role": shown["type"],
                    "context": shown["type"], "kind": shown["type"], "strength": shown["strength"],
                    "id": shown["id"]}
    return [table(el_file, "organisations", "Elements", orgs, _element_headers("organisations", el_headers)),
            table(el_file, "people", "Elements", people, _element_headers("people", el_headers)),
            *(table(co_file, sheet, "Connections", rows, _own(sheet, link_headers))
              for sheet, rows in links.items())]


def _element_headers(sheet: str, headers: dict[str, str]) -> dict[str, str]:
    """Return template column → the Elements header the user wrote (Label, Type, their own names)."""
    index = column_index(sheet)
    own = {index[k]: shown for k, shown in headers.items() if k in index and k not in ("type", "kind")}
    named = {"name": headers.get("label", "Label"), "id": headers.get("id", "ID"),
             "kind": headers.get("type", "Type")}
    return _own(sheet, own | named)


def _own(sheet: str, headers: dict[str, str]) -> dict[str, str]:
    """Return the headers of the columns `sheet` has."""
    columns = {c.name for c in SHEETS[sheet]}
    return {column: shown for column, shown in headers.items() if column in columns}


def _kumu_elements(file: str, elements: Records, headers: dict[str, str],
                   found: dict[str, tuple[str, str]], problems: Problems) -> tuple[Records, Records]:
    org_index, person_index = column_index("organisations"), column_index("people")
    orgs: Records = []
    people: Records = []
    for n, rec in elements:
        label = rec.get("label", "")
        if not label:
            problems.error(file, "Elements", n, headers.get("label", "Label"), "",
                           BadValue("ingest_required"))
            continue
        kind_text = rec.get("type", "")
        is_person = fold(kind_text) in PERSON_TYPES
        element_id = rec.get("id") or (row_id(file, "Elements", n) if is_person else slug(label))
        if is_person:
            row = {person_index[k]: v for k, v in rec.items() if k in person_index and k != "type"}
            people.append((n, row | {"id": element_id, "name": label}))
            found[fold(label)] = found[fold(element_id)] = ("person", element_id)
            continue
        row = {org_index[k]: v for k, v in rec.items() if k in org_index and k not in ("type", "kind")}
        orgs.append((n, row | {"id": element_id, "name": label} | _kumu_kind(rec)))
        found[fold(label)] = found[fold(element_id)] = ("organisation", element_id)
    return orgs, people


def _kumu_kind(rec: dict[str, str]) -> dict[str, str]:
    """Return the kind of an organisation element, and its Kumu Type kept in the description.

    The kind comes from the Type, a Kind/Soort column or a tag naming a kind, else `overig`:
    Kumu's Type is free text ("Company", "Investor"), so a Type that names no kind is kept, not refused.
    """
    kind_text = rec.get("type", "")
    tags = [t.strip() for t in re.split(r"[|;,]", rec.get("tags", "")) if t.strip()]
    candidates = (kind_text, rec.get("kind", ""), rec.get("soort", ""), *tags)
    kind = next((k for k in candidates if is_in(KINDS, k)), "overig")
    if fold(kind_text) in ORG_TYPES or is_in(KINDS, kind_text):
        return {"kind": kind}
    description = "\n".join(t for t in (f"Type: {kind_text}", rec.get("description", "")) if t)
    return {"kind": kind, "description": description}


def _kumu_connections(file: str, connections: Records, headers: dict[str, str],
                      found: dict[str, tuple[str, str]], problems: Problems) -> dict[str, Records]:
    """Return the template rows of the connections, one per pair of elements (repeats merged)."""
    merged: dict[tuple[str, ...], tuple[int, dict[str, str]]] = {}
    for n, rec in connections:
        ends = [_kumu_ends(file, n, headers.get(c, c.title()), rec.get(c, ""), found, problems)
                for c in ("from", "to")]
        strength = STRENGTH_WORDS.get(fold(rec.get("strength", "")), rec.get("strength", ""))
        for a in ends[0]:
            for b in ends[1]:
                key, row = _kumu_link(a, b, rec.get("type", ""), rec.get("id", ""), strength)
                _merge(merged, key, n, row)
    links: dict[str, Records] = defaultdict(list)
    for key, (n, row) in merged.items():
        links[key[0]].append((n, row))
    return links


def _kumu_ends(file: str, n: int, header: str, cell: str, found: dict[str, tuple[str, str]],
               problems: Problems) -> list[tuple[str, str]]:
    """Return the elements a From/To cell names (Kumu allows several, separated by `|`)."""
    ends = []
    for name in (part.strip() for part in cell.split("|")):
        end = found.get(fold(name))
        if end is None:
            problems.error(file, "Connections", n, header, name,
                           BadValue("ingest_kumu_unknown_element", value=quote(name)))
        else:
            ends.append(end)
    return ends


def _kumu_link(a: tuple[str, str], b: tuple[str, str], link_type: str, link_id: str,
               strength: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """Return the merge key and template row of one connection between elements `a` and `b`."""
    (kind_a, id_a), (kind_b, id_b) = a, b
    if kind_a == kind_b == "person":
        context = link_type if is_in(CONTEXTS, link_type) else "informal"
        return ("contacts", *sorted((id_a, id_b))), {
            "person_id": id_a, "other_person_id": id_b, "context": context, "strength": strength}
    if kind_a == kind_b == "organisation":
        return ("partnerships", *sorted((id_a, id_b))), {
            "id": link_id or f"{id_a}--{id_b}", "organisation_id": id_a, "partner_id": id_b,
            "kind": link_type}
    person, org = (id_a, id_b) if kind_a == "person" else (id_b, id_a)
    role = link_type if is_in(ROLE_WORDS, link_type) else "staff"
    return ("affiliations", person, org, ROLE_WORDS.lookup(role)), {
        "person_id": person, "organisation_id": org, "role": role}


def _merge(merged: dict[tuple[str, ...], tuple[int, dict[str, str]]], key: tuple[str, ...], n: int,
           row: dict[str, str]) -> None:
    """Merge a repeated connection into the first, as Kumu draws them: types joined, strength the max."""
    if key not in merged:
        merged[key] = (n, row)
        return
    first = merged[key][1]
    if row.get("kind"):
        kinds = [k.strip() for k in first.get("kind", "").split(";") if k.strip()]
        first["kind"] = "; ".join(dict.fromkeys([*kinds, row["kind"]]))
    strength = row.get("strength", "")
    if strength and not strength.isdigit():  # kept, and located at its own row, to be reported
        first["strength"] = strength
        merged[key] = (n, first)
    elif strength and (first.get("strength") or "0").isdigit():
        first["strength"] = str(max(int(strength), int(first.get("strength") or 0)))


def is_in(vocabulary: Vocabulary, text: str) -> bool:
    """Return whether `text` is a word of `vocabulary`."""
    try:
        vocabulary.lookup(text)
    except ValueError:
        return False
    return bool(text)
