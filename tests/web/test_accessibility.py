"""Accessibility: axe-core (WCAG 2.0/2.1, A and AA) on every HTML page, as a viewer, a coordinator and
(for its own pages) an admin, at a laptop's 1366×900 and a phone's 390×844.

The pages come from the app's route table, so a page added later is checked without touching this
file. Each page also must not scroll sideways at 390 px and must not link a viewer to a page a viewer
cannot open. axe-core is the npm package pinned in package-lock.json (`npm ci`, scripts/setup.sh),
injected by playwright: nothing is fetched from outside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from graph.model import Dataset
from graph.users import ROLES
from tests.web.routes_table import SAMPLES, rules, url_for
from tests.web.test_browser import CHROMIUM, DATE, FLAGS, base_url, browser  # noqa: F401 (fixtures)
from web.app import create_app
from web.auth.rules import ADMIN, COORDINATOR, PUBLIC, VIEWER

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SIZES = {"1366": (1366, 900), "390": (390, 844)}
# Responses that are files or data, not pages.
_NOT_PAGES = (".csv", ".xlsx", ".json", ".js")

# Slow: every page (the analysis pages included) six times over; measured 2-4 min per role and width
# on the shared two-core machine, much of it the server computing the pages.
pytestmark = [pytest.mark.slow(seconds=200),
              pytest.mark.skipif(not AXE.exists() or not Path(CHROMIUM).exists(),
                                 reason="axe-core (npm ci) or chromium is not installed")]


def _needed_index(needed: str | None) -> int:
    return ROLES.index(str(needed))


def html_pages(app: FastAPI, samples: dict[str, str], role: str, only_own: bool = False) -> list[str]:
    """Return the address of every HTML page `role` may open (with `only_own`: only those the role
    below it may not), path parameters filled from `samples` and dated on the demo's date."""
    pages = []
    for (method, path), needed in sorted(rules(app).items()):
        if method != "GET" or path.startswith("/api/") or path.endswith(_NOT_PAGES) or needed == PUBLIC:
            continue
        if "{token}" in path:  # an upload's pages exist after a preview: test_upload_browser.py checks them
            continue
        level = _needed_index(needed)
        if level > ROLES.index(role) or (only_own and level < ROLES.index(role)):
            continue
        url = url_for(path, samples)
        pages.append(url if path == "/docs" else f"{url}?as_of={DATE}")
    return pages


def closed_to(app: FastAPI, role: str) -> list[re.Pattern[str]]:
    """Return patterns of the page paths `role` may not open."""
    return [re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
            for (method, path), needed in rules(app).items()
            if method == "GET" and needed not in (None, PUBLIC) and _needed_index(needed) > ROLES.index(role)]


# Swagger UI (/docs, a developers' page from the swagger-ui package) puts its buttons inside an
# operation's clickable summary: that one rule is its own markup and is not checked there.
THIRD_PARTY_RULES = {"/docs": ["nested-interactive"]}
_RUN_AXE = """([tags, off]) => axe.run(document, {runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations'], rules: Object.fromEntries(off.map(rule => [rule, {enabled: false}]))})
  .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))"""


def open_page(tab: object, url: str) -> int:
    """Open `url` in `tab` and return its status; a document served as a download (the council
    report) is fetched and shown in the tab instead."""
    try:
        return tab.goto(url).status
    except Exception as error:  # playwright: "Download is starting"
        if "Download" not in str(error):
            raise
    response = tab.request.get(url)
    tab.set_content(response.text())
    return response.status


def problems_of(tab: object, url: str, width: int, closed: list[re.Pattern[str]]) -> list[str]:
    """Return what is wrong with the page at `url` as open in `tab`: axe's violations, a sideways
    scroll, links to pages the user cannot open."""
    if tab.locator("#network").count():  # the network view draws after its data arrived
        tab.wait_for_function("document.body.dataset.networkReady !== undefined", timeout=60_000)
    tab.add_script_tag(path=str(AXE))
    found = [f"{url}: {line}" for line in tab.evaluate(_RUN_AXE, [TAGS, THIRD_PARTY_RULES.get(url, [])])]
    wide = tab.evaluate("document.documentElement.scrollWidth")
    if wide > width:
        # The outermost elements reaching past the window's edge (not what scrolls inside them).
        culprits = tab.evaluate(f"""[...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > {width} + 1
                       && e.parentElement.getBoundingClientRect().right <= {width} + 1).slice(0, 3)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className : ''))""")
        found.append(f"{url}: {wide} px wide at {width} px (e.g. {', '.join(culprits)})")
    hrefs = tab.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    found += [f"{url}: links to {href}, which this user may not open"
              for href in hrefs if any(p.match(urlsplit(href).path) for p in closed)]
    return found


@pytest.fixture(scope="module")
def app_routes(demo_settings: object) -> FastAPI:
    """The app, for its route table."""
    return create_app(demo_settings)


