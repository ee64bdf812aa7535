"""One ingest run end to end: read, validate, then write everything in one transaction (or nothing)."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph import audit
from graph.driver import Graph, TxRunner
from graph.errors import DatabaseUnavailableError, NetwerkkaartError
from graph.ingest_runs import IngestRun, record_run, stored_ids, stored_relationship_ends
from graph.model import ENTITY_ORDER, Dataset
from graph.runs import ChangeLog, record_changes
from graph.upserts import WriteContext, contacts_from_partnerships, merged_contacts, upsert_entity
from ingest.read import Table, expand_paths
from ingest.report import Problems
from ingest.sources import read_tables
from ingest.validate import Known, check, convert_all

SOURCE = "ingest"
# progress(stage, advance, total): stage is "validate" or "write <entity>"
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class IngestResult:
    """What a run found and did: problems, counts per entity, the run id, time per stage."""

    ok: bool
    problems: Problems
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    run_id: str | None = None
    dry_run: bool = False
    rows: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    # The rows written (or, on a dry run, rehearsed) and what each write replaced (for a preview).
    data: Dataset | None = None
    changes: ChangeLog | None = None

    def as_json(self) -> dict[str, Any]:
        """Return the `ingest --json` document."""
        return {"ok": self.ok, "errors": [e.as_json() for e in self.problems.errors],
                "errors_not_shown": self.problems.dropped,
                "more_like_these": [m.as_json() for m in self.problems.more_like_this()],
                "warnings": [w.as_json() for w in self.problems.warnings],
                "counts": self.counts, "run_id": self.run_id, "dry_run": self.dry_run, "rows": self.rows}


class _RollBack(Exception):
    """Raised inside a dry run's transaction so Neo4j discards what it wrote."""

    def __init__(self, counts: dict[str, dict[str, int]], log: ChangeLog) -> None:
        super().__init__("dry run")
        self.counts = counts
        self.log = log


def validate_files(graph: Graph, files: list[Path], problems: Problems,
                   progress: Progress | None = None) -> tuple[Dataset, list[Table], dict[str, float]]:
    """Return the validated dataset, the tables read and seconds per stage; problems recorded."""
    started = time.perf_counter()
    tables = read_tables(files, problems)
    read_done = time.perf_counter()
    stored = stored_ids(graph)
    known = Known(stored.organisations, stored.people, stored.areas)
    total = sum(len(t) for t in tables)
    step = (lambda n: progress("validate", n, total)) if progress else None
    located = convert_all(tables, known, problems, step)
    known.relationships = stored_relationship_ends(
        graph, partnership_ids=[r.row.id for r in located["partnerships"] if r.row.id],
        referral_ids=[r.row.id for r in located["referrals"] if r.row.id])
    data = check(located, known, problems)
    return data, tables, {"read": read_done - started, "validate": time.perf_counter() - read_done}


def ingest(graph: Graph, paths: Iterable[Path], *, dry_run: bool = False,
           progress: Progress | None = None, actor: str | None = None,
           lang: str = "nl", kind: str = "ingest") -> IngestResult:
    """Return the result of ingesting `paths`: nothing is written unless every row is valid.

    A run that writes is recorded as an `IngestRun` of `kind` (ingest, or upload from the web) and an
    audit event by `actor` (default: the command-line user), in the same transaction as the data.
    A dry run keeps the rows and what they would replace (`data`, `changes`) for a preview.
    New messages are in `lang` (nl, en).
    """
    paths = list(paths)
    files, problems = expand_paths(paths), Problems(lang=lang)
    started = dt.datetime.now(dt.UTC)
    data, tables, seconds = validate_files(graph, files, problems, progress)
    if not tables and not problems:  # an empty folder must not pass as a run of 0 rows
        problems.error("", "", 0, "", "", problems.say(
            "no_sheets", where=", ".join(str(p) for p in paths) or "-"))
    result = IngestResult(ok=not problems, problems=problems, dry_run=dry_run,
                          rows=sum(len(t) for t in tables), seconds=seconds)
    if problems:
        return result
    run = IngestRun(id=f"{kind}-{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}",
                    files=[f.name for f in files], sha256=[_sha256(f) for f in files],
                    started=started, finished=started, who=_who())
    began = time.perf_counter()
    result.counts, result.changes = _transaction(graph, data, run, dry_run=dry_run, progress=progress,
                                                 actor=actor or audit.cli_actor(), kind=kind)
    result.data = data
    result.seconds["write"] = time.perf_counter() - began
    result.run_id = None if dry_run else run.id
    return result


def write(graph: Graph, data: Dataset, run: IngestRun, *, dry_run: bool = False,
          progress: Progress | None = None, actor: str = "") -> dict[str, dict[str, int]]:
    """Upsert `data`, record `run` and its audit event in ONE transaction; a dry run rolls it back.

    Return the counts per entity. One transaction, so that no run is committed without its
    audit event (nor an event without its data), whatever happens to the caller afterwards.
    """
    return _transaction(graph, data, run, dry_run=dry_run, progress=progress, actor=actor)[0]


def _transaction(graph: Graph, data: Dataset, run: IngestRun, *, dry_run: bool, progress: Progress | None,
                 actor: str, kind: str = "ingest") -> tuple[dict[str, dict[str, int]], ChangeLog]:
    """Return the counts of `write` and the run's change log (on a dry run: the rolled-back rehearsal's)."""
    actor = actor or audit.cli_actor()

    def work(tx: TxRunner) -> tuple[dict[str, dict[str, int]], ChangeLog]:
        # A new log for each attempt: the driver retries this function on transient errors.
        log = ChangeLog(run.id, kind, actor)  # what the run replaces, so that it can be undone
        ctx = WriteContext(source=SOURCE, run_id=run.id, now=run.started, changes=log)
        counts = {}
        for name in ENTITY_ORDER:
            items = (merged_contacts(data.contacts, contacts_from_partnerships(data.partnerships))
                     if name == "contacts" else getattr(data, name))
            step = _step(progress, f"write {name}", len(items))
            counts[name] = upsert_entity(tx, name, items, ctx, step).as_dict()
        if dry_run:
            raise _RollBack(counts, log)
        finished = dt.datetime.now(dt.UTC)
        record_run(tx, IngestRun(run.id, run.files, run.sha256, run.started, finished, run.who,
                                 counts), source=SOURCE)
        record_changes(tx, log, source=SOURCE)
        # An upload from the web is audited as an ingest (the same action), saying where it came from.
        audit.record(tx, actor=actor, action="ingest",
                     target=", ".join(run.files)[:300], detail="ok" if kind == "ingest" else kind)
        return counts, log

    try:
        return graph.in_transaction(work)
    except _RollBack as rolled_back:
        return rolled_back.counts, rolled_back.log
    except (ServiceUnavailable, SessionExpired) as exc:
        raise DatabaseUnavailableError.say("err_ingest_neo4j_stopped", uri=graph.uri, reason=exc) from exc
    except Neo4jError as exc:
        if "MemoryPoolOutOfMemoryError" not in str(exc.code):
            raise
        raise NetwerkkaartError.say("err_ingest_too_large") from exc


def _step(progress: Progress | None, stage: str, total: int) -> Callable[[int], None] | None:
    return (lambda n: progress(stage, n, total)) if progress else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
