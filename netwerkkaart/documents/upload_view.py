"""The upload preview in words: entity and field names, values by their display names, in nl or en.

The stored preview (netwerkkaart/documents/upload.py) holds codes and raw values; this turns them
into what the page shows, so switching the language after a preview needs no second rehearsal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.i18n import format_date, format_number, kind_name, known, language_name, need_name, text

FIRST = 20  # records shown per list on the preview; the rest on the entity's own pages
PAGE = 500  # records per page of "show all"
WHATS = ("created", "updated", "unchanged")
_DATES = frozenset({"since", "until", "date", "period_start", "period_end"})
_NEEDS = frozenset({"services", "need"})
_LANGUAGES = frozenset({"languages", "language"})
_AREAS = frozenset({"area", "serves_areas"})


@dataclass(frozen=True, slots=True)
class ShownRecord:
    """One record as shown: its label and, for an update, (field, old, new) in words."""

    label: str
    changes: list[tuple[str, str, str]]


@dataclass(frozen=True, slots=True)
class ShownList:
    """One list of an entity (created, updated or unchanged): its title, size and records shown."""

    entity: str
    what: str
    title: str
    total: int
    records: list[ShownRecord]


@dataclass(frozen=True, slots=True)
class ShownEntity:
    """One entity on the preview: its name, counts in words, and its three lists (first records)."""

    entity: str
    title: str
    counts: dict[str, int]
    lists: list[ShownList]


def shown_entities(doc: dict[str, Any], lang: str, *, first: int = FIRST) -> list[ShownEntity]:
    """Return the preview's entities with the first `first` records of each list, in `lang`."""
    areas = doc.get("area_names", {})
    return [ShownEntity(name, _capital(text(f"run_entity_{name}", lang)), entity["counts"],
                        [shown_list(name, what, entity[what], lang, 0, first, areas) for what in WHATS])
            for name, entity in doc["entities"].items()]


def shown_list(entity: str, what: str, records: list[dict[str, Any]], lang: str, start: int,
               count: int, areas: dict[str, str] | None = None) -> ShownList:
    """Return records [start, start + count) of one list in words (`areas`: code → name)."""
    title = text(f"upload_{what}", lang)
    return ShownList(entity, what, title, len(records),
                     [_record(entity, r, lang, areas or {}) for r in records[start:start + count]])


def value_text(entity: str, field: str, value: Any, lang: str, areas: dict[str, str] | None = None) -> str:
    """Return a stored or uploaded value in words: names for codes, Dutch dates, lists with `; `."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        return "; ".join(value_text(entity, field, v, lang, areas) for v in value)
    if field in _AREAS and areas and value in areas:
        return f"{areas[value]} ({value})"
    if isinstance(value, bool):
        return text("upload_yes" if value else "upload_no", lang)
    if field in _DATES:
        return format_date(str(value), lang)
    if field in _NEEDS:
        return need_name(str(value), lang)
    if field in _LANGUAGES:
        return language_name(str(value), lang)
    if field == "kind" and entity == "organisations":
        return kind_name(str(value), lang)
    if isinstance(value, int | float):
        return format_number(value, lang)
    return str(value)


def field_label(field: str, lang: str) -> str:
    """Return a field's name in `lang` (the field itself when the table has no text for it)."""
    return text(f"upload_field_{field}", lang) if known(f"upload_field_{field}") else field


def _record(entity: str, record: dict[str, Any], lang: str, areas: dict[str, str]) -> ShownRecord:
    label = record["label"]
    if entity == "affiliations":  # the role is part of the key, not a property: say it with the label
        role = record["key"][2]
        label += f" ({text(f'report_role_{role}', lang) if known(f'report_role_{role}') else role})"
    return ShownRecord(label, [(field_label(f, lang), value_text(entity, f, old, lang, areas),
                                value_text(entity, f, new, lang, areas))
                               for f, old, new in record["changes"]])


def _capital(title: str) -> str:
    return title[:1].upper() + title[1:]
