"""Apply constraints, indexes and the built-in reference data (areas, support types)."""

from __future__ import annotations

import datetime as dt

from graph.driver import Graph
from graph.model import SUPPORT_TYPES
from graph.queries import Query, statements
from graph.reference import rotterdam_areas
from graph.upserts import WriteContext, upsert_areas

_SUPPORT_TYPES = Query("upsert_support_types")
_AWAIT_INDEXES = Query("schema_await_indexes")
_INDEX_NAMES = Query("schema_index_names")


def ensure_schema(graph: Graph) -> None:
    """Apply schema.cypher and load the support types and Rotterdam's areas (idempotent)."""
    with graph.driver.session(database=graph.database) as session:
        for statement in statements("schema"):
            session.run(statement).consume()
        # Writes racing an index that is still being populated can deadlock (seen on wipes).
        session.run(_AWAIT_INDEXES.text).consume()
    seed_reference_data(graph)


def seed_reference_data(graph: Graph) -> None:
    """Upsert the 12 support types and Rotterdam's gebieden and wijken."""
    rows = [{"id": code, "label": label} for code, label in SUPPORT_TYPES.items()]
    graph.run(_SUPPORT_TYPES, rows=rows)
    ctx = WriteContext(source="builtin:rotterdam", run_id="builtin",
                       now=dt.datetime.now(dt.UTC))
    upsert_areas(graph, rotterdam_areas(), ctx)


def index_names(graph: Graph) -> list[str]:
    """Return the sorted names of every index and constraint-backed index (what `ensure_schema` made)."""
    return [row["name"] for row in graph.read(_INDEX_NAMES)]
