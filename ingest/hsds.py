"""Open Referral HSDS 1.1, 2.0 and 3.x CSV (a folder, a zip or a datapackage.json) → organisations.

HSDS names its tables in the plural (organizations.csv) in every version, the singular in some
older exports, and HSDS 3 calls physical_address `address`; a datapackage.json, when present,
says which file holds which table. Languages and service areas that netwerkkaart cannot map are
warnings, kept as text: a publisher's free text ("language line available") must not refuse a file.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from ingest.formats import is_in, records, table
from ingest.read import Table, csv_rows
from ingest.report import Problems
from ingest.sheets import header_key
from ingest.values import BadValue
from ingest.vocabulary import NEEDS, language_code

Rows = list[tuple[int, dict[str, str]]]
# The tables netwerkkaart reads, by every name HSDS 1.1–3.x gives them.
TABLES = {
    "organization": ("organization", "organizations"), "service": ("service", "services"),
    "location": ("location", "locations"), "service_area": ("service_area", "service_areas"),
    "language": ("language", "languages"),
    "service_capacity": ("service_capacity", "service_capacities"),
    "physical_address": ("physical_address", "physical_addresses", "address", "addresses"),
}
_CANONICAL = {name: table for table, names in TABLES.items() for name in names}
# Other HSDS tables: they mark an input as HSDS (never as template sheets) but are not read.
_OTHER_TEXT = """
service_at_location service_at_locations phone phones contact contacts program programs schedule
schedules regular_schedule regular_schedules holiday_schedule holiday_schedules eligibility
eligibilities fee fees funding fundings postal_address postal_addresses accessibility
accessibility_for_disabilities required_document required_documents payment_accepted
interpretation_services taxonomy taxonomies taxonomy_term taxonomy_terms service_attribute
service_attributes attribute attributes metadata meta_table_description meta_table_descriptions
organization_identifier organization_identifiers url urls cost_option cost_options unit units
"""
OTHER_TABLES = frozenset(_OTHER_TEXT.split())
# Names only HSDS uses: beside organizations.csv they tell HSDS from the template's sheets.
_HSDS_ONLY = (frozenset(_CANONICAL) | OTHER_TABLES) - {"organizations", "contact", "contacts"}
PACKAGE = "datapackage.json"


def is_hsds(files: list[Path]) -> bool:
    """Return whether `files` are an HSDS data set (by datapackage.json or table names)."""
    names = {header_key(f.stem) for f in files} | set(_package_tables(files))
    return "organization" in names or ("organizations" in names and bool(names & _HSDS_ONLY))


def _package_tables(files: list[Path]) -> dict[str, Path]:
    """Return table name → file of the datapackage.json among `files` (empty if none or unreadable)."""
    package = next((f for f in files if f.name.lower() == PACKAGE), None)
    if package is None:
        return {}
    try:
        doc = json.loads(package.read_text("utf-8-sig"))
    except (OSError, ValueError):
        return {}
    found: dict[str, Path] = {}
    for resource in doc.get("resources", []) if isinstance(doc, dict) else []:
        path = resource.get("path") if isinstance(resource, dict) else None
        path = path[0] if isinstance(path, list) and path else path
        if isinstance(path, str) and isinstance(resource.get("name"), str):
            found[header_key(resource["name"])] = package.parent / path
    return found


def hsds_files(files: list[Path], problems: Problems) -> dict[str, Path]:
    """Return HSDS table → file, by datapackage.json first, then by file name; others warned about."""
    folder = next((f.parent.resolve() for f in files if f.name.lower() == PACKAGE), None)
    found: dict[str, Path] = {}
    for name, path in _package_tables(files).items():
        table_name = _CANONICAL.get(name)
        inside = folder is not None and folder in path.resolve().parents
        if table_name is None:
            problems.warn(path.name, name, 0, "", "", problems.say("ingest_hsds_ignored"))
        elif not (inside and path.is_file()):
            problems.error(PACKAGE, "", 0, "resources", str(path.name),
                           problems.say("ingest_hsds_outside", name=name))
        else:
            found.setdefault(table_name, path)
    for f in files:
        name = header_key(f.stem)
        if f.name.lower() == PACKAGE or f in found.values():
            continue
        if f.suffix.lower() == ".csv" and name in _CANONICAL:
            found.setdefault(_CANONICAL[name], f)
        else:
            problems.warn(f.name, f.stem, 0, "", "", problems.say("ingest_hsds_ignored"))
    return found


def hsds_tables(files: list[Path], problems: Problems) -> list[Table]:
    """Return the organisations table HSDS maps onto (services, languages, areas, addresses merged)."""
    paths = hsds_files(files, problems)
    if "organization" not in paths:
        problems.error(files[0].name if files else "", "", 0, "", "",
                       problems.say("ingest_hsds_no_organizations"))
        return []
    raw = {name: (p.name, p.stem, records(csv_rows(p, p.stem, problems) or []))
           for name, p in paths.items()}
    get: dict[str, Rows] = defaultdict(list, {name: rec[2][1] for name, rec in raw.items()})
    service_org = {r["id"]: r.get("organization_id", "") for _, r in get["service"] if "id" in r}
    location_org = {r["id"]: r.get("organization_id", "") for _, r in get["location"] if "id" in r}
    extra = _per_service(get, service_org)
    if "language" in raw:
        _languages(raw["language"], service_org, location_org, extra, problems)
    addresses: dict[str, dict[str, str]] = {}
    for _, r in get["physical_address"]:  # HSDS 3's address.csv also holds postal ones
        if r.get("address_type", "physical").casefold() == "physical":
            addresses.setdefault(location_org.get(r.get("location_id", ""), ""), r)
    rows = [(n, _organisation(r, extra[r.get("id", "")], addresses.get(r.get("id", ""), {})))
            for n, r in get["organization"]]
    file, stem, _ = raw["organization"]
    shown = lambda name, default: raw[name][0] if name in raw else default  # noqa: E731
    headers = {"website": "url", "languages": shown("language", "languages.csv"),
               "serves_areas": shown("service_area", "service_areas.csv"),
               "capacity": shown("service_capacity", "service_capacity.csv"),
               "services": shown("service", "services.csv")}
    return [table(file, "organisations", stem, rows, headers, lenient=("languages", "serves_areas"))]


def _per_service(get: dict[str, Rows], service_org: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """Return organisation id → its services' needs, service areas and capacities."""
    extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _, r in get["service"]:
        name = r.get("name", "")
        need = next((w for w in (name, *re.split(r"[\s/,;]+", name)) if is_in(NEEDS, w)), None)
        if need:
            extra[r.get("organization_id", "")]["services"].append(need)
    for _, r in get["service_area"]:
        extra[service_org.get(r.get("service_id", ""), "")]["serves_areas"].append(
            r.get("service_area") or r.get("name", ""))
    for _, r in get["service_capacity"]:
        extra[service_org.get(r.get("service_id", ""), "")]["capacity"].append(
            r.get("maximum") or r.get("available", ""))
    return extra


def _languages(raw: tuple[str, str, tuple[dict[str, str], Rows]], service_org: dict[str, str],
               location_org: dict[str, str], extra: dict[str, dict[str, list[str]]],
               problems: Problems) -> None:
    """Add each language row's code to its organisation; a value not understood is a warning there."""
    file, stem, (headers, rows) = raw
    for n, r in rows:
        owner = service_org.get(r.get("service_id", "")) or location_org.get(r.get("location_id", ""), "")
        column = next((c for c in ("code", "language", "name") if r.get(c)), None)
        if column is None:
            continue
        try:
            value = language_code(r[column])
        except BadValue as exc:
            problems.warn(file, stem, n, headers.get(column, column), r[column],
                          BadValue("ingest_kept_as_text", problem=exc), kind="language kept as text")
            value = re.sub(r"\s*[;,]\s*", " / ", r[column])  # one item in the organisation's list
        extra[owner]["languages"].append(value)


def _organisation(r: dict[str, str], extra: dict[str, list[str]], address: dict[str, str]) -> dict[str, str]:
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
