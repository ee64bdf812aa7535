"""Formats people already have, mapped onto template tables: Kumu (Elements/Connections) and HSDS CSV."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

from ingest.read import Table, csv_rows
from ingest.report import Problems
from ingest.sheets import column_index, header_key
from ingest.values import fold, unescape
from ingest.vocabulary import CONTEXTS, KINDS, NEEDS, ROLE_WORDS

Records = list[tuple[int, dict[str, str]]]
PERSON_TYPES = frozenset({"person", "persoon", "people", "personen", "mens", "individual", "individu"})
# Element types that say "an organisation" without saying which kind (→ overig unless tags say more).
ORG_TYPES = frozenset({"", "organisation", "organization", "organisatie", "org", "initiatief", "initiative"})
HSDS_FILES = ("organization", "service", "location", "service_area", "language", "service_capacity",
              "physical_address")


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
          headers: dict[str, str]) -> Table:
    """Return a template Table from per-row dicts keyed by template column."""
    columns = sorted({c for _, row in rows for c in row} | set(headers))
    return Table(file, sheet, headers={c: headers.get(c, c) for c in columns},
                 columns={c: [row.get(c, "") for _, row in rows] for c in columns},
                 rows=[n for n, _ in rows], shown=shown)


def slug(text: str) -> str:
    """Return a stable id made from a label (lower case, accents off, `-` between words)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def row_id(file: str, sheet: str, row: int) -> str:
    """Return a stable id for a person's row without one: a hash of where the row is, never of the
    name (a name-made id would show who a person is wherever ids are shown)."""
    digest = hashlib.sha256(f"{Path(file).name}\0{sheet}\0{row}".encode()).hexdigest()
    return f"kumu-{digest[:12]}"


def kumu_tables(file: str, sheets: dict[str, list[tuple[int, list[str]]]], problems: Problems) -> list[Table]:
    """Return the template tables a Kumu workbook (Elements, Connections) maps onto."""
    named = {header_key(name): rows for name, rows in sheets.items()}
    el_headers, elements = records(named.get("elements", []))
    connections = records(named.get("connections", []))[1]
    found: dict[str, tuple[str, str]] = {}  # folded label or id → (kind of element, id)
    orgs, people = _kumu_elements(file, elements, el_headers, found, problems)
    links = _kumu_connections(file, connections, found, problems)
    return [table(file, "organisations", "Elements", orgs, {"kind": el_headers.get("type", "Type")}),
            table(file, "people", "Elements", people, {}),
            *(table(file, sheet, "Connections", rows, {"role": "Type", "context": "Type"})
              for sheet, rows in links.items())]


def _kumu_elements(file: str, elements: Records, headers: dict[str, str],
                   found: dict[str, tuple[str, str]], problems: Problems) -> tuple[Records, Records]:
    org_index, person_index = column_index("organisations"), column_index("people")
    orgs: Records = []
    people: Records = []
    for n, rec in elements:
        label = rec.get("label", "")
        if not label:
            problems.error(file, "Elements", n, headers.get("label", "Label"), "",
                           "required value is missing")
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
        tags = [t.strip() for t in re.split(r"[|;,]", rec.get("tags", "")) if t.strip()]
        kind = next((k for k in (kind_text, rec.get("kind", ""), *tags) if _is(KINDS, k)), "")
        fallback = "overig" if fold(kind_text) in ORG_TYPES else kind_text  # a typo is reported
        orgs.append((n, row | {"id": element_id, "name": label, "kind": kind or fallback}))
        found[fold(label)] = found[fold(element_id)] = ("organisation", element_id)
    return orgs, people


