"""The admin page /admin/runs and `GET /api/runs`: list, confirm, undo with CSRF, refusals in Dutch.

On the suite's graph (not the shared demo): each test ingests two runs of its own, and the next test
asking for a clean graph clears them again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph import audit
from graph.admin import content_hash
from graph.backup import business_hash
from graph.driver import Graph
from graph.settings import Settings
from graph.users import add_user, create_token
from tests.graph.test_runs import AFFS_A, ORGS_A, ORGS_B, PEOPLE_A, PEOPLE_B, REFS_B, _ingest
from tests.web.conftest import bearer
from tests.web.test_login import log_in
from web.app import create_app

PASSWORD = "a long admin password 1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def site(graph: Graph, settings: Settings, tmp_path: Path) -> Iterator[dict]:
    """Runs A and B, an admin logged in with a session, and token clients for the other roles."""
    run_a = _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    after_a = business_hash(graph)
    run_b = _ingest(graph, tmp_path / "b", organisations=ORGS_B, people=PEOPLE_B, referrals=REFS_B)
    add_user(graph, username="runs-admin", role="admin", password=PASSWORD)
    tokens = {}
    for role in ("viewer", "coordinator", "admin"):
        add_user(graph, username=f"runs-{role}-t", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"runs-{role}-t")[1]
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as admin:
        assert log_in(admin, username="runs-admin", password=PASSWORD).status_code == 303
        yield {"admin": admin, "run_a": run_a, "run_b": run_b, "after_a": after_a,
               "as": lambda role: TestClient(app, headers=bearer(tokens[role]), follow_redirects=False)}


def test_the_admin_undoes_a_run_with_the_button_after_confirming(graph: Graph, site: dict) -> None:
    admin, run_b = site["admin"], site["run_b"]
    listing = admin.get("/admin/runs")
    assert listing.status_code == 200 and run_b in listing.text and "Ongedaan maken" in listing.text
    assert "inlezen" in listing.text and "organisaties: 1 nieuw, 1 gewijzigd" in listing.text
    confirm = admin.get(f"/admin/runs/{run_b}")
    assert confirm.status_code == 200 and "Ja, ongedaan maken" in confirm.text
    token = CSRF.findall(confirm.text)[-1]
    done = admin.post(f"/admin/runs/{run_b}/undo", data={"csrf_token": token})
    assert done.status_code == 303 and done.headers["location"].startswith("/admin/runs?undone=")
    assert business_hash(graph) == site["after_a"]
    shown = admin.get(done.headers["location"]).text
    assert f"Run {run_b} is ongedaan gemaakt" in shown and "ongedaan gemaakt door" in shown
    assert [(e.actor, e.target) for e in audit.events(graph, action="undo")] == [("runs-admin", run_b)]


def test_an_undo_without_the_csrf_token_is_refused_and_changes_nothing(graph: Graph, site: dict) -> None:
    before = content_hash(graph)
    response = site["admin"].post(f"/admin/runs/{site['run_b']}/undo", data={"csrf_token": "forged"})
    assert response.status_code == 403
    assert content_hash(graph) == before


def test_a_refused_undo_is_shown_in_dutch_with_the_records_and_changes_nothing(
        graph: Graph, site: dict) -> None:
    admin, run_a = site["admin"], site["run_a"]
    before = content_hash(graph)
    token = CSRF.findall(admin.get(f"/admin/runs/{run_a}").text)[-1]
    refused = admin.post(f"/admin/runs/{run_a}/undo", data={"csrf_token": token})
    assert refused.status_code == 409
    assert "niet ongedaan gemaakt" in refused.text and "Er is niets veranderd" in refused.text
    assert "Taalcafé Spangen-West" in refused.text and "(o1)" in refused.text
    assert content_hash(graph) == before


def test_viewers_and_coordinators_get_403_and_write_nothing(graph: Graph, site: dict) -> None:
    before = content_hash(graph)
    for role in ("viewer", "coordinator"):
        http = site["as"](role)
        for url in ("/admin/runs", f"/admin/runs/{site['run_b']}", "/api/runs"):
            assert http.get(url).status_code == 403, (role, url)
        assert http.post(f"/admin/runs/{site['run_b']}/undo").status_code == 403
    assert content_hash(graph) == before


def test_api_runs_lists_the_runs_newest_first(site: dict) -> None:
    runs = site["as"]("admin").get("/api/runs").json()
    assert [r["id"] for r in runs] == [site["run_b"], site["run_a"]]
    assert {"id", "kind", "at", "who", "counts"} <= set(runs[0]) and runs[0]["kind"] == "ingest"


def test_an_unknown_run_is_a_404_and_is_not_written_back(graph: Graph, site: dict) -> None:
    before = content_hash(graph)
    admin = site["as"]("admin")
    page = admin.get("/admin/runs/ingest-zz-onbekend", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "ingest-zz-onbekend" not in page.text
    assert admin.post("/admin/runs/ingest-zz-onbekend/undo").status_code == 404
    assert content_hash(graph) == before
