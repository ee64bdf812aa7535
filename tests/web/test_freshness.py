"""The "Verouderde gegevens" page, "Klopt nog" (CSRF, a run, Dutch messages, nothing written on bad
input), the organisation page's button, and the share confirmed on the overview and in the report.

On the suite's clean graph with the world of tests/graph/test_freshness.py (records written months
ago, so which are stale is known by hand), never on the shared demo.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph import audit
from graph.admin import content_hash
from graph.driver import Graph
from graph.runs import list_runs
from graph.settings import Settings
from graph.users import add_user, create_token
from netwerkkaart.documents import freshness
from netwerkkaart.documents.runs import run_rows
from netwerkkaart.report.build import build_report, report_data
from tests.graph.test_freshness import write_world
from tests.web.conftest import bearer
from tests.web.test_login import log_in
from web.app import create_app

PASSWORD = "freshness password 123"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
ROWS = re.compile(r'<tr class="fresh-\w+" data-key="([^"]+)">')
STALE_KEYS = ["o1", "o1/p1/staff", "o2", "o2/p2/volunteer"]
SHARE = "60,0 % van de organisaties in het afgelopen jaar bevestigd (3 van 5)"


@pytest.fixture
def site(graph: Graph, settings: Settings) -> Iterator[dict]:
    """The world written, a coordinator logged in with a session, and token clients per role."""
    write_world(graph)
    add_user(graph, username="fresh-coordinator", role="coordinator", password=PASSWORD)
    tokens = {}
    for role in ("viewer", "coordinator"):
        add_user(graph, username=f"fresh-{role}-t", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"fresh-{role}-t")[1]
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as coordinator:
        assert log_in(coordinator, username="fresh-coordinator", password=PASSWORD).status_code == 303
        yield {"coordinator": coordinator,
               "as": lambda role: TestClient(app, headers=bearer(tokens[role]), follow_redirects=False)}


def keys(page: str) -> list[str]:
    """Return the keys of the listed records, in order."""
    return ROWS.findall(page)


def test_the_list_shows_exactly_the_stale_records_oldest_first_in_dutch(site: dict) -> None:
    page = site["coordinator"].get("/verouderd")
    assert page.status_code == 200
    assert keys(page.text) == STALE_KEYS
    text = html.unescape(page.text)
    assert "Verouderde gegevens" in text and "langer dan 12 maanden" in text
    assert "4 verouderd: 2 organisaties en 2 betrokkenheden" in text
    assert "Anne de Vries" in text and "(medewerker)" in text and text.count(">Klopt nog</button>") == 4
    assert "Out-of-date records" in site["coordinator"].get("/verouderd", params={"lang": "en"}).text


def test_klopt_nog_confirms_the_record_as_a_run_and_says_which(graph: Graph, site: dict) -> None:
    coordinator = site["coordinator"]
    token = CSRF.findall(coordinator.get("/verouderd").text)[-1]
    done = coordinator.post("/verouderd/klopt-nog", data={"csrf_token": token, "organisation": "o2",
                                                         "person": "p2", "role": "volunteer"})
    assert done.status_code == 303 and done.headers["location"].startswith("/verouderd?")
    shown = coordinator.get(done.headers["location"])
    assert keys(shown.text) == ["o1", "o1/p1/staff", "o2"]
    assert "Bevestigd: Omar Haddou is nog vrijwilliger bij Welzijn Delfshaven." in html.unescape(shown.text)
    run = list_runs(graph)[0]
    assert (run.kind, run.who) == ("confirm", "fresh-coordinator")
    assert run_rows(graph, "nl")[0].what == "betrokkenheden: 1 bevestigd"
    assert [e.target for e in audit.events(graph, action="confirm")] == [run.id]


def test_without_the_csrf_token_nothing_is_confirmed(graph: Graph, site: dict) -> None:
    before = content_hash(graph)
    refused = site["coordinator"].post("/verouderd/klopt-nog", data={"organisation": "o1"},
                                       headers={"Accept": "text/html"})
    assert refused.status_code == 403 and "Het formulier is verlopen" in refused.text
    assert content_hash(graph) == before


@pytest.mark.parametrize(("form", "message"), [
    ({"organisation": "o-zz-onbekend"},
     "Organisatie: deze organisatie bestaat niet (meer). Er is niets bevestigd."),
    ({"organisation": ""}, "Organisatie: er is geen organisatie gekozen."),
    ({"organisation": "o1", "person": "p2", "role": "staff"}, "Betrokkenheid: deze persoon is (niet meer)"),
    ({"organisation": "o1", "person": "p1", "role": "baas"}, "Rol: kies medewerker"),
])
def test_bad_input_is_a_located_dutch_message_and_writes_nothing(graph: Graph, site: dict, form: dict,
                                                                 message: str) -> None:
    coordinator = site["coordinator"]
    token = CSRF.findall(coordinator.get("/verouderd").text)[-1]
    before = content_hash(graph)
    refused = coordinator.post("/verouderd/klopt-nog", data={"csrf_token": token, **form},
                               headers={"Accept": "text/html"})
    assert refused.status_code == 400 and message in html.unescape(refused.text)
    assert "o-zz-onbekend" not in refused.text
    assert content_hash(graph) == before


def test_viewers_get_403_and_no_menu_entry(graph: Graph, site: dict) -> None:
    before = content_hash(graph)
    viewer = site["as"]("viewer")
    assert viewer.get("/verouderd", headers={"Accept": "text/html"}).status_code == 403
    assert viewer.post("/verouderd/klopt-nog", data={"organisation": "o1"}).status_code == 403
    assert 'href="/verouderd"' not in viewer.get("/").text
    assert content_hash(graph) == before
    nav = site["coordinator"].get("/").text.split("<nav", 1)[1].split("</nav>", 1)[0]
    assert '<a href="/verouderd">Verouderd</a>' in nav


def test_the_list_filters_by_area_and_kind_and_pages(site: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    http = site["coordinator"]
    assert keys(http.get("/verouderd", params={"area": "Spangen"}).text) == STALE_KEYS[:2]
    assert keys(http.get("/verouderd", params={"kind": "welzijn"}).text) == STALE_KEYS[2:]
    affiliations = http.get("/verouderd", params={"what": "affiliations"}).text
    assert keys(affiliations) == [STALE_KEYS[1], STALE_KEYS[3]]
    nothing = http.get("/verouderd", params={"area": "Charlois"})
    assert keys(nothing.text) == [] and "Niets verouderd" in nothing.text
    unknown = http.get("/verouderd", params={"area": "Atlantis"})
    assert unknown.status_code == 422 and "dit gebied kennen we niet" in unknown.text
    monkeypatch.setattr(freshness, "PER_PAGE", 3)
    first, second = http.get("/verouderd").text, http.get("/verouderd", params={"page": 2}).text
    assert keys(first) == STALE_KEYS[:3] and keys(second) == STALE_KEYS[3:]
    assert "Pagina 1 van 2" in first and 'href="/verouderd?page=2"' in first


def test_the_threshold_is_a_setting(site: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWERKKAART_STALE_MONTHS", "6")
    page = site["coordinator"].get("/verouderd").text
    assert "o3" in keys(page) and "langer dan 6 maanden" in page


def test_the_organisation_page_has_klopt_nog_for_coordinators_only(site: dict) -> None:
    coordinator = site["coordinator"]
    page = coordinator.get("/organisations/o1").text
    assert 'id="org-confirm"' in page and "verouderd</span>" in page
    token = CSRF.findall(page)[-1]
    done = coordinator.post("/verouderd/klopt-nog", data={"csrf_token": token, "organisation": "o1",
                                                         "back": "organisation"})
    assert done.status_code == 303 and done.headers["location"] == "/organisations/o1"
    after = coordinator.get("/organisations/o1").text
    assert "verouderd</span>" not in after and "Gegevens laatst bevestigd" in after
    viewer = site["as"]("viewer").get("/organisations/o1").text
    assert "Gegevens laatst bevestigd" in viewer and 'id="org-confirm"' not in viewer
    assert 'action="/verouderd/klopt-nog"' not in viewer


def test_the_overview_and_the_report_show_the_hand_counted_share(graph: Graph, site: dict) -> None:
    overview = site["as"]("viewer").get("/")
    assert SHARE in html.unescape(overview.text)
    figure = site["as"]("viewer").get("/api/overview").json()["freshness"]
    assert (figure["confirmed"], figure["total"], figure["months"]) == (3, 5, 12)
    data = report_data(graph, dt.date.today(), secret=b"test", runs=1)
    assert (data["freshness"]["confirmed"], data["freshness"]["total"]) == (3, 5)
    report = build_report(graph, dt.date.today(), secret=b"test", runs=1)
    assert SHARE in html.unescape(report) and "Anne de Vries" not in report
