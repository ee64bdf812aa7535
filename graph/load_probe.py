"""The load benchmark's reference: how fast this server MERGEs bare nodes by id (no properties).

Published anchors (~70,000 rows/s for batched UNWIND … MERGE) are measured on rows of this shape;
timing it in the same run as the real upserts separates the machine from the data model.
"""

from __future__ import annotations

import time

from graph.driver import Graph
from graph.queries import Query

_MERGE = Query("probe_merge_ids")
_DELETE = Query("probe_delete")
_CONSTRAINT = Query("probe_constraint")
_DROP_CONSTRAINT = Query("probe_drop_constraint")


def merge_probe_nodes(graph: Graph, rows: int, batch: int = 5000) -> float:
    """Return seconds to MERGE `rows` new bare :LoadProbe nodes by id, `batch` per transaction."""
    graph.run(_CONSTRAINT)
    ids = [f"probe-{n}" for n in range(rows)]
    started = time.perf_counter()
    for start in range(0, rows, batch):
        graph.run(_MERGE, ids=ids[start:start + batch])
    return time.perf_counter() - started


def remove_probe_nodes(graph: Graph) -> int:
    """Delete every :LoadProbe node and their constraint; return how many nodes there were."""
    removed = int(graph.run(_DELETE)[0]["removed"])
    graph.run(_DROP_CONSTRAINT)
    return removed


def bare_merge_seconds(graph: Graph, rows: int, batch: int = 5000) -> float:
    """Return seconds to MERGE `rows` bare nodes by id; the nodes are removed again after."""
    seconds = merge_probe_nodes(graph, rows, batch)
    remove_probe_nodes(graph)
    return seconds
