"""Load a generated dataset (the demo) into Neo4j, replacing earlier demo data."""

from __future__ import annotations

import datetime as dt
import random
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
_CONFIRM_ORGANISATIONS = Query("demo_confirm_organisations")
_CONFIRM_AFFILIATIONS = Query("demo_confirm_affiliations")
# Share of the demo's records last confirmed over a year ago (the rest within the year).
STALE_SHARE = 0.2


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
    spread_confirmations(graph, data, seed=seed, now=ctx.now)
    record_changes(graph, log, source=DEMO_SOURCE)
    return counts


def spread_confirmations(graph: Graph, data: Dataset, *, seed: int, now: dt.datetime) -> None:
    """Date the demo's last confirmations over the past 2.5 years (the same for the same seed), so that
    the "verouderd" list and the share confirmed in the last year show what they are for."""
    rng = random.Random(f"confirmations-{seed}")

    def when() -> dt.datetime:
        days = rng.randint(370, 900) if rng.random() < STALE_SHARE else rng.randint(0, 330)
        return now - dt.timedelta(days=days)

    graph.run(_CONFIRM_ORGANISATIONS, rows=[{"id": o.id, "at": when()} for o in data.organisations])
    graph.run(_CONFIRM_AFFILIATIONS, rows=[
        {"person_id": a.person_id, "organisation_id": a.organisation_id, "role": a.role, "at": when()}
        for a in data.affiliations])
