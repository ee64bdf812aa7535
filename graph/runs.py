"""Runs: every change set (ingest, upload, edit, departure, restore, undo, demo) and what it replaced.

A run is recorded on its `IngestRun` node (DESIGN: the provenance of every write) with its kind,
when, who, counts per entity and `changes`: for every record it created or changed, the record's
key and its properties just before (null: it did not exist). That is enough to put back exactly the
state before the run (graph/run_undo.py). Any write records itself in a few lines:

    log = ChangeLog.start("edit", who="anna")
    upsert_organisations(tx, rows, WriteContext(source, log.id, now, changes=log))
    record_changes(tx, log)

The `changes` are stored as a list of JSON strings, one per batch of records of one entity, so a
large run costs one property write and no extra nodes.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from graph.backup import decode_values, encode_values
from graph.driver import Graph, Runner
from graph.queries import Query
from graph.values import to_native

# `confirm`: records confirmed unchanged (graph/freshness.py).
KINDS = ("ingest", "upload", "edit", "departure", "restore", "undo", "demo", "confirm")
CHUNK = 5000  # records per stored JSON string
_RECORD = Query("run_record")
_LIST = Query("run_list")
_MENTIONING = Query("run_changes_mentioning")
_SET_CHANGES = Query("run_set_changes")
# A person's properties an erasure removes (cypher/person_erase_node.cypher); `name` becomes the new id.
PERSONAL = frozenset({"name", "email", "phone", "languages"})


@dataclass(slots=True)
class ChangeLog:
    """What one run replaced so far: per entity, [record key, properties before or None]."""

    id: str
    kind: str
    who: str
    entries: dict[str, list[list[Any]]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def start(cls, kind: str, *, who: str, run_id: str | None = None) -> ChangeLog:
        """Return an empty log for a new run of `kind` (id made from the kind and the time)."""
        if kind not in KINDS:
            raise ValueError(f"unknown run kind {kind!r}")  # a programming error, not user input
        now = dt.datetime.now(dt.UTC)
        return cls(run_id or f"{kind}-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}", kind, who)

    def add(self, entity: str, changes: list[list[Any]]) -> None:
        """Log `[key, before]` pairs for `entity`, counting before=None as created, else updated."""
        self.entries.setdefault(entity, []).extend(changes)
        counts = self.counts.setdefault(entity, {"created": 0, "updated": 0})
        created = sum(1 for _, before in changes if before is None)
        counts["created"] += created
        counts["updated"] += len(changes) - created

    def stored(self) -> list[str]:
        """Return the entries as JSON strings of at most CHUNK records of one entity each."""
        return [json.dumps({"entity": entity, "rows": encode_values(rows[i:i + CHUNK])},
                           separators=(",", ":"))
                for entity, rows in self.entries.items() for i in range(0, len(rows), CHUNK)]


@dataclass(frozen=True, slots=True)
class Run:
    """One recorded run as listed: id, kind, when, who, counts per entity, and its undo state."""

    id: str
    kind: str
    at: dt.datetime
    who: str
    counts: dict[str, dict[str, int]]
    undoes: str | None = None
    undone_by: str | None = None
    undoable: bool = True

    def as_json(self) -> dict[str, Any]:
        """Return the `runs list --json` item: {id, kind, at, who, counts} and the undo state."""
        return {"id": self.id, "kind": self.kind, "at": self.at.isoformat(), "who": self.who,
                "counts": self.counts, "undoes": self.undoes, "undone_by": self.undone_by,
                "undoable": self.undoable}


def record_changes(runner: Runner, log: ChangeLog, *, undoes: str | None = None,
                   source: str | None = None) -> None:
    """Store `log` on its run's node (made if absent) in the caller's transaction.

    An ingest's node already holds its own counts (with `unchanged`); those are kept.
    """
    runner.run(_RECORD, run={"id": log.id, "kind": log.kind, "who": log.who,
                             "at": dt.datetime.now(dt.UTC), "undoes": undoes,
                             "changes": log.stored()},
               counts=json.dumps(log.counts, sort_keys=True), source=source or log.kind)


def list_runs(graph: Graph, *, limit: int = 500) -> list[Run]:
    """Return the recorded runs, newest first."""
    return [_run(row) for row in graph.read(_LIST, limit=limit)]


def stored_entries(chunks: list[str]) -> Iterator[tuple[str, list[Any], dict[str, Any] | None]]:
    """Yield (entity, key, properties before or None) from a run's stored `changes`."""
    for chunk in chunks:
        doc = json.loads(chunk)
        for key, before in decode_values(doc["rows"]):
            yield doc["entity"], key, before


def forget_person(runner: Runner, person_id: str, new_id: str) -> int:
    """Rewrite the change sets that mention an erased person: their id becomes `new_id` and their
    prior states lose name, e-mail, phone and languages (undo still works, without personal data).
    Return how many runs were rewritten."""
    rows = runner.run(_MENTIONING, quoted=json.dumps(person_id))
    for row in rows:
        runner.run(_SET_CHANGES, id=row["id"],
                   changes=[_forget(chunk, person_id, new_id) for chunk in row["changes"]])
    return len(rows)


def _forget(chunk: str, person_id: str, new_id: str) -> str:
    doc = json.loads(chunk)

    def swap(value: Any) -> Any:
        return new_id if value == person_id else value

    rows = []
    for key, before in doc["rows"]:
        key = [swap(k) for k in key] if isinstance(key, list) else swap(key)
        if before is not None and doc["entity"] == "people" and key == new_id:
            before = {k: v for k, v in before.items() if k not in PERSONAL} | {"id": new_id, "name": new_id}
        elif before is not None and "contact_person_ids" in before:
            before = {**before, "contact_person_ids": [swap(i) for i in before["contact_person_ids"]]}
        rows.append([key, before])
    return json.dumps({"entity": doc["entity"], "rows": rows}, separators=(",", ":"))


def _run(row: dict[str, Any]) -> Run:
    return Run(id=row["id"], kind=row["kind"] or "ingest", at=to_native(row["at"]),
               who=row["who"] or "", counts=json.loads(row["counts"] or "{}"),
               undoes=row["undoes"], undone_by=row["undone_by"], undoable=bool(row["undoable"]))
