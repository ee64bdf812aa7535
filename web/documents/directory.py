"""The directory's data: the question read from the address, one page of matching organisations as the
API answers them, the per-wijk counts behind the map and table, the CSV rows, and the header search."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from analysis.areas_index import AreaIndex, area_index
from analysis.directory import (
    DirectoryFilter,
    area_counts,
    has_room,
    haystack,
    resolve_area,
    resolve_kind,
    resolve_language,
    resolve_need,
    search,
)
from analysis.finder_input import normalise
from graph.organisations import directory_entries
from graph.people import search_people
from graph.rows import DirectoryEntry
from web.store import AnalysisStore

_PHONE = re.compile(r"^\+?[\d\s().-]{6,20}$")
_EMAIL = re.compile(r"^[^@\s:/<>\"']+@[^@\s:/<>\"']+\.[a-z]{2,}$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
PER_PAGE = 20
SUGGESTIONS = 8
CSV_COLUMNS = ("id", "name", "kind", "address", "postcode", "phone", "email", "website", "services",
               "languages", "capacity", "waitlist", "wijk", "wijk_name", "serves")


@dataclass(frozen=True, slots=True)
class Question:
    """The directory question as typed (for the form) and as resolved (codes)."""

    q: str = ""
    need: str = ""
    language: str = ""
    area: str = ""
    kind: str = ""
    room: bool = False


def _entries(store: AnalysisStore) -> list[tuple[DirectoryEntry, str]]:
    """Return every directory entry with its search text (cached until the data changes)."""
    def build() -> list[tuple[DirectoryEntry, str]]:
        index = _index(store)
        return [(e, haystack(e, index)) for e in directory_entries(store.graph)]
    return store.cached(("directory_entries",), build)


def all_entries(store: AnalysisStore) -> list[DirectoryEntry]:
    """Return every directory entry, by name (cached)."""
    return [e for e, _ in _entries(store)]


def _index(store: AnalysisStore) -> AreaIndex:
    return store.cached(("directory_area_index",), lambda: area_index(store.area_rows()))


def resolve(store: AnalysisStore, question: Question, lang: str) -> DirectoryFilter:
    """Return the question with need, language, area and kind as codes; raise UnknownValueError (422)."""
    known = {c for e, _ in _entries(store) for c in e.languages}
    return DirectoryFilter(
        q=question.q.strip(),
        need=resolve_need(question.need, lang) if question.need.strip() else None,
        language=resolve_language(question.language, known, lang) if question.language.strip() else None,
        area=resolve_area(question.area, _index(store), lang) if question.area.strip() else None,
        kind=resolve_kind(question.kind, lang) if question.kind.strip() else None,
        room=question.room)


def results(store: AnalysisStore, wanted: DirectoryFilter) -> list[DirectoryEntry]:
    """Return every organisation that answers `wanted`, best first."""
    return search(_entries(store), wanted, _index(store))


def item(entry: DirectoryEntry, names: dict[str, str]) -> dict[str, Any]:
    """Return one organisation as the API lists it (codes, with area names beside their codes)."""
    return {"id": entry.id, "name": entry.name, "kind": entry.kind, "address": entry.address,
            "postcode": entry.postcode, "phone": entry.phone, "email": entry.email, "website": entry.website,
            "languages": list(entry.languages), "services": list(entry.services),
            "capacity": entry.capacity, "waitlist": entry.waitlist, "has_room": has_room(entry),
            "area": entry.area, "area_name": names.get(entry.area or ""), "gebied": entry.gebied,
            "serves_areas": list(entry.serves_areas),
            "areas": [{"code": c, "name": names.get(c, c)} for c in entry.serves_areas],
            "links": links(entry)}


def links(entry: DirectoryEntry) -> dict[str, str | None]:
    """Return safe link targets for the contact details: tel:, mailto: and an http(s) address.

    Only values that look like what they claim become links (the data is typed by people; a
    `javascript:` website must stay text); anything else is shown as text.
    """
    phone, email = (entry.phone or "").strip(), (entry.email or "").strip()
    site = (entry.website or "").strip()
    if site and not site.lower().startswith(("http://", "https://")):
        site = f"https://{site}" if _DOMAIN.match(site) else ""
    return {"phone": "tel:" + re.sub(r"[^\d+]", "", phone) if _PHONE.match(phone) else None,
            "email": f"mailto:{email}" if _EMAIL.match(email) else None,
            "website": site if site and not re.search(r"[\s<>\"']", site) else None}


def page_of(found: list[DirectoryEntry], page: int, per_page: int = PER_PAGE) -> list[DirectoryEntry]:
    """Return the entries on `page` (1-based; past the end: none)."""
    return found[(page - 1) * per_page: page * per_page]


def pages(total: int, per_page: int = PER_PAGE) -> int:
    """Return how many pages `total` results fill (at least one)."""
    return max(1, math.ceil(total / per_page))


def wijk_rows(store: AnalysisStore, found: list[DirectoryEntry]) -> list[dict[str, Any]]:
    """Return [{"code", "name", "gebied", "count"}] per wijk holding results, most first."""
    names, index = store.area_names(), _index(store)
    rows = [{"code": code, "name": names.get(code, code) if code else None,
             "gebied": names.get(index.gebied_of.get(code, ""), None) if code else None, "count": n}
            for code, n in area_counts(found).items()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"] is None, r["name"] or ""))


def document(store: AnalysisStore, wanted: DirectoryFilter, page: int, per_page: int = PER_PAGE
             ) -> dict[str, Any]:
    """Return the API answer: {"total", "page", "pages", "per_page", "items", "wijken"}."""
    found, names = results(store, wanted), store.area_names()
    return {"total": len(found), "page": page, "pages": pages(len(found), per_page), "per_page": per_page,
            "items": [item(e, names) for e in page_of(found, page, per_page)],
            "wijken": wijk_rows(store, found)}


def csv_rows(store: AnalysisStore, wanted: DirectoryFilter) -> list[dict[str, Any]]:
    """Return every matching organisation as a download row (codes; the wijk also by name)."""
    names = store.area_names()
    return [{**item(e, names), "wijk": e.area, "wijk_name": names.get(e.area or ""), "serves": e.serves_areas}
            for e in results(store, wanted)]


def quick_search(store: AnalysisStore, q: str, *, people: bool, limit: int = SUGGESTIONS) -> dict[str, Any]:
    """Return the header search's answer: organisations and areas whose name holds `q`, and people
    (only when `people` is True: coordinators; the key is absent otherwise)."""
    wanted = normalise(q)
    orgs = [e for e, _ in _entries(store) if wanted and wanted in normalise(e.name)] if wanted else []
    orgs.sort(key=lambda e: not normalise(e.name).startswith(wanted))
    areas = sorted((a for a in store.area_rows() if wanted and wanted in normalise(a.name)),
                   key=lambda a: (not normalise(a.name).startswith(wanted), a.level != "gebied", a.name))
    answer: dict[str, Any] = {
        "q": q, "total_organisations": len(orgs),
        "organisations": [{"id": e.id, "name": e.name, "kind": e.kind, "url": _url("organisations", e.id)}
                          for e in orgs[:limit]],
        "areas": [{"code": a.code, "name": a.name, "level": a.level, "url": _url("areas", a.code)}
                  for a in areas[:limit]]}
    if people:
        found = search_people(store.graph, q=q.strip(), limit=limit) if wanted else []
        answer["people"] = [{"id": p["id"], "name": p["name"], "url": _url("people", p["id"])} for p in found]
    return answer


def _url(section: str, key: str) -> str:
    return f"/{section}/{quote(key, safe='')}"
