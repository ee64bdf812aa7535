"""The benchmarks' data: the `city` demo (seed 1) in a managed Neo4j of the benchmark's own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def ensure_city(graph: Any) -> None:
    """Load the city demo (seed 1) unless it is already there."""
    from graph.demo_load import load_demo
    from graph.stats import graph_counts
    from ingest.synthetic.generator import generate

    labels = graph_counts(graph).labels
    if labels.get("Organisation") == 2000 and labels.get("Person") == 20000:
        print("city demo already loaded")
        return
    print("loading the city demo (takes a few minutes)…", flush=True)
    load_demo(graph, generate("city", 1), seed=1)


@contextmanager
def server_stopped_after(data_dir: str, bolt_port: int) -> Iterator[None]:
    """Stop the managed Neo4j at the end if it was not running at the start (its data dir stays).

    Sets NETWERKKAART_DATA_DIR and NETWERKKAART_BOLT_PORT as `city_graph` does, unless already set.
    """
    os.environ.setdefault("NETWERKKAART_DATA_DIR", data_dir)
    os.environ.setdefault("NETWERKKAART_BOLT_PORT", str(bolt_port))
    from graph.runtime.server import ManagedServer
    from graph.settings import Settings

    settings = Settings()
    was_running = not settings.managed or ManagedServer(settings).state().running
    try:
        yield
    finally:
        if not was_running:
            ManagedServer(settings).stop()
            print("stopped the Neo4j this run started (its data stays for the next run)", flush=True)


@contextmanager
def city_graph(data_dir: str, bolt_port: int) -> Iterator[Any]:
    """Yield a connected graph holding the city demo, loaded once into `data_dir`.

    NETWERKKAART_DATA_DIR and NETWERKKAART_BOLT_PORT, when set, win over these defaults; either way
    they stay set, so a web server started afterwards serves the same database.
    """
    os.environ.setdefault("NETWERKKAART_DATA_DIR", data_dir)
    os.environ.setdefault("NETWERKKAART_BOLT_PORT", str(bolt_port))
    from graph.connection import connect
    from graph.settings import Settings

    with connect(Settings()) as graph:
        ensure_city(graph)
        yield graph
