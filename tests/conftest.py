"""One session-scoped managed Neo4j for the whole suite; each test starts from a clean graph."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.admin import wipe
from graph.driver import Graph, open_graph
from graph.runtime.server import ManagedServer, free_port
from graph.schema import ensure_schema
from graph.settings import Settings


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data directory of the suite's managed Neo4j."""
    return tmp_path_factory.mktemp("neo4j-data")


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Iterator[Settings]:
    """Settings pointing at the suite's own managed Neo4j (never a user's server)."""
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE",
                 "NETWERKKAART_BOLT_PORT"):
        os.environ.pop(name, None)
    os.environ["NETWERKKAART_DATA_DIR"] = str(data_dir)
    # A fresh free port, so suites run side by side never race for 7687.
    os.environ["NETWERKKAART_BOLT_PORT"] = str(free_port())
    yield Settings()


@pytest.fixture(scope="session")
def server(settings: Settings) -> Iterator[ManagedServer]:
    """The running managed Neo4j; stopped at the end of the session."""
    managed = ManagedServer(settings)
    managed.start()
    yield managed
    managed.stop()


@pytest.fixture(scope="session")
def session_graph(server: ManagedServer, settings: Settings) -> Iterator[Graph]:
    """One driver for the whole session."""
    graph = open_graph(settings)
    ensure_schema(graph)
    yield graph
    graph.driver.close()


@pytest.fixture
def graph(session_graph: Graph) -> Graph:
    """A connected graph holding only the schema and the built-in reference data."""
    wipe(session_graph)
    ensure_schema(session_graph)
    return session_graph
