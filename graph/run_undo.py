"""Undo a run: put back exactly the state before it, in one transaction, as a run of its own.

A run's change set holds, per record it created or changed, the record's properties before it
(graph/runs.py). Undo deletes what the run created and puts back what it replaced; it refuses,
writing nothing, when a later run that is still in effect changed one of the same records, or
when deleting a node the run created would take a later run's relationship with it. An undo and
the run it undid cancel out: the undone run is marked `undone_by`, the undo is left out of later
checks, and undoing the undo puts the run back in effect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph import audit
from graph.driver import Graph, TxRunner
from graph.errors import InvalidInputError, NotFoundError
from graph.model import ENTITY_ORDER
from graph.queries import Query
from graph.runs import ChangeLog, record_changes, stored_entries

_GET = Query("run_get")
_LATER = Query("run_later_changes")
_MARK = Query("run_mark_undone")
_NAMES = Query("run_record_names")
_ATTACHED = Query("run_attached_relationships")
_RELINK = Query("link_organisation_areas")
_UNDO = {name: Query(f"run_undo_{name}") for name in ENTITY_ORDER}
NODE_ENTITIES = {"organisations": "Organisation", "people": "Person", "areas": "Area"}
# A relationship found on a node to delete, as (entity, key) of the record that owns it.
_OWNER: dict[str, Callable[[dict[str, Any]], tuple[str, Any]]] = {
    "AFFILIATED_WITH": lambda r: ("affiliations", (r["a"], r["b"], r["role"])),
    "KNOWS": lambda r: ("contacts", (r["a"], r["b"])),
    "PARTNERS_WITH": lambda r: ("partnerships", (r["id"], r["a"], r["b"])),
    "REFERRED": lambda r: ("referrals", (r["id"], r["a"], r["b"])),
    "HAS_DEMAND": lambda r: ("demand", (r["id"], r["a"], r["b"])),
    # Derived links belong to the organisation or wijk they start from.
    "LOCATED_IN": lambda r: ("organisations", r["a"]),
    "SERVES": lambda r: ("organisations", r["a"]),
    "PART_OF": lambda r: ("areas", r["a"]),
}


@dataclass(frozen=True, slots=True)
class RecordName:
    """A record an undo would touch, for the user: its entity, and its nodes as (id, name or None)."""

    entity: str
    nodes: tuple[tuple[str, str | None], ...]
    detail: str = ""  # a relationship's id or an affiliation's role


class RunRefusedError(InvalidInputError):
    """An undo that cannot be done (nothing written): `reason` is `already_undone`, `not_undoable`
    or `conflict` (then `records` names the records later runs changed). The edges say it in the
    user's language; the message itself is English, for logs."""

    def __init__(self, reason: str, run_id: str, *, by: str = "",
                 records: tuple[RecordName, ...] = ()) -> None:
        super().__init__(f"run {run_id} cannot be undone: {reason}")
        self.reason, self.run_id, self.by, self.records = reason, run_id, by, records


class UnknownRunError(NotFoundError):
    """No run has this id (nothing written)."""

    def __init__(self, run_id: str) -> None:
        super().__init__(f"there is no run {run_id!r}")
        self.run_id = run_id


@dataclass(frozen=True, slots=True)
class UndoResult:
    """The undo run's id, the run it undid and its counts per entity."""

    id: str
    undid: str
    counts: dict[str, dict[str, int]]


Entries = dict[str, dict[Any, dict[str, Any] | None]]


def undo_run(graph: Graph, run_id: str, *, who: str, ip: str = "") -> UndoResult:
    """Undo run `run_id` in one transaction (itself recorded as an `undo` run); return what it did.

    Raise UnknownRunError for an unknown id and RunRefusedError (with the records' names when later
    runs changed them) when it cannot be undone; then nothing is written.
    """
    def work(tx: TxRunner) -> UndoResult:
        run = _target(tx, run_id)
        entries = _entries(run["changes"])
        conflicts = _later_conflicts(tx, run, entries) + _attached_conflicts(tx, entries)
        if conflicts:
            raise RunRefusedError("conflict", run_id, records=_names(tx, sorted(set(conflicts), key=str)))
        log = ChangeLog.start("undo", who=who)
        _apply(tx, entries, log)
        tx.run(_MARK, id=run_id, by=log.id)
        record_changes(tx, log, undoes=run_id)
        audit.record(tx, actor=who, action="undo", target=run_id, ip=ip, detail=log.id)
        return UndoResult(log.id, run_id, log.counts)

    return graph.in_transaction(work)


