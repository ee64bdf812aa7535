"""One session-scoped managed Neo4j for the whole suite; each test starts from a clean graph.

The schema is applied once per session. Between tests only the business data is deleted (no DDL,
nothing re-seeded); the reference data and the schema are checked against the session's first state
and restored only when a test changed them.

The demo for the read-only tests (web, report) lives in a second managed Neo4j, started only when a
test asks for `demo_graph`: no test that starts from a clean `graph` can wipe it, in any order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.admin import clear_business_data, content_hash, wipe
from graph.demo_load import load_demo
from graph.driver import Graph, open_graph
from graph.model import Dataset
from graph.runtime.server import ManagedServer, free_port
from graph.schema import ensure_schema, index_names, seed_reference_data
from graph.settings import Settings
from tests.demo import demo_dataset
from tests.own_server import discard, own_settings, with_shared_password
from tests.steps import (  # noqa: F401 (hooks)
    pytest_collection_modifyitems,
    pytest_runtest_logreport,
    pytest_terminal_summary,
)

QUICK_START_JVM = "-XX:TieredStopAtLevel=1"


@pytest.fixture(scope="session")
def password_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the run's one initial Neo4j password is made (tests/own_server.py), shared by its workers."""
    base = tmp_path_factory.getbasetemp()
    # Each xdist worker has a directory of its own inside the run's directory.
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "neo4j-password"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory, password_template: Path) -> Path:
    """The data directory of the suite's managed Neo4j."""
    return with_shared_password(tmp_path_factory.mktemp("neo4j-data"), password_template)


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Iterator[Settings]:
    """Settings pointing at the suite's own managed Neo4j (never a user's server)."""
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE",
                 "NETWERKKAART_BOLT_PORT"):
        os.environ.pop(name, None)
    os.environ["NETWERKKAART_DATA_DIR"] = str(data_dir)
    # A fresh free port, so suites run side by side never race for 7687.
    os.environ["NETWERKKAART_BOLT_PORT"] = str(free_port())
    # The suite starts some twenty short-lived servers: the quick (C1) compiler alone starts them
    # in about half the time on two cores, and none of them runs long enough to need the optimising
    # one (the suite's own `server` below does, and leaves this out).
    os.environ.setdefault("NETWERKKAART_JVM_OPTIONS", QUICK_START_JVM)
    # Pages wait for their analysis, as on a fast machine; tests/web/test_background.py sets 0 s to
    # see the "being computed" page, whatever this machine's speed.
    os.environ.setdefault("NETWERKKAART_PAGE_WAIT", "600")
    # No app computes today's pages ahead: the tests ask for the demo's date (AS_OF), so the warm-up
    # only took CPU from the tests beside it. tests/web/test_background.py turns it on to test it.
    os.environ.setdefault("NETWERKKAART_WARM_UP", "0")
    yield Settings()


@pytest.fixture(scope="session", autouse=True)
def _suite_environment(settings: Settings) -> None:
    """Point the environment at the suite's data directory before any test, whichever runs first.

    A test that runs the CLI in this process without asking for `settings` must still never reach
    the user's data directory (the server itself starts only when a test needs it).
    """


@pytest.fixture(scope="session")
def server(settings: Settings) -> Iterator[ManagedServer]:
    """The running managed Neo4j; discarded at the end of the session."""
    # The one long-lived server, which takes the city-scale ingests: the optimising compiler costs
    # about 4 s more CPU at start and makes the city round trip a minute quicker.
    full_jit = settings.jvm_options.replace(QUICK_START_JVM, "").strip()
    managed = ManagedServer(settings.model_copy(update={"jvm_options": full_jit}))
    managed.start()
    yield managed
    discard(managed)


@dataclass
class _Baseline:
    """The schema and reference data as `ensure_schema` left them (what a clean graph holds)."""

    indexes: list[str]
    reference: str


def _baseline(graph: Graph) -> _Baseline:
    return _Baseline(indexes=index_names(graph), reference=content_hash(graph))


@pytest.fixture(scope="session")
def _clean_state(session_graph: Graph) -> _Baseline:
    """The clean graph's fingerprint, taken once after the session's `ensure_schema`."""
    clear_business_data(session_graph)
    return _baseline(session_graph)


@pytest.fixture(scope="session")
def session_graph(server: ManagedServer, settings: Settings) -> Iterator[Graph]:
    """One driver for the whole session."""
    graph = open_graph(settings)
    ensure_schema(graph)
    yield graph
    graph.driver.close()


@pytest.fixture
def graph(session_graph: Graph, _clean_state: _Baseline) -> Graph:
    """A connected graph holding only the schema and the built-in reference data."""
    clear_business_data(session_graph)
    # Most tests leave schema and reference data alone; the few that drop or replace them are repaired.
    if index_names(session_graph) != _clean_state.indexes:
        ensure_schema(session_graph)
        _clean_state.indexes = index_names(session_graph)
    if content_hash(session_graph) != _clean_state.reference:
        wipe(session_graph)
        seed_reference_data(session_graph)
        _clean_state.reference = content_hash(session_graph)
    return session_graph


@pytest.fixture(scope="session")
def demo_data() -> Dataset:
    """The dataset in `demo_graph` (tests/demo.py)."""
    return demo_dataset()


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory: pytest.TempPathFactory, password_template: Path) -> Settings:
    """Settings of the demo's own managed Neo4j (a data directory and port of its own)."""
    # The demo is small: 1 GiB of heap at most (the suite's own server keeps the environment's, for
    # the city-scale tests), so that two workers' servers fit beside the other JVMs of a shared machine.
    return own_settings(with_shared_password(tmp_path_factory.mktemp("demo-neo4j"), password_template),
                        NETWERKKAART_NEO4J_HEAP="1g")


@pytest.fixture(scope="session")
def demo_server(demo_settings: Settings) -> Iterator[ManagedServer]:
    """The demo's running Neo4j; discarded at the end of the session."""
    managed = ManagedServer(demo_settings)
    managed.start()
    yield managed
    discard(managed)


@pytest.fixture(scope="session")
def demo_graph(demo_server: ManagedServer, demo_settings: Settings, demo_data: Dataset) -> Iterator[Graph]:
    """A graph holding the demo dataset, loaded once; tests only read it (or add users, tokens, audit)."""
    graph = open_graph(demo_settings)
    load_demo(graph, demo_data, seed=1, force=True)
    yield graph
    graph.driver.close()


@pytest.fixture
def cli_on_demo(demo_graph: Graph, demo_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Graph:
    """The demo graph, with the environment pointing the in-process CLI at the demo's server."""
    monkeypatch.setenv("NETWERKKAART_DATA_DIR", str(demo_settings.data_dir))
    monkeypatch.setenv("NETWERKKAART_BOLT_PORT", str(demo_settings.bolt_port))
    return demo_graph
