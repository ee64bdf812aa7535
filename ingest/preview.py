"""What an ingest would do, record by record: created, updated (old → new per field) or unchanged.

Built from a dry run's rehearsal — `ingest(dry_run=True)` keeps the rows it wrote and the change log
of the rolled-back transaction (every record created, or changed with its properties just before) —
so a preview shows what the real run writes, not a second guess at it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from graph.model import ENTITY_ORDER, Dataset
from graph.runs import ChangeLog
from graph.upserts import contacts_from_partnerships, keyed_props, merged_contacts
from graph.values import to_native

__all__ = ["EntityPreview", "FieldChange", "RecordPreview", "field_changes", "preview"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One property a write changes: its name, the stored value and the new one."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class RecordPreview:
    """One record as the run writes it: its key, its properties, and what changes (updates only)."""

    key: Any
    props: dict[str, Any]
    changes: tuple[FieldChange, ...] = ()


@dataclass(slots=True)
class EntityPreview:
    """One entity's records split by what the run does to them."""

    entity: str
    created: list[RecordPreview] = field(default_factory=list)
    updated: list[RecordPreview] = field(default_factory=list)
    unchanged: list[RecordPreview] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Return {created, updated, unchanged} (the `ingest --json` counts of this entity)."""
        return {"created": len(self.created), "updated": len(self.updated), "unchanged": len(self.unchanged)}


def preview(data: Dataset, log: ChangeLog) -> dict[str, EntityPreview]:
    """Return per entity (in load order, only those with rows) what writing `data` does, per `log`."""
    result: dict[str, EntityPreview] = {}
    for name in ENTITY_ORDER:
        items = (merged_contacts(data.contacts, contacts_from_partnerships(data.partnerships))
                 if name == "contacts" else getattr(data, name))
        logged = {_hashable(key): before for key, before in log.entries.get(name, [])}
        entity, seen = EntityPreview(name), set()
        for key, props in keyed_props(name, items):
            marker = _hashable(key)
            if marker in seen:  # a row given twice is written once
                continue
            seen.add(marker)
            if marker not in logged:
                entity.unchanged.append(RecordPreview(key, props))
            elif logged[marker] is None:
                entity.created.append(RecordPreview(key, props))
            else:
                entity.updated.append(RecordPreview(key, props, field_changes(logged[marker], props)))
        if items:
            result[name] = entity
    return result


def field_changes(before: dict[str, Any], props: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Return the properties in `props` whose value differs from `before` (as the upsert compares)."""
    changes = []
    for name, new in props.items():
        old = to_native(before.get(name))
        if old != new and not (old is None and new is None):
            changes.append(FieldChange(name, old, new))
    return tuple(changes)


def _hashable(key: Any) -> str:
    # Keys are strings or lists of strings (relationships); JSON makes either a dict key.
    return json.dumps(key)