def _target(tx: TxRunner, run_id: str) -> dict[str, Any]:
    rows = tx.run(_GET, id=run_id)
    if not rows:
        raise UnknownRunError(run_id)
    run = rows[0]
    if run["undone_by"]:
        raise RunRefusedError("already_undone", run_id, by=run["undone_by"])
    if run["changes"] is None:  # recorded before runs kept what they replaced
        raise RunRefusedError("not_undoable", run_id)
    return run


def _entries(chunks: list[str]) -> Entries:
    """Return entity → key → before; a record written twice in one run keeps its first prior state."""
    entries: Entries = {}
    for entity, key, before in stored_entries(chunks):
        entries.setdefault(entity, {}).setdefault(_hashable(key), before)
    return entries


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def _later_conflicts(tx: TxRunner, run: dict[str, Any], entries: Entries) -> list[tuple[str, Any]]:
    later: list[tuple[str, Any]] = []
    for row in tx.run(_LATER, at=run["at"], id=run["id"]):
        later += [(entity, _hashable(key)) for entity, key, _ in stored_entries(row["changes"])]
    return [(entity, key) for entity, key in later if key in entries.get(entity, {})]


def _attached_conflicts(tx: TxRunner, entries: Entries) -> list[tuple[str, Any]]:
    """Return the records owning relationships that deleting the run's new nodes would take along."""
    created = {entity: [k for k, before in entries.get(entity, {}).items() if before is None]
               for entity in NODE_ENTITIES}
    if not any(created.values()):
        return []
    rows = tx.run(_ATTACHED, organisations=created["organisations"], people=created["people"],
                  areas=created["areas"])
    owners = [_OWNER[row["type"]](row) for row in rows]
    return [(entity, key) for entity, key in owners if key not in entries.get(entity, {})]


def _apply(tx: TxRunner, entries: Entries, log: ChangeLog) -> None:
    """Put back what the run replaced (endpoints first), then delete what it created (endpoints last)."""
    for restore in (True, False):
        order = ENTITY_ORDER if restore else tuple(reversed(ENTITY_ORDER))
        for entity in order:
            rows = [{"key": list(k) if isinstance(k, tuple) else k, "before": before}
                    for k, before in entries.get(entity, {}).items() if (before is not None) == restore]
            if not rows:
                continue
            result = tx.run(_UNDO[entity], rows=rows)[0]
            log.add(entity, result["changes"])
            counts = log.counts[entity]
            counts["deleted"] = counts.get("deleted", 0) + result["deleted"]
            # ChangeLog.add counted every record found as updated; the deleted ones were not.
            counts["updated"] -= result["deleted"]
            if entity == "organisations" and restore:
                tx.run(_RELINK, ids=[r["key"] for r in rows])


def _names(tx: TxRunner, records: list[tuple[str, Any]]) -> tuple[RecordName, ...]:
    """Return each record with the names of its nodes (organisation, person or area)."""
    ids = sorted({part for _, key in records for part in (key if isinstance(key, tuple) else (key,))})
    names = {row["id"]: row["name"] for row in tx.run(_NAMES, ids=ids)}
    out = []
    for entity, key in records:
        if entity in NODE_ENTITIES:
            out.append(RecordName(entity, ((key, names.get(key)),)))
        elif entity in ("affiliations", "contacts"):
            out.append(RecordName(entity, tuple((k, names.get(k)) for k in key[:2]),
                                  key[2] if len(key) > 2 else ""))
        else:  # partnerships, referrals, demand: [id, end, end]
            out.append(RecordName(entity, tuple((k, names.get(k)) for k in key[1:]), key[0]))
    return tuple(out)
