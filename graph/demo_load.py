"""Load a generated dataset (the demo) into Neo4j, replacing earlier demo data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from graph import audit
from graph.admin import wipe
from graph.bulk_load import bulk_load
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.model import Dataset
from graph.queries import Query
from graph.runs import ChangeLog, record_changes
from graph.schema import ensure_schema
from graph.upserts import Counts, WriteContext

DEMO_SOURCE = "demo"
_OTHER_SOURCES = Query("count_nodes_from_other_sources")


def load_demo(graph: Graph, data: Dataset, *, seed: int, force: bool = False,
              progress: Callable[[str, int], None] | None = None, who: str = "") -> dict[str, Counts]:
    """Replace the graph with `data`; refuse when non-demo data is present unless `force`.

    The load is recorded as a `demo` run by `who` (default: the command-line user); undoing it
    empties the graph of the demo again.
    """
    foreign = graph.read(_OTHER_SOURCES, sources=[DEMO_SOURCE, "builtin:rotterdam"])[0]["count"]
    if foreign and not force:
        raise InvalidInputError.say("err_demo_foreign_data", foreign=foreign)
    wipe(graph)
    ensure_schema(graph)
    log = ChangeLog.start("demo", who=who or audit.cli_actor(), run_id=f"demo-seed-{seed}")
    ctx = WriteContext(source=DEMO_SOURCE, run_id=log.id, now=dt.datetime.now(dt.UTC), changes=log)
    counts = bulk_load(graph, data, ctx, progress)
    record_changes(graph, log, source=DEMO_SOURCE)
    return counts
