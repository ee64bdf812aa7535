"""Browser tests: headless Chromium (Debian's package, driven by playwright) against a live uvicorn server.

Screenshots of the main pages are saved to tests/artifacts/screenshots/ (docs/screenshots/ with
NETWERKKAART_UPDATE_SCREENSHOTS=1, which is how the README's picture is refreshed).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from graph.driver import Graph
from graph.runtime.server import free_port
from graph.settings import Settings
from tests.web.conftest import AS_OF, EVIL_ORG, EVIL_PERSON, bearer
from web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
_ROOT = Path(__file__).resolve().parents[2]
# A test run must not change tracked files; refreshing the committed pictures is a deliberate act.
SHOTS = (_ROOT / "docs" / "screenshots" if os.environ.get("NETWERKKAART_UPDATE_SCREENSHOTS")
         else _ROOT / "tests" / "artifacts" / "screenshots")
DATE = AS_OF.isoformat()
AUTH: dict[str, str] = {}  # the admin's API token header, set by `base_url`


def _get(url: str, **kwargs: object) -> httpx.Response:
    """GET `url` as the admin."""
    return httpx.get(url, headers=AUTH, **kwargs)

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")


@pytest.fixture(scope="module")
def base_url(demo_graph: Graph, demo_settings: Settings, role_tokens: dict[str, str]) -> Iterator[str]:
    """A live uvicorn server (in a thread) on a free loopback port, serving the demo data."""
    AUTH.update(bearer(role_tokens["admin"]))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(demo_settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    while not server.started:
        time.sleep(0.05)
    # Warm the per-as_of caches so page loads in the browser do not wait for the analysis.
    _get(f"{url}/api/fragility", params={"as_of": DATE}, timeout=300)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium from the distribution (never a downloaded build)."""
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


class Watch:
    """Collects requests that leave the server, console errors, page errors and dialogs."""

    def __init__(self, page: object, base: str) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else
                self.outside.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on("dialog", lambda d: (self.errors.append("dialog: " + d.message), d.dismiss()))

    def check(self) -> None:
        assert self.outside == [], self.outside
        assert self.errors == [], self.errors


def log_in(browser: object, base_url: str, role: str, size: tuple[int, int] = (1366, 900),
           **options: object) -> tuple[object, object, Watch]:
    """Return (context, tab, watch) for the demo's `web-<role>` logged in through the form, as a person
    would, in a Dutch window of `size`; coordinators land on the directory, the others on the overview."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="nl-NL", **options)
    tab = context.new_page()
    watch = Watch(tab, base_url)
    tab.goto(f"{base_url}/login")
    tab.fill("input[name=username]", f"web-{role}")
    tab.fill("input[name=password]", f"{role} password 123")
    tab.click("#login-form button[type=submit]")
    tab.wait_for_url(f"{base_url}/organisations" if role == "coordinator" else f"{base_url}/")
    return context, tab, watch


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[tuple[object, Watch]]:
    """A fresh page in a 1400×900 window, an admin's, watched for outside requests and errors."""
    context, tab, watch = log_in(browser, base_url, "admin", (1400, 900))
    yield tab, watch
    context.close()
    watch.check()


def _wait_for(tab: object, expression: str, seconds: float = 60.0) -> None:
    """Wait until `expression` is true in the page (polled from outside: the pages' CSP forbids the
    eval that playwright's wait_for_function runs inside them)."""
    deadline = time.monotonic() + seconds
    while not tab.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
        time.sleep(0.1)


def _wait_network(tab: object) -> None:
    _wait_for(tab, "document.body.dataset.networkReady !== undefined")
    assert tab.evaluate("document.body.dataset.networkReady") == "1"


def test_network_renders_filters_and_opens_a_node(page: tuple, base_url: str) -> None:
    tab, _ = page
    tab.goto(f"{base_url}/network?as_of={DATE}")
    _wait_network(tab)
    assert tab.locator("#network canvas").count() == 1
    api = _get(f"{base_url}/api/network", params={"as_of": DATE}).json()
    assert tab.evaluate("window.netwerkkaart.nodes.length") == api["counts"]["nodes"]
    assert tab.locator("#node-count").inner_text() == str(api["counts"]["nodes"])
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / "network.png"))
    tab.select_option("#filter-kind", "taalcafe")
    tab.click("#filter-submit")
    _wait_network(tab)
    kind = _get(f"{base_url}/api/network", params={"as_of": DATE, "kind": "taalcafe"}).json()
    shown = tab.evaluate("window.netwerkkaart.nodes.length")
    assert shown == kind["counts"]["nodes"] < api["counts"]["nodes"]
    target = kind["nodes"][0]
    tab.evaluate(f"window.netwerkkaart.network.focus({target['id']!r}, {{scale: 3, animation: false}})")
    box = tab.locator("#network canvas").bounding_box()
    tab.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.wait_for_url(f"**/organisations/{target['id']}*", timeout=20_000)
    assert tab.locator("#org-name").inner_text() == target["label"]


