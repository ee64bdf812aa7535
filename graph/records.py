"""One record at a time, for the edit forms: its stored values, their version, and a guarded save.

A form carries the version of the record it was loaded with (a hash of its template columns). The
save reads the record again in its own write transaction and refuses, writing nothing, when the
version differs: another session saved in between. Every save is a small run of kind `edit`
(graph/runs.py), so it is listed with who and what, and can be undone, and it is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from graph import audit
from graph.driver import Graph, Runner, TxRunner
from graph.errors import InvalidInputError
from graph.model import Affiliation, Contact, Organisation, Partnership, Person
from graph.queries import Query
from graph.runs import ChangeLog, record_changes
from graph.upserts import WriteContext, contacts_from_partnerships, upsert_entity
from graph.values import to_native

SOURCE = "edit"
MODELS: dict[str, type] = {"organisations": Organisation, "people": Person, "affiliations": Affiliation,
                           "contacts": Contact, "partnerships": Partnership}
_READ = {entity: Query(f"{name}_record") for entity, name in (
    ("organisations", "organisation"), ("people", "person"), ("affiliations", "affiliation"),
    ("contacts", "contact"), ("partnerships", "partnership"))}
_KNOWN = Query("record_known_ids")
_LOCK = {"Organisation": Query("organisation_lock"), "Person": Query("person_lock")}


class StaleRecordError(InvalidInputError):
    """The record changed since the form was loaded (nothing written): `current` is what is stored
    now (None: it was removed, or, for a new record, it exists already when `current` is set)."""

    def __init__(self, entity: str, current: dict[str, Any] | None) -> None:
        super().__init__(f"the {entity} record changed since the form was loaded; nothing was written")
        self.entity, self.current = entity, current


@dataclass(frozen=True, slots=True)
class Saved:
    """A save's run id (None when the values were already stored: nothing to record)."""

    run_id: str | None


def key_params(entity: str, key: Sequence[str] | str) -> dict[str, str]:
    """Return the parameters of the record query for `key` (an id, or the parts of a relationship's)."""
    if entity == "affiliations":
        return dict(zip(("person_id", "organisation_id", "role"), key, strict=True))
    if entity == "contacts":
        return dict(zip(("a", "b"), key, strict=True))
    return {"id": str(key)}


def record_values(runner: Runner, entity: str, key: Sequence[str] | str) -> dict[str, Any] | None:
    """Return the record's template columns as stored (dates as dates, lists as lists), None if absent."""
    row = runner.run(_READ[entity], **key_params(entity, key))[0]
    if row["props"] is None:
        return None
    props = dict(row["props"])
    params = key_params(entity, key)
    if entity == "partnerships":
        props |= {"organisation_id": row["organisation_id"], "partner_id": row["partner_id"]}
    elif entity == "affiliations":
        props |= params
    elif entity == "contacts":  # stored from the smaller id; the form's order is the caller's
        props |= {"person_id": params["a"], "other_person_id": params["b"]}
    return {f.name: _plain(to_native(props.get(f.name))) for f in fields(MODELS[entity])}


def row_values(row: Any) -> dict[str, Any]:
    """Return a model row's fields in the shape of `record_values` (tuples as lists)."""
    return {f.name: _plain(getattr(row, f.name)) for f in fields(type(row))}


def version(values: dict[str, Any] | None) -> str:
    """Return the version of a record's values: a short hash ('' for a record that does not exist)."""
    if values is None:
        return ""
    text = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def known_ids(graph: Graph, *, organisations: Sequence[str], people: Sequence[str]) -> dict[str, Any]:
    """Return which of the ids are stored ({"organisations", "people"} as sets) and every area."""
    row = graph.read(_KNOWN, organisations=list(organisations), people=list(people))[0]
    return {"organisations": set(row["organisations"]), "people": set(row["people"]), "areas": row["areas"]}


def save_record(graph: Graph, entity: str, row: Any, key: Sequence[str] | str, *, expected: str,
                who: str, ip: str = "") -> Saved:
    """Write `row` as a run of kind `edit` by `who` when the stored record still has version
    `expected` ('' = it must not exist yet); return the run. Raise StaleRecordError otherwise."""
    def work(tx: TxRunner) -> Saved:
        _lock(tx, entity, row)
        current = record_values(tx, entity, key)
        if version(current) != expected:
            raise StaleRecordError(entity, current)
        log = ChangeLog.start("edit", who=who)
        ctx = WriteContext(SOURCE, log.id, dt.datetime.now(dt.UTC), changes=log)
        upsert_entity(tx, entity, [row], ctx)
        if entity == "partnerships":  # as ingest does: contact persons know each other
            upsert_entity(tx, "contacts", _new_ties(tx, row), ctx)
        if not any(log.entries.values()):  # every value was stored already
            return Saved(None)
        record_changes(tx, log, source=SOURCE)
        shown = key if isinstance(key, str) else "|".join(key)
        audit.record(tx, actor=who, action="edit", target=f"{entity}:{shown}"[:300], ip=ip, detail=log.id)
        return Saved(log.id)

    return graph.in_transaction(work)


def _lock(tx: TxRunner, entity: str, row: Any) -> None:
    """Lock the node a record hangs on before reading its version: a concurrent save of the same
    record waits for this one to commit, then reads the new version and is refused."""
    label, node = (("Organisation", row.id) if entity == "organisations" else
                   ("Organisation", row.organisation_id) if entity == "partnerships" else
                   # a contact is one record whichever of the two adds it: lock the same one
                   ("Person", min(row.person_id, row.other_person_id)) if entity == "contacts" else
                   ("Person", row.id if entity == "people" else row.person_id))
    tx.run(_LOCK[label], id=node)


def _new_ties(tx: TxRunner, partnership: Partnership) -> list[Contact]:
    """Return the partnership's implied contacts between people who have none yet (an existing
    contact keeps its own context and strength)."""
    return [tie for tie in contacts_from_partnerships([partnership])
            if record_values(tx, "contacts", (tie.person_id, tie.other_person_id)) is None]


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_PEOPLE = Query("person_choices")


def person_choices(graph: Graph, *, limit: int = 3000) -> list[tuple[str, str]]:
    """Return (id, name) of up to `limit` people, by name (the suggestions of a person field)."""
    return [(row["id"], row["name"] or row["id"]) for row in graph.read(_PEOPLE, limit=limit)]


_PARTNERSHIPS = Query("organisation_partnerships")


def organisation_partnerships(graph: Graph, *, org_id: str) -> list[dict[str, Any]]:
    """Return the organisation's partnerships: {id, partner, name, kind, since, until}, by partner name."""
    return [{k: to_native(v) for k, v in row.items()} for row in graph.read(_PARTNERSHIPS, id=org_id)]