def _kumu_connections(file: str, connections: Records, found: dict[str, tuple[str, str]],
                      problems: Problems) -> dict[str, Records]:
    links: dict[str, Records] = defaultdict(list)
    for n, rec in connections:
        ends = []
        for column in ("from", "to"):
            end = found.get(fold(rec.get(column, "")))
            if end is None:
                problems.error(file, "Connections", n, column.title(), rec.get(column, ""),
                               f'unknown element "{rec.get(column, "")}": not a Label (or ID) in Elements')
            ends.append(end)
        if None in ends:
            continue
        (kind_a, a), (kind_b, b) = ends
        link_type = rec.get("type", "")
        if kind_a == kind_b == "person":
            context = link_type if _is(CONTEXTS, link_type) else "informal"
            links["contacts"].append((n, {"person_id": a, "other_person_id": b, "context": context,
                                          "strength": rec.get("strength", "")}))
        elif kind_a == kind_b == "organisation":
            links["partnerships"].append((n, {"id": rec.get("id") or f"{a}--{b}", "organisation_id": a,
                                              "partner_id": b, "kind": link_type}))
        else:
            person, org = (a, b) if kind_a == "person" else (b, a)
            role = link_type if _is(ROLE_WORDS, link_type) else "staff"
            links["affiliations"].append((n, {"person_id": person, "organisation_id": org, "role": role}))
    return links


def _is(vocabulary: object, text: str) -> bool:
    try:
        vocabulary.lookup(text)
    except ValueError:
        return False
    return bool(text)


def is_hsds(stems: list[str]) -> bool:
    """Return whether file names are Open Referral HSDS tables (organization.csv, service.csv, …)."""
    return "organization" in {header_key(s) for s in stems}


def hsds_tables(files: list[Path], problems: Problems) -> list[Table]:
    """Return the organisations table HSDS CSVs map onto (services, languages, areas, capacity merged)."""
    raw = {header_key(f.stem): (f.name, records(csv_rows(f, f.stem, problems) or [])[1]) for f in files}
    for stem in raw:
        if stem not in HSDS_FILES:
            problems.warn(raw[stem][0], stem, 0, "", "", "not an HSDS table netwerkkaart reads; ignored")
    get = lambda name: raw.get(name, ("", []))[1]  # noqa: E731
    org_file = raw["organization"][0]
    service_org = {r["id"]: r.get("organization_id", "") for _, r in get("service") if "id" in r}
    location_org = {r["id"]: r.get("organization_id", "") for _, r in get("location") if "id" in r}
    extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _, r in get("service"):
        name = r.get("name", "")
        need = next((w for w in (name, *re.split(r"[\s/,;]+", name)) if _is(NEEDS, w)), None)
        if need:
            extra[r.get("organization_id", "")]["services"].append(need)
    for _, r in get("language"):
        owner = service_org.get(r.get("service_id", "")) or location_org.get(r.get("location_id", ""), "")
        extra[owner]["languages"].append(r.get("code") or r.get("language", ""))
    for _, r in get("service_area"):
        extra[service_org.get(r.get("service_id", ""), "")]["serves_areas"].append(
            r.get("service_area") or r.get("name", ""))
    for _, r in get("service_capacity"):
        extra[service_org.get(r.get("service_id", ""), "")]["capacity"].append(
            r.get("maximum") or r.get("available", ""))
    addresses = {location_org.get(r.get("location_id", ""), ""): r for _, r in get("physical_address")}
    rows = [(n, _hsds_org(r, extra[r.get("id", "")], addresses.get(r.get("id", ""), {})))
            for n, r in get("organization")]
    headers = {"website": "url", "languages": "language.csv", "serves_areas": "service_area.csv",
               "capacity": "service_capacity.csv", "services": "service.csv"}
    return [table(org_file, "organisations", "organization", rows, headers)]


def _hsds_org(r: dict[str, str], extra: dict[str, list[str]], address: dict[str, str]) -> dict[str, str]:
    capacity = extra.get("capacity", [])
    total = str(sum(int(c) for c in capacity)) if capacity and all(c.isdigit() for c in capacity) else (
        "; ".join(capacity))
    row = {"id": r.get("id", ""), "name": r.get("name", ""), "kind": r.get("kind") or "overig",
           "description": r.get("description", ""), "email": r.get("email", ""),
           "website": r.get("url") or r.get("website", ""),
           "address": address.get("address_1", ""), "postcode": address.get("postal_code", ""),
           "services": "; ".join(dict.fromkeys(extra.get("services", []))),
           "languages": "; ".join(dict.fromkeys(extra.get("languages", []))),
           "serves_areas": "; ".join(dict.fromkeys(extra.get("serves_areas", []))), "capacity": total}
    return {k: v for k, v in row.items() if v}
