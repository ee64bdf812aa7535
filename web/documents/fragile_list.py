"""The fragile-links list a coordinator can act on: filtered by gebied, wijk, organisation and kind,
sorted by risk or name, paged, and the same rows for the CSV and xlsx downloads.

Filter values are names or codes as people type them (case-insensitive); an unknown value is a 422
with a sentence in the user's language that names the field, not the value (nothing typed is echoed).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from graph.errors import InvalidInputError
from graph.people import people_names
from graph.rows import AreaRow, OrgSummary
from web.i18n import text
from web.store import AnalysisStore

PER_PAGE = 50
SORTS = ("risk", "name")
COLUMNS = ("organisation_a", "organisation_b", "gebied_a", "gebied_b", "carrier_kind", "carried_by",
           "knows", "loss_probability", "second_contact")


class FilterError(InvalidInputError):
    """A filter value names no gebied, wijk, organisation or kind (HTTP 422)."""

    http_status = 422


@dataclass(frozen=True, slots=True)
class FragileFilter:
    """What the list is narrowed to (names or codes as typed), its order and page."""

    area: str | None = None
    gebied: str | None = None
    wijk: str | None = None
    organisation: str | None = None
    kind: str | None = None
    sort: str = "risk"
    page: int = 1

    def query(self) -> list[tuple[str, str]]:
        """Return the filter as GET parameters (for links to other pages and the downloads)."""
        pairs = [(k, getattr(self, k)) for k in ("area", "gebied", "wijk", "organisation", "kind")]
        return [(k, v) for k, v in pairs if v] + ([("sort", self.sort)] if self.sort != "risk" else [])


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def find_area(rows: Iterable[AreaRow], value: str, level: str | None, field: str, lang: str) -> AreaRow:
    """Return the gebied or wijk whose name or CBS code is `value` (only `level` when given)."""
    for row in rows:
        if (level is None or row.level == level) and (_same(row.code, value) or _same(row.name, value)):
            return row
    raise FilterError(text("fragile_unknown_area", lang).format(field=text(f"filter_{field}", lang)))


def find_kind(orgs: Iterable[OrgSummary], value: str, lang: str) -> str:
    """Return the organisation kind whose code or display name (nl or en) is `value`."""
    for kind in sorted({o.kind for o in orgs}):
        if any(_same(value, name) for name in (kind, text(f"kind_{kind}", "nl"), text(f"kind_{kind}", "en"))):
            return kind
    raise FilterError(text("fragile_unknown_kind", lang))


def find_organisations(orgs: Iterable[OrgSummary], value: str, lang: str) -> set[str]:
    """Return the ids of the organisations whose id or name is `value`."""
    found = {o.id for o in orgs if _same(o.id, value) or _same(o.name, value)}
    if not found:
        raise FilterError(text("fragile_unknown_organisation", lang))
    return found


def selected_organisations(store: AnalysisStore, f: FragileFilter, lang: str) -> set[str] | None:
    """Return the ids of the organisations every filter allows (None when nothing is filtered)."""
    orgs, areas = store.organisations(), store.area_rows()
    keep: set[str] | None = None
    for field, level in (("area", None), ("gebied", "gebied"), ("wijk", "wijk")):
        value = getattr(f, field)
        if value:
            area = find_area(areas, value, level, field, lang)
            here = {o.id for o in orgs if area.code in (o.area, o.gebied)}
            keep = here if keep is None else keep & here
    if f.kind:
        kind = find_kind(orgs, f.kind, lang)
        keep = {o.id for o in orgs if o.kind == kind} & (keep if keep is not None else {o.id for o in orgs})
    return keep


def touches(row: Mapping[str, Any], keep: set[str] | None, chosen: set[str] | None) -> bool:
    """Return whether a link row (`a`/`b` or `organisation`/`partner`) passes the filters.

    Area and kind filters need one end among `keep`; an organisation filter needs one end to be it.
    """
    ends = {row.get("a", row.get("organisation")), row.get("b", row.get("partner"))}
    return (keep is None or bool(ends & keep)) and (chosen is None or bool(ends & chosen))


def filtered(store: AnalysisStore, doc: Mapping[str, Any], f: FragileFilter,
             lang: str) -> list[dict[str, Any]]:
    """Return the fragile links that pass `f`, in its order (risk: likeliest to be gone first)."""
    if f.sort not in SORTS:
        raise FilterError(text("fragile_unknown_sort", lang))
    keep = selected_organisations(store, f, lang)
    chosen = find_organisations(store.organisations(), f.organisation, lang) if f.organisation else None
    rows = [r for r in doc.get("fragile_links", []) if touches(r, keep, chosen)]
    names = {o.id: o.name for o in store.organisations()}
    if f.sort == "name":
        rows.sort(key=lambda r: (names.get(r["a"], r["a"]).casefold(), names.get(r["b"], r["b"]).casefold()))
    return rows


def _person(pid: str, people: Mapping[str, str]) -> dict[str, str]:
    return {"id": pid, "name": people.get(pid, pid)}


def display_rows(store: AnalysisStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the rows with names: organisations, their gebied, carriers, second contact."""
    orgs, areas = store.org_index(), store.area_names()
    ids = sorted({p for r in rows for key in ("carried_by", "knows") for p in r[key]} |
                 {p for r in rows for p in r["second_contact"] or []})
    people = people_names(store.graph, ids=ids)

    def org(oid: str) -> dict[str, Any]:
        o = orgs.get(oid)
        gebied = o.gebied if o else None
        return {"id": oid, "name": o.name if o else oid, "gebied": areas.get(gebied or "", gebied or "")}

    return [{**r, "org_a": org(r["a"]), "org_b": org(r["b"]),
             "carriers": [_person(p, people) for p in r["carried_by"]],
             "known": [_person(p, people) for p in r["knows"]],
             "second": [_person(p, people) for p in r["second_contact"]] if r["second_contact"] else None}
            for r in rows]


def fragile_page(store: AnalysisStore, doc: Mapping[str, Any], f: FragileFilter, lang: str) -> dict[str, Any]:
    """Return one page of the filtered list: {total, page, pages, per_page, sort, items}."""
    rows = filtered(store, doc, f, lang)
    pages = max(1, math.ceil(len(rows) / PER_PAGE))
    page = min(f.page, pages)  # a page past the end shows the last one
    items = display_rows(store, rows[(page - 1) * PER_PAGE:page * PER_PAGE])
    return {"total": len(rows), "page": page, "pages": pages, "per_page": PER_PAGE, "sort": f.sort,
            "items": items}


def download_records(store: AnalysisStore, doc: Mapping[str, Any], f: FragileFilter,
                     lang: str) -> list[dict[str, Any]]:
    """Return every filtered fragile link as a download record (names, the risk as a fraction)."""
    def names(people: list[dict[str, str]] | None) -> list[str]:
        return [p["name"] for p in people or []]

    return [{"organisation_a": r["org_a"]["name"], "organisation_b": r["org_b"]["name"],
             "gebied_a": r["org_a"]["gebied"], "gebied_b": r["org_b"]["gebied"],
             "carrier_kind": text(f"carrier_kind_{r['carrier_kind']}", lang),
             "carried_by": names(r["carriers"]),
             "knows": names(r["known"]), "loss_probability": r["loss_probability"],
             "second_contact": names(r["second"])}
            for r in display_rows(store, filtered(store, doc, f, lang))]
