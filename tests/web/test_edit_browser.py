"""Two coordinators edit the same organisation in two browsers (issue 15, "Done means"): the second
save is refused with what changed in between, their input kept, and saved only when they choose so.

Headless Chromium against a live server on the suite's graph with the small network of
tests/graph/test_runs.py. Screenshots (1366 and 390 wide) go where tests/web/test_browser.py puts
them: docs/screenshots/edit-*.png with NETWERKKAART_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from graph.driver import Graph
from graph.records import record_values
from graph.runs import list_runs
from graph.runtime.server import free_port
from graph.settings import Settings
from graph.users import add_user
from tests.graph.test_runs import AFFS_A, ORGS_A, PEOPLE_A, _ingest
from tests.web.test_browser import CHROMIUM, FLAGS, SHOTS, Watch
from web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
PASSWORD = "a long coordinator password 1"
WIDE, NARROW = (1366, 900), (390, 844)


@pytest.fixture
def live(graph: Graph, settings: Settings, tmp_path: Path) -> Iterator[str]:
    """The small network, two coordinators and a viewer, served by uvicorn on a free port."""
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    for name, role in (("anna", "coordinator"), ("bert", "coordinator"), ("vera", "viewer")):
        add_user(graph, username=name, role=role, password=PASSWORD)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[object]:
    """Headless Chromium from the distribution."""
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


def session(browser: object, base: str, user: str, size: tuple[int, int]) -> tuple[object, Watch]:
    """Return a Dutch tab of `size` logged in as `user` through the login form, and its watch."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="nl-NL")
    tab = context.new_page()
    watch = Watch(tab, base)
    tab.goto(f"{base}/login")
    tab.fill("input[name=username]", user)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("#login-form button[type=submit]")
    tab.wait_for_load_state()
    assert "/login" not in tab.url
    return tab, watch


def shoot(tab: object, name: str) -> None:
    """Save a screenshot of the whole page as edit-<name>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"edit-{name}.png"), full_page=True)


def unexpected(watch: Watch, *statuses: int) -> list[str]:
    """Return what went wrong in a tab besides answers with the expected `statuses`."""
    said = tuple(f"{s} " for s in statuses) + tuple(f"status of {s} " for s in statuses)
    return watch.outside + [e for e in watch.errors if not any(s in e for s in said)]


def test_the_second_of_two_sessions_editing_an_organisation_is_refused_with_what_changed(
        graph: Graph, live: str, browser: object) -> None:
    anna, anna_watch = session(browser, live, "anna", WIDE)
    bert, bert_watch = session(browser, live, "bert", NARROW)
    # Both open the same organisation's form, from its page.
    for tab in (anna, bert):
        tab.goto(f"{live}/organisations/o1")
        tab.click("#org-edit")
        tab.wait_for_selector("#edit-form")
    shoot(anna, "form-1366")
    shoot(bert, "form-390")
    anna.fill("#f-phone", "010-1111111")
    anna.check("input[name=services][value=taal]")
    anna.click("#edit-save")
    anna.wait_for_selector("#org-name")
    assert anna.url.endswith("/organisations/o1?saved=1") and "010-1111111" in anna.inner_text("main")
    saved_by_anna = record_values(graph, "organisations", "o1")
    runs = len(list_runs(graph))

    bert.fill("#f-phone", "010-2222222")
    bert.fill("#f-capacity", "15")
    bert.click("#edit-save")
    bert.wait_for_selector("#edit-changes")
    assert record_values(graph, "organisations", "o1") == saved_by_anna and len(list_runs(graph)) == runs
    assert "iemand anders heeft dit gegeven gewijzigd" in bert.inner_text("#edit-problems")
    phone = bert.locator("#edit-changes tr[data-field=phone] td").all_inner_texts()
    assert phone == ["–", "010-1111111", "010-2222222"]
    assert "Taal" in bert.inner_text("#edit-changes tr[data-field=services]")
    assert bert.input_value("#f-phone") == "010-2222222" and bert.input_value("#f-capacity") == "15"
    shoot(bert, "conflict-390")
    bert.set_viewport_size({"width": WIDE[0], "height": WIDE[1]})
    shoot(bert, "conflict-1366")

    # Bert decides: Anna's service stays, his phone and capacity win.
    bert.check("input[name=services][value=taal]")
    bert.click("#edit-save")
    bert.wait_for_selector("#org-name")
    stored = record_values(graph, "organisations", "o1")
    assert (stored["phone"], stored["capacity"], stored["services"]) == ("010-2222222", 15, ["taal"])
    assert unexpected(anna_watch) == [] and unexpected(bert_watch, 409) == []


def test_a_viewer_sees_no_edit_button_and_is_refused_the_form(live: str, browser: object) -> None:
    vera, watch = session(browser, live, "vera", WIDE)
    vera.goto(f"{live}/organisations/o1")
    vera.wait_for_selector("#org-name")
    assert vera.locator("#org-edit").count() == 0 and vera.locator("a[href='/edit']").count() == 0
    assert vera.goto(f"{live}/edit/organisations/o1").status == 403
    assert unexpected(watch, 403) == []


def test_wrong_input_is_shown_at_its_field_on_a_phone(graph: Graph, live: str, browser: object) -> None:
    anna, watch = session(browser, live, "anna", NARROW)
    before = record_values(graph, "organisations", "o1")
    anna.goto(f"{live}/edit/organisations/o1")
    anna.fill("#f-capacity", "twaalf")
    anna.fill("#f-area", "Spanje")
    anna.click("#edit-save")
    anna.wait_for_selector("#edit-problems")
    # Ingest's own messages (the catalogue), at their fields.
    assert '"twaalf" is geen getal' in anna.inner_text("#f-capacity-error")
    assert 'edoelt u "Spangen"' in anna.inner_text("#f-area-error")
    assert record_values(graph, "organisations", "o1") == before
    shoot(anna, "errors-390")
    assert unexpected(watch, 400) == []
