"""The CLI's connection to Neo4j, imported only when a command runs (the driver is slow to import)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.driver import Graph


def open_graph(*, apply_schema: bool = True) -> AbstractContextManager[Graph]:
    """Return a context manager yielding a Graph on the configured Neo4j (settings from the environment)."""
    from graph.connection import connect
    from graph.settings import Settings

    return connect(Settings(), apply_schema=apply_schema)