def test_what_if_highlights_broken_links(page: tuple, base_url: str) -> None:
    tab, _ = page
    doc = _get(f"{base_url}/api/fragility", params={"as_of": DATE}, timeout=300).json()
    person = next(p for p in doc["people"] if p["links_broken"] > 0)
    tab.goto(f"{base_url}/fragility?as_of={DATE}&what_if={person['id']}")
    _wait_network(tab)
    broken = tab.evaluate("window.netwerkkaart.edges.get({filter: e => e.broken}).length")
    assert broken == person["links_broken"] == int(tab.locator("#what-if-broken").inner_text())
    colours = tab.evaluate("window.netwerkkaart.edges.get({filter: e => e.broken}).map(e => e.color)")
    assert set(colours) == {"#c2255c"}
    _wait_for(tab, "document.body.dataset.chartReady === '1'")
    assert tab.locator("#curves .scatterlayer .trace").count() == 4
    tab.screenshot(path=str(SHOTS / "fragility.png"), full_page=True)


def test_map_draws(page: tuple, base_url: str) -> None:
    tab, _ = page
    tab.goto(f"{base_url}/map?figure=organisations&layer=wijken&as_of={DATE}")
    paths = tab.locator("#map svg path")
    assert paths.count() >= 70
    fills = set(tab.eval_on_selector_all("#map svg path", "els => els.map(e => e.getAttribute('fill'))"))
    assert len(fills) > 2
    assert tab.locator("#map svg").bounding_box()["height"] > 200
    assert "CBS/Kadaster" in tab.content()
    tab.screenshot(path=str(SHOTS / "map.png"), full_page=True)


def test_markup_in_names_shows_as_text(page: tuple, base_url: str) -> None:
    tab, _ = page
    orgs = [o for o in _get(f"{base_url}/api/organisations", params={"q": "<script>"}).json()["items"]
            if o["name"] == EVIL_ORG]
    tab.goto(f"{base_url}/organisations/{orgs[0]['id']}?as_of={DATE}")
    assert tab.locator("#org-name").inner_text() == EVIL_ORG
    assert tab.locator("h1 script").count() == 0
    tab.screenshot(path=str(SHOTS / "organisation.png"), full_page=True)
    people = _get(f"{base_url}/api/people", params={"q": "onerror"}).json()["people"]
    tab.goto(f"{base_url}/people/{people[0]['id']}?as_of={DATE}")
    assert tab.locator("#person-name").inner_text() == EVIL_PERSON
    assert tab.locator("h1 img").count() == 0
    tab.goto(f"{base_url}/network?as_of={DATE}")
    _wait_network(tab)
    title = tab.evaluate(f"window.netwerkkaart.nodes.get({orgs[0]['id']!r}).title")
    assert isinstance(title, str) and title.startswith(EVIL_ORG)


def test_overview_and_english(page: tuple, base_url: str) -> None:
    tab, _ = page
    tab.goto(f"{base_url}/?as_of={DATE}")
    assert tab.locator("h1").inner_text() == "Overzicht"
    tab.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    tab.click("#lang-switch")
    assert tab.locator("h1").inner_text() == "Overview"
    tab.goto(f"{base_url}/areas/WK059901?as_of={DATE}")
    assert tab.locator("#area-name").inner_text() == "Centrum"
    assert tab.locator(".mapbox svg path").count() >= 14
    tab.screenshot(path=str(SHOTS / "area.png"), full_page=True)


def test_api_docs_render_the_operations_under_the_content_security_policy(page: tuple, base_url: str) -> None:
    tab, watch = page
    tab.goto(f"{base_url}/docs")
    # Swagger UI drew itself (its inline start-up script ran under the nonce) and read the OpenAPI 3.1
    # document: the operations are listed, not "Unable to render this definition".
    _wait_for(tab, "document.querySelector('#operations-overview-api_overview_api_overview_get') != null", 30)
    assert tab.locator(".opblock-summary-path[data-path='/api/overview']").count() == 1
    assert "Unable to render" not in tab.content()
    assert watch.errors == []


@pytest.mark.parametrize("size", [(1366, 900), (390, 844)], ids=["desktop", "phone"])
def test_error_pages_read_well(browser: object, base_url: str, size: tuple[int, int]) -> None:
    """The 404 and 403 pages in Dutch, as a viewer sees them (screenshots at a laptop's and phone's size)."""
    context, tab, watch = log_in(browser, base_url, "viewer", size)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pages = (("/nergens", 404, "Pagina niet gevonden"), ("/people/p1", 403, "Geen toegang"))
    for path, status, title in pages:
        response = tab.goto(f"{base_url}{path}")
        assert response.status == status
        assert tab.locator("#error-title").inner_text() == title
        assert tab.locator("#error-links a").count() == 5
        # Nothing wider than the window: the page reads without scrolling sideways on a phone.
        assert tab.evaluate("document.documentElement.scrollWidth") <= size[0]
        tab.screenshot(path=str(SHOTS / f"error-{status}-{size[0]}.png"), full_page=True)
    context.close()
    assert watch.outside == []
    # The only failures are the two pages' own statuses (and Chromium's console line for each).
    own = {f"{status} {base_url}{path}" for path, status, _ in pages}
    others = [e for e in watch.errors if e not in own]
    assert len(others) == 2 and all(e.startswith("Failed to load resource") for e in others), others




