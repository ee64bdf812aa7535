"""Ingest support in the graph: ids already stored, and `IngestRun` provenance records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from graph.driver import Graph, Runner
from graph.model import Area
from graph.queries import Query

_EXISTING = Query("ingest_existing_ids")
_EXISTING_RELS = Query("ingest_existing_relationship_ids")
_RECORD = Query("ingest_record_run")


@dataclass(frozen=True, slots=True)
class StoredIds:
    """Ids of what is stored that new rows may refer to."""

    organisations: set[str]
    people: set[str]
    areas: list[Area]


@dataclass(frozen=True, slots=True)
class IngestRun:
    """One ingest run: which files (with sha256), when, by whom, and what it counted."""

    id: str
    files: list[str]
    sha256: list[str]
    started: dt.datetime
    finished: dt.datetime
    who: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def stored_ids(graph: Graph) -> StoredIds:
    """Return the stored organisation and person ids and all areas (with parents)."""
    row = graph.read(_EXISTING)[0]
    areas = [Area(code=a["code"], name=a["name"] or a["code"], level=a["level"] or "wijk",
                  parent=a["parent"]) for a in row["areas"]]
    return StoredIds(set(row["organisations"]), set(row["people"]), areas)


def stored_relationship_ends(graph: Graph, *, partnership_ids: list[str],
                             referral_ids: list[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """Return (type, id) → (start id, end id) for stored partnerships/referrals among the ids."""
    rows = graph.read(_EXISTING_RELS, partnership_ids=partnership_ids, referral_ids=referral_ids)
    return {(r["type"], r["id"]): (r["start"], r["end"]) for r in rows}


def record_run(runner: Runner, run: IngestRun, *, source: str) -> int:
    """Create the IngestRun node (counts as a JSON string); return how many nodes it links to."""
    props = {"id": run.id, "files": run.files, "sha256": run.sha256, "started": run.started,
             "finished": run.finished, "who": run.who, "counts": json.dumps(run.counts, sort_keys=True)}
    return int(runner.run(_RECORD, run=props, source=source)[0]["linked"])
