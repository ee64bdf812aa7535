"""No blank waits: a page whose figures are not ready says it is being computed and shows them once done;
the app computes today's pages when it starts and again after the data changes.

The app here lets pages wait 0 s (NETWERKKAART_PAGE_WAIT), so every computation, however quick on this
machine, takes the background path; the API always waits for its answer.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from graph.driver import Graph
from graph.referrals import record_referral
from graph.settings import Settings
from graph.upserts import upsert_dataset
from graph.users import add_user, create_token
from tests.graph.test_upserts import ctx, small_dataset
from tests.web.conftest import bearer
from web.app import create_app
from web.background import PAGE_WAIT, StillComputing
from web.documents.warm_up import previous_month_end
from web.store import AnalysisStore

HTML = {"Accept": "text/html"}
COMPUTING_NL = "de analyse wordt berekend"


def until(condition: Callable[[], bool]) -> None:
    """Poll until `condition` holds (a safety bound against a hang, not a speed requirement)."""
    for _ in range(2400):
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError("the background never finished")


@pytest.fixture(scope="module")
def impatient(demo_graph: Graph, demo_settings: Settings) -> Iterator[TestClient]:
    """A coordinator's client on an app whose pages never wait for an analysis and that computes
    today's pages when it starts (the suite's environment turns that warm-up off elsewhere)."""
    add_user(demo_graph, username="impatient", role="coordinator", password="a long password 123")
    token = create_token(demo_graph, username="impatient", label="tests")[1]
    app = create_app(demo_settings.model_copy(update={"page_wait": 0.0, "warm_up": True}))
    with TestClient(app, headers=bearer(token)) as client:
        yield client


def idle(client: TestClient) -> bool:
    """Return True once nothing is computed in the background."""
    return not client.get("/api/computing").json()["busy"]


def test_a_page_whose_figures_are_not_ready_says_so_and_shows_them_when_done(impatient: TestClient) -> None:
    first = impatient.get("/fragility", params={"as_of": "2025-03-31"}, headers=HTML)
    assert first.status_code == 200
    assert COMPUTING_NL in first.text.lower()
    assert first.headers["cache-control"] == "no-store"
    assert 'role="status"' in first.text and "/static/computing.js" in first.text
    # As computing.js does: wait until nothing is computed, load again. A page built from several
    # results may take a round per result (here each is deferred, as the wait is 0 s).
    for _ in range(20):
        until(lambda: idle(impatient))
        done = impatient.get("/fragility", params={"as_of": "2025-03-31"}, headers=HTML)
        if COMPUTING_NL not in done.text.lower():
            break
    assert done.status_code == 200 and COMPUTING_NL not in done.text.lower()
    assert "fragile-filter" in done.text  # the page itself, with its list's filters


def test_the_api_and_downloads_wait_for_their_answer(impatient: TestClient) -> None:
    answer = impatient.get("/api/fragility", params={"as_of": "2025-02-28"})
    assert answer.status_code == 200 and answer.json()["links"]


def test_the_warm_up_computes_todays_start_page_when_the_app_starts(impatient: TestClient) -> None:
    until(lambda: idle(impatient))
    status = impatient.get("/api/computing").json()
    assert status["done"] == status["total"] > 0 and status["current"] is None
    overview = impatient.get("/", headers=HTML)
    assert overview.status_code == 200 and COMPUTING_NL not in overview.text.lower()


def test_the_warm_up_prepares_the_overview_as_of_the_previous_month_end(impatient: TestClient) -> None:
    until(lambda: idle(impatient))
    month_end = previous_month_end(dt.date.today()).isoformat()
    # Pages here never wait, so anything not computed ahead would answer "being computed".
    overview = impatient.get("/", params={"as_of": month_end}, headers=HTML)
    assert overview.status_code == 200 and COMPUTING_NL not in overview.text.lower()
    two_back = previous_month_end(dt.date.fromisoformat(month_end)).isoformat()
    assert COMPUTING_NL in impatient.get("/", params={"as_of": two_back}, headers=HTML).text.lower()


def test_a_data_change_computes_todays_pages_again(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("web.store._STAMP_SECONDS", 0.0)  # the stamp is re-read on every request
    data = small_dataset()
    upsert_dataset(graph, data, ctx())
    rounds: list[dt.date] = []
    store = AnalysisStore(graph, warm_steps=lambda s, as_of: [("warm_links", lambda: rounds.append(as_of))])
    store.stamp()
    orgs = [o.id for o in data.organisations]
    record_referral(graph, orgs[0], orgs[1], "taal")
    store.stamp()
    until(lambda: rounds and not store.background.status()["busy"])
    assert rounds == [dt.date.today()]


def test_without_warm_up_a_data_change_computes_nothing_ahead(graph: Graph,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("web.store._STAMP_SECONDS", 0.0)
    data = small_dataset()
    upsert_dataset(graph, data, ctx())
    store = AnalysisStore(graph)
    monkeypatch.setattr(store.background, "warm", lambda steps: pytest.fail("nothing is computed ahead"))
    store.stamp()
    record_referral(graph, data.organisations[0].id, data.organisations[1].id, "taal")
    store.stamp()
    assert not store.background.status()["busy"]


def test_one_computation_per_key_however_many_pages_ask(demo_graph: Graph) -> None:
    store = AnalysisStore(demo_graph)
    release, calls = threading.Event(), []

    def slow() -> str:
        calls.append(1)
        release.wait()
        return "figures"

    token = PAGE_WAIT.set(0.0)
    try:
        for _ in range(3):
            with pytest.raises(StillComputing):
                store.cached(("slow",), slow)
    finally:
        PAGE_WAIT.reset(token)
    release.set()
    until(lambda: not store.background.status()["busy"])
    assert store.cached(("slow",), slow) == "figures"
    assert calls == [1]
