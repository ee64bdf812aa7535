"""Write centrality results back as dated `MetricSnapshot` nodes, one per entity and date.

A snapshot's id is `<scope>:<as_of>:<entity id>`, so re-running a date replaces that date's
values while earlier months stay (history, not overwrite). Each entity points at its
snapshots with `HAS_METRICS`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from graph.driver import Graph
from graph.queries import Query
from graph.values import to_native

BATCH_SIZE = 5000
SCOPES = {"organisation": "Organisation", "referral": "Organisation", "person": "Person",
          "fragility_organisation": "Organisation", "fragility_person": "Person"}
_WRITE = {"Organisation": Query("metric_snapshots_write_organisation"),
          "Person": Query("metric_snapshots_write_person")}
_READ = Query("metric_snapshots_read")


def snapshot_id(scope: str, as_of: dt.date, entity_id: str) -> str:
    """Return the id of the snapshot of `entity_id` in `scope` on `as_of`."""
    return f"{scope}:{as_of.isoformat()}:{entity_id}"


def _clean(metrics: Mapping[str, Any]) -> dict[str, Any]:
    # Neo4j cannot store NaN meaningfully and null removes a property; drop both.
    return {k: v for k, v in metrics.items()
            if v is not None and not (isinstance(v, float) and math.isnan(v))}


def write_snapshots(graph: Graph, scope: str, as_of: dt.date,
                    metrics: Mapping[str, Mapping[str, Any]]) -> int:
    """Write `{entity_id: {metric: value}}` as snapshots dated `as_of`; return how many were written."""
    if scope not in SCOPES:
        raise ValueError(f"unknown metric scope {scope!r}; choose from {', '.join(SCOPES)}")
    rows = [{"id": snapshot_id(scope, as_of, entity), "entity_id": entity, "metrics": _clean(values)}
            for entity, values in metrics.items()]
    query, now, written = _WRITE[SCOPES[scope]], dt.datetime.now(dt.UTC), 0
    for start in range(0, len(rows), BATCH_SIZE):
        result = graph.run(query, rows=rows[start:start + BATCH_SIZE], scope=scope, as_of=as_of,
                           now=now)
        written += result[0]["written"]
    return written


def write_snapshot_sets(graph: Graph, as_of: dt.date,
                        sets: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> int:
    """Write several scopes' `{entity_id: {metric: value}}` dated `as_of`; return how many were written.

    Scopes on people and scopes on organisations touch disjoint nodes, so the two groups are written
    at the same time (each group in order, so no two writes lock the same entity).
    """
    groups: dict[str, list[str]] = {}
    for scope in sets:
        if scope not in SCOPES:
            raise ValueError(f"unknown metric scope {scope!r}; choose from {', '.join(SCOPES)}")
        groups.setdefault(SCOPES[scope], []).append(scope)

    def write_group(scopes: list[str]) -> int:
        return sum(write_snapshots(graph, scope, as_of, sets[scope]) for scope in scopes)

    with ThreadPoolExecutor(max_workers=len(groups) or 1) as pool:
        return sum(pool.map(write_group, groups.values()))


class Writes:
    """Snapshot writes done one after another in a background thread; `wait` for them at the end.

    The caller goes on computing while Neo4j writes (the documents are ready before they are stored).
    One scope at a time, not people and organisations side by side as `write_snapshot_sets` does: the
    writes then take at most one core from the computing they run behind.
    """

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="metric-writes")
        self._pending: list[Future[int]] = []

    def submit(self, as_of: dt.date, sets: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
        """Queue `write_snapshot_sets(graph, as_of, sets)` behind the writes already queued."""
        self._pending.append(self._pool.submit(self._write, as_of, sets))

    def _write(self, as_of: dt.date, sets: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> int:
        return sum(write_snapshots(self.graph, scope, as_of, metrics) for scope, metrics in sets.items())

    def wait(self) -> int:
        """Return how many snapshots were written once every queued write is done (raising its error)."""
        try:
            return sum(future.result() for future in self._pending)
        finally:
            self._pending.clear()

    def close(self) -> None:
        """Wait for the queued writes, then stop the thread."""
        try:
            self.wait()
        finally:
            self._pool.shutdown()


def read_snapshots(graph: Graph, scope: str, entity_id: str) -> list[dict[str, Any]]:
    """Return the snapshots of one entity in `scope`, oldest first (`as_of` as a date)."""
    rows = graph.read(_READ, entity_id=entity_id, scope=scope)
    out = []
    for row in rows:
        snap = dict(row["snapshot"])
        for key in ("as_of", "updated_at"):
            if key in snap:
                snap[key] = to_native(snap[key])
        out.append(snap)
    return out