@pytest.fixture
def session(browser: object, base_url: str,  # noqa: F811
            request: pytest.FixtureRequest) -> Iterator[tuple[object, str, list[str]]]:
    """A page in its own context at the test's width, logged in as the test's role through the form;
    the login page itself is checked on the way in."""
    role, size = request.param
    width, height = SIZES[size]
    # The pages' Content-Security-Policy would refuse the injected axe script and its evaluation.
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                                  bypass_csp=True)
    context.set_default_timeout(120_000)  # the analysis pages are slow on a busy machine
    tab = context.new_page()
    tab.goto(f"{base_url}/login")
    login = problems_of(tab, "/login", width, [])
    tab.fill("input[name=username]", f"web-{role}")
    tab.fill("input[name=password]", f"{role} password 123")
    tab.click("#login-form button[type=submit]")
    tab.wait_for_url(f"{base_url}/organisations" if role == COORDINATOR else f"{base_url}/")
    yield tab, role, login
    context.close()


CASES = [(role, size) for role in (VIEWER, COORDINATOR, ADMIN) for size in SIZES]


@pytest.mark.parametrize("session", CASES, ids=[f"{r}-{s}" for r, s in CASES], indirect=True)
def test_every_page_passes_axe_and_fits_a_phone(session: tuple[object, str, list[str]], base_url: str,  # noqa: F811
                                                 app_routes: FastAPI, demo_data: Dataset) -> None:
    tab, role, login = session
    # The demo's own load is a run (tests/conftest.py loads it with seed 1): its confirmation page exists.
    samples = {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id,
               "run_id": "demo-seed-1", "partnership_id": demo_data.partnerships[0].id}
    # An admin's run covers the pages only admins open; the viewer and coordinator cover the rest.
    pages = html_pages(app_routes, samples, role, only_own=role == ADMIN)
    assert pages, f"no pages for {role}"
    width = tab.viewport_size["width"]
    closed = closed_to(app_routes, role)
    found = login if role == VIEWER else []
    for url in pages:
        status = open_page(tab, base_url + url)
        assert status == 200, f"{url}: {status}"
        found += problems_of(tab, url, width, closed)
    assert found == [], "\n".join(found)


def test_the_page_list_follows_the_route_table(app_routes: FastAPI) -> None:
    samples = {**SAMPLES, "org_id": "o1", "person_id": "p1"}
    viewer = html_pages(app_routes, samples, VIEWER)
    assert f"/?as_of={DATE}" in viewer and f"/network?as_of={DATE}" in viewer
    assert not any(p.startswith(("/api/", "/people/", "/audit", "/login")) for p in viewer)
    assert f"/people/p1?as_of={DATE}" in html_pages(app_routes, samples, COORDINATOR)
    assert html_pages(app_routes, samples, ADMIN, only_own=True) == [
        f"/admin/runs?as_of={DATE}", f"/admin/runs/ingest-not-a-run?as_of={DATE}", f"/audit?as_of={DATE}"]
    assert any(p.match("/people/p1") for p in closed_to(app_routes, VIEWER))
    assert not any(p.match("/people/p1") for p in closed_to(app_routes, COORDINATOR))


@pytest.mark.parametrize("session", [(VIEWER, "390")], ids=["viewer-390"], indirect=True)
def test_on_a_phone_the_menu_folds_behind_a_button_the_keyboard_opens(session: tuple, base_url: str) -> None:  # noqa: F811
    tab, _, _ = session
    tab.goto(f"{base_url}/?as_of={DATE}")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    assert not tab.is_visible("#logout") and not tab.is_visible("#lang-switch")
    tab.focus("#menu-toggle")
    tab.keyboard.press("Enter")
    assert tab.get_attribute("#menu-toggle", "aria-expanded") == "true"
    assert tab.is_visible("#logout") and tab.is_visible("#lang-switch")
    assert tab.is_visible("#main-nav a[href='/map']")
    tab.keyboard.press("Escape")
    assert tab.get_attribute("#menu-toggle", "aria-expanded") == "false" and not tab.is_visible("#logout")


@pytest.mark.parametrize("session", [(VIEWER, "1366")], ids=["viewer-1366"], indirect=True)
def test_the_network_is_also_a_list_whose_rows_open_by_keyboard(session: tuple, base_url: str) -> None:  # noqa: F811
    tab, _, _ = session
    tab.goto(f"{base_url}/network?as_of={DATE}")
    tab.wait_for_function("document.body.dataset.networkReady === '1'")
    shown = tab.evaluate("window.netwerkkaart.nodes.length")
    edges = tab.evaluate("window.netwerkkaart.edges.length")
    assert int(tab.inner_text("#network-list-orgs .count")) == shown > 0
    assert tab.locator("#network-list-orgs tbody tr").count() == shown
    assert tab.locator("#network-list-links tbody tr").count() == edges
    one_person = tab.evaluate("window.netwerkkaart.edges.get({filter: e => e.bus_factor === 1}).length")
    assert tab.locator("#network-list-links td", has_text="hangt aan één persoon").count() == one_person
    plain = "window.netwerkkaart.edges.get({filter: e => e.bus_factor === 1 && !e.dashes}).length"
    assert tab.evaluate(plain) == 0  # not told by colour alone
    tab.focus("#network-list-orgs summary")
    tab.keyboard.press("Enter")
    first = tab.locator("#network-list-orgs tbody a").first
    first.focus()
    target = first.get_attribute("href")
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**{target}")
    assert tab.locator("#org-name").count() == 1
