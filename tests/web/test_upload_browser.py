"""Upload in a real browser (headless Chromium): a file with errors, fixed, previewed, committed, shown.

On the suite's clean graph with a live server of its own (an upload writes, so never on the shared
demo). Screenshots: upload-{form,errors,preview,done}-{1366,390}.png in tests/artifacts/screenshots/
(docs/screenshots/ with NETWERKKAART_UPDATE_SCREENSHOTS=1).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from graph.backup import business_hash
from graph.driver import Graph
from graph.runtime.server import free_port
from graph.settings import Settings
from graph.users import add_user
from tests.graph.test_runs import AFFS_A, ORGS_A, ORGS_B, PEOPLE_A, _ingest
from tests.web.test_accessibility import AXE, closed_to, problems_of
from tests.web.test_browser import SHOTS, browser, log_in  # noqa: F401 (browser: the fixture)
from web.app import create_app

# Run B's organisations with two mistakes on row 3 (o2): a kind that does not exist, a capacity in words.
ORGS_BAD = ORGS_B.replace("o2;Welzijn Noord;welzijn;BU05990320;;",
                          "o2;Welzijn Noord;vliegtuig;BU05990320;;veel")
SIZES = [(1366, 900), (390, 844)]


@pytest.fixture(scope="module")
def live(settings: Settings, session_graph: Graph) -> Iterator[str]:
    """A live uvicorn server (in a thread) on the suite's graph."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture
def run_a(graph: Graph, tmp_path: Path) -> str:
    """Run A ingested, the demo's login names for a coordinator and a viewer; the hash after A."""
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    for role in ("coordinator", "viewer"):
        add_user(graph, username=f"web-{role}", role=role, password=f"{role} password 123")
    return business_hash(graph)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_errors_listed_then_fixed_previewed_committed_and_seen_on_the_organisation_page(
        browser: object, live: str, graph: Graph, run_a: str, tmp_path: Path,  # noqa: F811
        size: tuple[int, int]) -> None:
    width = size[0]
    bad, good = tmp_path / "bad" / "organisaties.csv", tmp_path / "good" / "organisaties.csv"
    for path, text in ((bad, ORGS_BAD), (good, ORGS_B)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    # The pages' Content-Security-Policy would refuse the injected axe script (as in test_accessibility).
    context, tab, watch = log_in(browser, live, "coordinator", size, bypass_csp=True)
    closed, found = closed_to(create_app(Settings()), "coordinator"), []

    def look(name: str) -> None:
        """Screenshot the page; check it with axe (and for sideways scrolling) where axe is installed."""
        tab.screenshot(path=str(SHOTS / f"upload-{name}-{width}.png"), full_page=True)
        if AXE.exists():
            found.extend(problems_of(tab, tab.url, width, closed))

    tab.goto(f"{live}/organisations")
    if tab.is_visible("#menu-toggle"):
        tab.click("#menu-toggle")
    tab.click("#main-nav a[href='/upload']")
    tab.wait_for_url(f"{live}/upload")
    look("form")

    tab.set_input_files("#upload-files", str(bad))
    tab.click("#upload-form button[type=submit]")
    tab.wait_for_selector("#upload-errors")
    errors = tab.inner_text("#upload-errors tbody")
    assert "rij 3" in errors and "kolom soort" in errors and "vliegtuig" in errors and "veel" in errors
    assert "Er is niets gewijzigd" in tab.inner_text("main")
    look("errors")
    assert business_hash(graph) == run_a

    tab.click("text=Een ander bestand inlezen")
    tab.set_input_files("#upload-files", str(good))
    tab.click("#upload-form button[type=submit]")
    tab.wait_for_selector("#upload-commit")
    shown = tab.inner_text("main")
    assert "Maatjes Zuid (o3)" in shown and "Taalcafé Spangen" in shown and "Welzijn Noord (o2)" in shown
    look("preview")
    assert business_hash(graph) == run_a, "the preview wrote"

    tab.click("#upload-commit button")
    tab.wait_for_selector("#upload-done")
    look("done")
    assert business_hash(graph) != run_a
    tab.click("#upload-done-orgs a[href='/organisations/o1']")
    tab.wait_for_url(f"{live}/organisations/o1")
    assert "Taalcafé Spangen-West" in tab.inner_text("h1")
    assert watch.outside == [] and found == []
    # The page listing the file's errors is answered 400; the browser logs that once, nothing else.
    logged = "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    assert sorted(watch.errors) == sorted([f"400 {live}/upload/preview", logged])
    context.close()


def test_a_viewer_has_no_upload_link_and_is_refused(browser: object, live: str, graph: Graph,  # noqa: F811
                                                    run_a: str) -> None:
    context, tab, _ = log_in(browser, live, "viewer", (1366, 900))
    assert tab.locator("#main-nav a[href='/upload']").count() == 0
    assert tab.goto(f"{live}/upload").status == 403
    context.close()
    assert business_hash(graph) == run_a
