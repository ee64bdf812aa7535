"""The app's cache: per-entity documents never evict the expensive analyses they are built from.

On the web tests' shared demo graph (read only): the `graph` fixture would wipe it under them.
"""

from __future__ import annotations

import gc

from graph.driver import Graph
from web.store import _MAX_ENTRIES, AnalysisStore


def test_a_crawl_of_documents_does_not_evict_the_analyses(demo_graph: Graph) -> None:
    store = AnalysisStore(demo_graph)
    computed: list[str] = []

    def heavy() -> str:
        computed.append("heavy")
        return "analysis"

    store.cached(("analysis",), heavy)
    for n in range(_MAX_ENTRIES * 4):
        store.cached(("document", n), lambda n=n: {"n": n}, document=True)
    assert store.cached(("analysis",), heavy) == "analysis"
    assert computed == ["heavy"]


def test_a_document_is_computed_once_per_key(demo_graph: Graph) -> None:
    store = AnalysisStore(demo_graph)
    calls: list[int] = []
    for _ in range(3):
        store.cached(("document", 1), lambda: calls.append(1) or {"n": 1}, document=True)
    assert calls == [1]


def test_an_analysis_leaves_the_cyclic_collector_once_cached(demo_graph: Graph) -> None:
    # Full collections walking a cached city analysis stalled every request in flight for ~0.1 s.
    gc.unfreeze()
    store = AnalysisStore(demo_graph)
    store.cached(("document", "x"), lambda: [{"n": n} for n in range(1000)], document=True)
    assert gc.get_freeze_count() == 0
    analysis = store.cached(("analysis", "x"), lambda: [{"n": n} for n in range(1000)])
    assert gc.get_freeze_count() >= len(analysis)
    gc.unfreeze()