def test_a_coordinator_finds_an_organisation_by_typing_part_of_its_name_in_the_header_search(
        browser: object, base_url: str, demo_data: object) -> None:
    orgs = demo_data.organisations
    # A piece from the middle of a plain name that few other names share, so it is among the suggestions.
    org, part = next((o, o.name[3:11]) for o in orgs[1:] if "<" not in o.name and "=" not in o.name
                     and sum(o.name[3:11].casefold() in x.name.casefold() for x in orgs) <= 4)
    context, tab, watch = log_in(browser, base_url, "coordinator")
    box = tab.locator("#site-search-q")
    box.press_sequentially(part, delay=40)
    options = tab.locator("#site-search-list [role=option]")
    # The list answers each keystroke: wait for the answer to the whole piece, not an earlier prefix.
    options.filter(has_text=org.name).first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    texts = options.all_inner_texts()
    target = next(i for i, t in enumerate(texts) if t.startswith(org.name))
    for _ in range(target + 1):
        box.press("ArrowDown")  # by keyboard: the chosen option is the input's active descendant
    assert box.get_attribute("aria-activedescendant") == options.nth(target).get_attribute("id")
    box.press("Enter")
    tab.wait_for_url(f"{base_url}/organisations/{org.id}")
    assert tab.locator("#org-name").inner_text() == org.name
    context.close()
    watch.check()


@pytest.mark.parametrize("size", [(1366, 900), (390, 844)], ids=["desktop", "phone"])
def test_the_directory_searches_as_you_type(browser: object, base_url: str, size: tuple[int, int]) -> None:
    context, tab, watch = log_in(browser, base_url, "coordinator", size)
    everything = tab.locator("#dir-total").inner_text()
    tab.locator("#dir-q").press_sequentially("taal", delay=40)
    _wait_for(tab, f"document.getElementById('dir-total').textContent !== {everything!r}", 20)
    names = tab.locator("#dir-results .dir-entry").count()
    assert names > 0 and "q=taal" in tab.url
    tab.select_option("#dir-need", "maatje")
    _wait_for(tab, "location.search.includes('need=maatje')", 20)
    assert tab.locator("#dir-csv").get_attribute("href") == "/api/organisations.csv" + tab.evaluate(
        "location.search")
    tab.goto(f"{base_url}/organisations?language=Arabisch")  # a filter in use, the map shows where
    name = "directory.png" if size[0] > 1000 else "directory-phone.png"
    tab.screenshot(path=str(SHOTS / name), full_page=size[0] < 1000)
    context.close()
    watch.check()
def test_open_an_organisations_focus_view_in_the_network(page: tuple, base_url: str) -> None:
    """From an organisation's page, "bekijk in het netwerk" shows it named among its neighbours."""
    tab, _ = page
    links = _get(f"{base_url}/api/fragility", params={"as_of": DATE}, timeout=300).json()["links"]
    ends = [end for k in links for end in (k["a"], k["b"])]
    hub = max(sorted(set(ends)), key=ends.count)
    neighbours = {k["b"] if k["a"] == hub else k["a"] for k in links if hub in (k["a"], k["b"])}
    tab.goto(f"{base_url}/organisations/{hub}?as_of={DATE}")
    name = tab.locator("#org-name").inner_text()
    tab.get_by_role("link", name="Bekijk in het netwerk").click()
    tab.wait_for_url(f"**/network?focus={hub}*")
    _wait_network(tab)
    assert tab.locator("#focus-name").inner_text() == name
    assert set(tab.evaluate("window.netwerkkaart.nodes.getIds()")) == neighbours | {hub}
    # The organisation and its direct neighbours carry their names on the drawing.
    labels = tab.evaluate("Object.fromEntries(window.netwerkkaart.nodes.get().map(n => [n.id, n.label]))")
    assert labels[hub] == name and all(labels[n] for n in neighbours)
    # Refitted: the focus sits inside the visible canvas.
    spot = tab.evaluate(f"window.netwerkkaart.network.canvasToDOM("
                        f"window.netwerkkaart.network.getPositions([{hub!r}])[{hub!r}])")
    box = tab.locator("#network canvas").bounding_box()
    assert 0 < spot["x"] < box["width"] and 0 < spot["y"] < box["height"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / "network-focus.png"))
    tab.select_option("#focus-steps", "2")
    tab.click("#filter-submit")
    tab.wait_for_url("**steps=2*")
    _wait_network(tab)
    assert tab.evaluate("window.netwerkkaart.nodes.length") > len(neighbours) + 1
