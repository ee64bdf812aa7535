"""The referral task in a browser, as a coordinator would do it on the demo: find a maatje for an
Arabic-speaking newcomer in Charlois, see the contact details, record the referral, see it counted.

Recording writes, so this runs on a copy of the demo in the suite's own graph (the shared demo stays
read-only). The screenshot "the finder with results" is docs/screenshots/refer.png.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from graph.admin import clear_business_data
from graph.demo_load import load_demo
from graph.driver import Graph
from graph.runtime.server import free_port
from graph.settings import Settings
from graph.users import add_user
from tests.web.conftest import demo_dataset
from tests.web.test_browser import CHROMIUM, FLAGS, SHOTS, Watch
from web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
PASSWORD = "refer browser 123"


@pytest.fixture(scope="module")
def live(session_graph: Graph, settings: Settings) -> Iterator[str]:
    """A live server on a writable copy of the demo, with a coordinator `refer-browser`."""
    load_demo(session_graph, demo_dataset(), seed=1, force=True)
    add_user(session_graph, username="refer-browser", role="coordinator", password=PASSWORD)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=10)
    clear_business_data(session_graph)  # the next test's clean graph need not clear the demo


def _received(tab: object, base: str, org_id: str, source: str) -> int:
    doc = tab.request.get(f"{base}/api/organisations/{org_id}").json()
    return sum(r["count"] for r in doc["referrals_in"]
               if r["organisation"] == source and r["status"] == "sent")


def test_a_coordinator_finds_records_and_prints_a_referral(live: str) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        tab = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-NL").new_page()
        watch = Watch(tab, live)
        tab.goto(f"{live}/login")
        tab.fill("input[name=username]", "refer-browser")
        tab.fill("input[name=password]", PASSWORD)
        tab.click("#login-form button[type=submit]")
        tab.wait_for_url(f"{live}/organisations")
        tab.click("nav >> text=Verwijswijzer")
        # The keyboard alone: type into each field, Tab to the next, Enter to search.
        tab.focus("#need")
        tab.keyboard.type("maatje")
        for field, typed in (("#language", "Arabisch"), ("#area", "Charlois")):
            while not tab.evaluate(f"document.activeElement === document.querySelector('{field}')"):
                tab.keyboard.press("Tab")
            tab.keyboard.type(typed)
        assert tab.locator("#refer-needs option[value=taalmaatje]").count() == 1
        assert tab.locator("#refer-languages option[value=Arabisch]").count() == 1
        tab.keyboard.press("Enter")
        tab.wait_for_selector("#results")
        first = tab.locator("#result-1")
        target = first.get_attribute("data-organisation")
        assert first.locator("a[href^='tel:']").count() == 1
        assert first.locator("a[href^='mailto:']").count() == 1
        assert "spreekt Arabisch" in first.inner_text() or "spreekt geen Arabisch" in first.inner_text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(SHOTS / "refer.png"))

        source = next(o for o in demo_dataset().organisations if o.id != target and "<" not in o.name
                      and sum(x.name == o.name for x in demo_dataset().organisations) == 1)
        before = _received(tab, live, target, source.id)
        first.locator("summary").click()
        first.locator("input[name=from_org]").fill(source.name)
        first.locator("button[type=submit]").click()
        tab.wait_for_selector("#recorded")
        assert source.name in tab.inner_text("#recorded") and "verstuurd" in tab.inner_text("#recorded")

        slip = tab.locator("#recorded >> text=Verwijsbriefje").get_attribute("href")
        tab.click("#recorded >> text=Bekijk de verwijzingen")
        tab.wait_for_selector("#referrals_in")
        # The page lists a receiver's 40 biggest senders; the API has them all.
        shown = tab.locator("#referrals_in tbody tr").count()
        assert source.name in tab.inner_text("#referrals_in") or shown == 40
        assert _received(tab, live, target, source.id) == before + 1, "counted at once"

        tab.goto(f"{live}{slip}")
        tab.wait_for_selector("#slip")
        assert "Wat neem je mee" in tab.inner_text("#slip") and source.name in tab.inner_text("#slip")
        tab.click(".slip-tools >> text=English")
        tab.wait_for_selector("#slip[lang=en]")
        assert "What to bring" in tab.inner_text("#slip")
        watch.check()
        browser.close()
