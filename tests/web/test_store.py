"""The app's cache: per-entity documents never evict the expensive analyses they are built from.

On the web tests' shared demo graph (read only): the `graph` fixture would wipe it under them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc

from graph import audit
from graph.driver import Graph
from graph.model import Dataset
from graph.upserts import WriteContext, upsert_people
from graph.users import add_user, create_token
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


def test_logins_and_tokens_keep_the_cache_but_a_changed_person_does_not(demo_graph: Graph,
                                                                          demo_data: Dataset) -> None:
    # A login writes an audit event; if that emptied the cache, every login would recompute the city.
    before = AnalysisStore(demo_graph).stamp()
    audit.record(demo_graph, actor="web-viewer", action="login", target="/login")
    add_user(demo_graph, username="stamp-user", role="viewer", password="stamp password 123")
    create_token(demo_graph, username="stamp-user", label="stamp")
    assert AnalysisStore(demo_graph).stamp() == before
    person = demo_data.people[2]
    ctx = WriteContext(source="test", run_id="stamp", now=dt.datetime.now(dt.UTC))
    upsert_people(demo_graph, [dataclasses.replace(person, phone="010-0000000")], ctx)
    assert AnalysisStore(demo_graph).stamp() != before  # an erasure or a corrected phone shows at once
    upsert_people(demo_graph, [person], ctx)
