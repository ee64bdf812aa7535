"""Check a whole run at once: typed rows, duplicates within and across files, references, areas."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from graph.model import ENTITY_ORDER, Area, Dataset
from ingest.areas import AreaIndex
from ingest.convert import Located, convert
from ingest.read import Table
from ingest.report import Problems
from ingest.values import BadValue, quote


@dataclass(slots=True)
class Known:
    """What the database already holds, so rows may refer to it."""

    organisations: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    areas: list[Area] = field(default_factory=list)
    # (type, id) → (start id, end id) of partnerships and referrals already stored
    relationships: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


_KEYS: dict[str, Callable[[object], object]] = {
    "areas": lambda r: r.code,
    "organisations": lambda r: r.id,
    "people": lambda r: r.id,
    "affiliations": lambda r: (r.person_id, r.organisation_id, r.role),
    # Not sorted when a person is missing (None does not sort with an id): `_unique` skips such keys.
    "contacts": lambda r: (r.person_id, r.other_person_id) if None in (r.person_id, r.other_person_id)
    else tuple(sorted((r.person_id, r.other_person_id))),
    "partnerships": lambda r: r.id,
    "referrals": lambda r: r.id,
    "demand": lambda r: (r.area, r.need, r.period),
}
_KEY_COLUMN = {"areas": "code", "affiliations": "role", "contacts": "other_person_id", "demand": "period"}


def convert_all(tables: list[Table], known: Known, problems: Problems,
                progress: Callable[[int], None] | None = None) -> dict[str, list[Located]]:
    """Return every table's good rows per sheet (areas first, so other sheets may name new areas)."""
    rows: dict[str, list[Located]] = {name: [] for name in ENTITY_ORDER}
    index = AreaIndex.of(known.areas)
    for table in sorted(tables, key=lambda t: t.sheet != "areas"):
        rows[table.sheet] += convert(table, problems, index, progress)
        if table.sheet == "areas":
            index = AreaIndex.of([*known.areas, *(r.row for r in rows["areas"] if r.ok)])
    _check_area_parents(rows["areas"], index, problems)
    return rows


def check(rows: dict[str, list[Located]], known: Known, problems: Problems) -> Dataset:
    """Return the dataset once duplicates and references are checked (problems recorded)."""
    for name in ENTITY_ORDER:
        rows[name] = _unique(name, rows[name], problems)
    orgs = known.organisations | {r.row.id for r in rows["organisations"] if r.row.id}
    people = known.people | {r.row.id for r in rows["people"] if r.row.id}
    refs = {
        "affiliations": (("person_id", people), ("organisation_id", orgs)),
        "contacts": (("person_id", people), ("other_person_id", people)),
        "partnerships": (("organisation_id", orgs), ("partner_id", orgs), ("contact_person_ids", people)),
        "referrals": (("from_organisation_id", orgs), ("to_organisation_id", orgs)),
    }
    for name, columns in refs.items():
        for located in rows[name]:
            for column, ids in columns:
                _check_reference(located, column, ids, problems)
    for name, rel_type in (("partnerships", "PARTNERS_WITH"), ("referrals", "REFERRED")):
        for located in rows[name]:
            _check_stored_ends(located, rel_type, known, problems)
    return Dataset(**{name: [r.row for r in rows[name]] for name in ENTITY_ORDER})


def _unique(name: str, located: list[Located], problems: Problems) -> list[Located]:
    first: dict[object, Located] = {}
    column = _KEY_COLUMN.get(name, "id")
    for item in located:
        key = _KEYS[name](item.row)
        if key is None or (isinstance(key, tuple) and None in key):
            continue
        seen = first.get(key)
        if seen is None:
            first[key] = item
            continue
        where = (BadValue("ingest_on_row", row=str(seen.number)) if seen.table is item.table
                 else f"{seen.table.file}:{seen.table.place}:{seen.number}")
        shown = key if isinstance(key, str) else " / ".join(str(k) for k in key)
        kind = "id" if column == "id" else "row"
        problems.error(item.table.file, item.table.place, item.number,
                       item.table.headers.get(column, column), str(shown),
                       BadValue(f"ingest_duplicate_{kind}", value=quote(str(shown)), where=where))
    return list(first.values())


def _check_reference(located: Located, column: str, ids: set[str], problems: Problems) -> None:
    value = getattr(located.row, column)
    what = "person" if "person" in column else "organisation"
    for item in value if isinstance(value, tuple) else (value,):
        if item is not None and item not in ids:
            problems.error(located.table.file, located.table.place, located.number,
                           located.table.headers.get(column, column), item,
                           BadValue(f"ingest_unknown_{what}", value=quote(item)))


def _check_stored_ends(located: Located, rel_type: str, known: Known, problems: Problems) -> None:
    row = located.row
    ends = (row.organisation_id, row.partner_id) if rel_type == "PARTNERS_WITH" else (
        row.from_organisation_id, row.to_organisation_id)
    stored = known.relationships.get((rel_type, row.id)) if located.ok else None
    if stored and stored != ends:
        problems.error(located.table.file, located.table.place, located.number,
                       located.table.headers.get("id", "id"), row.id,
                       BadValue("ingest_id_used", value=quote(row.id), start=stored[0], end=stored[1]))


def _check_area_parents(located: list[Located], index: AreaIndex, problems: Problems) -> None:
    for item in located:
        parent = item.row.parent if item.ok else None
        if parent is None:
            continue
        found = index.by_code.get(parent.upper())
        if found is None or found.level != "gebied":
            problems.error(item.table.file, item.table.place, item.number,
                           item.table.headers.get("parent", "parent"), parent,
                           BadValue("ingest_unknown_parent", value=quote(parent)))
        else:
            item.row = replace(item.row, parent=found.code)
