"""The organisation directory: which organisations match a search and filters, and where they are.

Pure functions over `DirectoryEntry` rows and the `AreaIndex`. Filters are typed as people type them:
a need, kind or language by code or by its Dutch or English name (any case, any accents), an area by
the name or code of a gebied or wijk. A name that is both a gebied and a wijk (Delfshaven, Feijenoord)
means the gebied here: it holds the wijk, so nothing the person meant is left out. An unknown value
raises `UnknownValueError` (HTTP 422) whose message never repeats what was typed.

An organisation is *in* an area when it is located there or serves (part of) it; city-wide
organisations (serving no named area) are not listed under every area, or every filter would show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analysis.areas_index import AreaIndex
from analysis.finder_input import LANGUAGE_NAMES, normalise
from analysis.i18n import kind_name, language_name, need_name, text
from graph.errors import InvalidInputError
from graph.model import ORGANISATION_KINDS, SUPPORT_TYPES
from graph.rows import DirectoryEntry

__all__ = ["DirectoryFilter", "UnknownValueError", "area_counts", "has_room", "haystack", "matches",
           "resolve_area", "resolve_kind", "resolve_language", "resolve_need", "search"]


class UnknownValueError(InvalidInputError):
    """A filter names a need, kind, language or area that does not exist (HTTP 422)."""

    http_status = 422


@dataclass(frozen=True, slots=True)
class DirectoryFilter:
    """A resolved directory question: search words and codes (None = no filter)."""

    q: str = ""
    need: str | None = None
    language: str | None = None
    area: str | None = None
    kind: str | None = None
    room: bool = False


def _pick(value: str, names: dict[str, str]) -> str | None:
    return names.get(normalise(value))


def resolve_need(value: str, lang: str) -> str:
    """Return the support-type code `value` names (code, Dutch or English label); else raise 422."""
    names = {normalise(c): c for c in SUPPORT_TYPES}
    names |= {normalise(label): c for c, label in SUPPORT_TYPES.items()}
    names |= {normalise(need_name(c, other)): c for c in SUPPORT_TYPES for other in ("nl", "en")}
    found = _pick(value, names)
    if found is None:
        choices = ", ".join(need_name(c, lang) for c in SUPPORT_TYPES)
        raise UnknownValueError(text("dir_bad_need", lang).format(choices=choices))
    return found


def resolve_kind(value: str, lang: str) -> str:
    """Return the organisation-kind code `value` names (code or display name); else raise 422."""
    names = {normalise(k): k for k in ORGANISATION_KINDS}
    names |= {normalise(kind_name(k, other)): k for k in ORGANISATION_KINDS for other in ("nl", "en")}
    found = _pick(value, names)
    if found is None:
        choices = ", ".join(kind_name(k, lang) for k in ORGANISATION_KINDS)
        raise UnknownValueError(text("dir_bad_kind", lang).format(choices=choices))
    return found


def resolve_language(value: str, known: Iterable[str], lang: str) -> str:
    """Return the language code `value` is or names (Arabisch, Arabic, ar); else raise 422.

    `known` are the codes in the data, whose Dutch and English names are accepted too.
    """
    codes = {c.casefold() for c in known}
    names = {c: c for c in codes | set(LANGUAGE_NAMES.values())} | dict(LANGUAGE_NAMES)
    names |= {normalise(language_name(c, other)): c for c in codes for other in ("nl", "en")}
    found = _pick(value, names)
    if found is None:
        raise UnknownValueError(text("dir_bad_language", lang))
    return found


def resolve_area(value: str, index: AreaIndex, lang: str) -> str:
    """Return the code of the gebied or wijk `value` names or codes (the gebied when it is both)."""
    wanted = normalise(value)
    by_code = {normalise(code): code for code in index.level}
    if wanted in by_code:
        return by_code[wanted]
    named = sorted((index.level[code] != "gebied", code) for code, name in index.names.items()
                   if normalise(name) == wanted)
    if not named:
        raise UnknownValueError(text("dir_bad_area", lang))
    return named[0][1]


def has_room(entry: DirectoryEntry) -> bool:
    """Return whether the organisation has places (a known capacity) and nobody on its waiting list."""
    return bool(entry.capacity) and not entry.waitlist


def _in_area(entry: DirectoryEntry, code: str, index: AreaIndex) -> bool:
    """Return whether `entry` is located in or serves (part of) the area `code`."""
    if index.level.get(code) == "gebied":
        covered = {code, *index.wijken_of.get(code, ())}
    else:
        covered = {code, *([index.gebied_of[code]] if code in index.gebied_of else [])}
    if entry.area in covered or entry.gebied == code:
        return True
    return bool(covered & set(entry.serves_areas))


def haystack(entry: DirectoryEntry, index: AreaIndex) -> str:
    """Return the normalised text a search looks in: name, services, languages and areas (nl and en)."""
    words = [entry.name, entry.kind or "", *(kind_name(entry.kind, lang) for lang in ("nl", "en"))]
    words += [need_name(s, lang) for s in entry.services for lang in ("nl", "en")]
    words += [language_name(c, lang) for c in entry.languages for lang in ("nl", "en")]
    words += [index.names.get(c, "") for c in (entry.area, entry.gebied, *entry.serves_areas) if c]
    return " | ".join(normalise(w) for w in words if w)


def matches(entry: DirectoryEntry, text_: str, wanted: DirectoryFilter, index: AreaIndex) -> bool:
    """Return whether `entry` (with its `haystack` text) answers every part of the question."""
    if wanted.need and wanted.need not in entry.services:
        return False
    if wanted.language and wanted.language not in {c.casefold() for c in entry.languages}:
        return False
    if wanted.kind and entry.kind != wanted.kind:
        return False
    if wanted.room and not has_room(entry):
        return False
    if wanted.area and not _in_area(entry, wanted.area, index):
        return False
    return all(word in text_ for word in normalise(wanted.q).split())


def search(entries: Sequence[tuple[DirectoryEntry, str]], wanted: DirectoryFilter,
           index: AreaIndex) -> list[DirectoryEntry]:
    """Return the entries (paired with their haystacks) that match, names that start with the search first."""
    found = [entry for entry, text_ in entries if matches(entry, text_, wanted, index)]
    start = normalise(wanted.q)
    if not start:
        return found
    # Stable sort: within each group the entries keep their order (by name).
    return sorted(found, key=lambda e: (not normalise(e.name).startswith(start),
                                        start not in normalise(e.name)))


def area_counts(entries: Iterable[DirectoryEntry]) -> Counter[str | None]:
    """Return how many entries are located in each wijk (None: no known wijk)."""
    return Counter(entry.area for entry in entries)
