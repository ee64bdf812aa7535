"""Vertrek melden in a browser, as a coordinator would do it: report that Sara Jansen leaves, see the
overdrachtslijst name the link that hangs on her and who can take it over, confirm, and see the alert.

Confirming writes, so this runs on the suite's own graph with the small network of
tests/web/departure_data.py. Screenshots: docs/screenshots/departure-*.png (with
NETWERKKAART_UPDATE_SCREENSHOTS=1), at 1366×900 and 390×844.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from graph.admin import clear_business_data
from graph.departures import tenures
from graph.driver import Graph
from graph.runtime.server import free_port
from graph.settings import Settings
from graph.users import add_user
from tests.web.departure_data import END, load
from tests.web.test_browser import CHROMIUM, FLAGS, SHOTS, Watch
from web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
PASSWORD = "departure browser 123"


@pytest.fixture(scope="module")
def live(session_graph: Graph, settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on the departure network, with a coordinator `vertrek-browser`."""
    clear_business_data(session_graph)
    load(session_graph, Path(tmp_path_factory.mktemp("departure")))
    add_user(session_graph, username="vertrek-browser", role="coordinator", password=PASSWORD)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=10)
    clear_business_data(session_graph)


def _log_in(browser: object, base: str, size: tuple[int, int]) -> tuple[object, Watch]:
    tab = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="nl-NL").new_page()
    watch = Watch(tab, base)
    tab.goto(f"{base}/login")
    tab.fill("input[name=username]", "vertrek-browser")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("#login-form button[type=submit]")
    tab.wait_for_url(f"{base}/organisations")
    return tab, watch


def _report_and_preview(tab: object) -> None:
    """Open the form from the menu, pick Sara by name from the suggestions, give the day, preview."""
    tab.click("nav >> text=Vertrek")
    tab.wait_for_selector("#departure-new")
    tab.click("#departure-new")
    tab.locator("#departure-person").press_sequentially("Sara J", delay=30)
    tab.wait_for_selector("#departure-names option[value='Sara Jansen']", state="attached")
    tab.fill("#departure-person", "Sara Jansen")
    tab.fill("#departure-until", END.isoformat())
    tab.click("#departure-preview")
    tab.wait_for_selector("#handover")


def test_a_coordinator_reports_a_departure_sees_the_handover_list_confirms_and_sees_the_alert(
        live: str, session_graph: Graph) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        tab, watch = _log_in(browser, live, (1366, 900))
        _report_and_preview(tab)
        taal = tab.locator(".handover-item[data-partner='o-taal']")
        assert "hangt alleen aan Sara Jansen" in taal.inner_text()
        successors = taal.locator("ol.successors > li")
        assert successors.nth(0).inner_text().startswith("Ali Demir")
        assert successors.nth(1).inner_text().startswith("Ineke de Vries")
        werk = tab.locator(".handover-item[data-partner='o-werk'] ol.successors > li").nth(0).inner_text()
        assert werk.startswith("Ineke de Vries") and "kent al Noor El Amrani" in werk
        assert "Ali Demir voorstellen aan Tom Bakker" in tab.inner_text("#introductions")
        tab.screenshot(path=str(SHOTS / "departure-handover-1366.png"), full_page=True)
        tab.emulate_media(media="print")  # printed: the list alone, without menu or buttons
        assert not tab.is_visible("header.top") and not tab.is_visible("#departure-confirm")
        assert tab.pdf(format="A4").startswith(b"%PDF")
        tab.emulate_media(media="screen")

        tab.click("#departure-confirm-button")
        tab.wait_for_selector("#recorded")
        assert "Sara Jansen bij Buurthuis De Haven is vastgelegd" in tab.inner_text("#recorded")
        assert [t.until for t in tenures(session_graph, person_id="p-sara")] == [END]
        alert = tab.locator("#departure-alerts li[data-person='p-sara']")
        assert "Sara Jansen vertrekt bij Buurthuis De Haven" in alert.inner_text()
        assert "Taalcafé Oost" in alert.inner_text()
        tab.screenshot(path=str(SHOTS / "departure-alerts-1366.png"), full_page=True)
        alert.locator("a.handover-link").click()
        tab.wait_for_selector("#already-recorded")
        watch.check()

        small, small_watch = _log_in(browser, live, (390, 844))
        small.goto(f"{live}/departures")
        small.wait_for_selector("#departure-alerts")
        small.screenshot(path=str(SHOTS / "departure-alerts-390.png"), full_page=True)
        small.locator("#departure-alerts a.handover-link").first.click()
        small.wait_for_selector("#handover")
        # Nothing wider than the window: the list reads on a phone without scrolling sideways.
        assert small.evaluate("document.documentElement.scrollWidth") <= 390
        small.screenshot(path=str(SHOTS / "departure-handover-390.png"), full_page=True)
        small_watch.check()
        browser.close()
