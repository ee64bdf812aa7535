"""A connection for one command: open the graph, apply the schema, close the driver afterwards."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from graph.driver import Graph, open_graph
from graph.schema import ensure_schema
from graph.settings import Settings


# Lives apart from graph/driver.py because the schema (and the upserts it seeds with) run through the
# driver: keeping `connect` there made driver -> schema -> upserts -> driver a cycle.
@contextlib.contextmanager
def connect(settings: Settings, *, apply_schema: bool = True) -> Iterator[Graph]:
    """Yield a connected Graph (schema applied) and close its driver afterwards."""
    graph = open_graph(settings)
    try:
        if apply_schema:
            ensure_schema(graph)
        yield graph
    finally:
        graph.driver.close()
