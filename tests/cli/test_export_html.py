"""`netwerkkaart export --format html`: one offline network page, drawn by a browser kept offline."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from analysis.pseudonyms import pseudonym
from graph.admin import wipe
from graph.demo_load import load_demo
from graph.driver import Graph
from graph.model import Dataset
from graph.schema import ensure_schema
from ingest.synthetic.generator import generate
from netwerkkaart.cli.app import main
from netwerkkaart.figures.network_page import VIS_DIR
from tests.cli.run_cli import run_main

AS_OF = "2025-06-01"
SECRET = "a key for the tests"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_ROOT = Path(__file__).resolve().parents[2]
# A test run must not change tracked files; refreshing the committed picture is a deliberate act.
SHOTS = (_ROOT / "docs" / "screenshots" if os.environ.get("NETWERKKAART_UPDATE_SCREENSHOTS")
         else _ROOT / "tests" / "artifacts" / "screenshots")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
VENDOR = [(VIS_DIR / name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.css")]


@pytest.fixture(scope="module")
def demo(session_graph: Graph) -> Dataset:
    """The demo dataset, loaded into an otherwise empty database for this module."""
    wipe(session_graph)
    ensure_schema(session_graph)
    data = generate("demo", 1)
    load_demo(session_graph, data, seed=1, force=True)
    return data


def export_html(out: Path, *args: str) -> int:
    """Run `netwerkkaart export --format html` in this process and return its exit code."""
    try:
        main(["export", "--format", "html", "--as-of", AS_OF, *args, str(out)])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


@pytest.fixture(scope="module")
def pages(demo: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The page exported by name (Dutch), by name in English, and pseudonymised."""
    out = tmp_path_factory.mktemp("html")
    variants = {"named": (), "english": ("--lang", "en"), "pseudonymised": ("--pseudonymise",)}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NETWERKKAART_PSEUDONYM_SECRET", SECRET)
        for name, args in variants.items():
            assert export_html(out / f"{name}.html", *args) == 0
    return {name: out / f"{name}.html" for name in variants}


def data_part(path: Path) -> str:
    """Return the page without the inlined vis-network files (whose minified code is not our data)."""
    page = path.read_text(encoding="utf-8")
    for vendor in VENDOR:
        assert page.count(vendor) == 1, "vis-network is not inlined exactly once"
        page = page.replace(vendor, "")
    return page


def spellings(value: str) -> set[str]:
    """Return `value` as it can stand in the page: raw, HTML-escaped, in JSON (ASCII or not), in <script>."""
    in_json = json.dumps(value)[1:-1]
    in_script = in_json.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    in_script = in_script.replace("'", "\\u0027")
    return {value, html.escape(value), in_json, json.dumps(value, ensure_ascii=False)[1:-1], in_script}


def test_the_page_is_one_file_with_vis_network_inline_and_nothing_online(pages: dict[str, Path]) -> None:
    for path in pages.values():
        page = path.read_text(encoding="utf-8")
        assert all(vendor in page for vendor in VENDOR)
        outside = re.findall(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""",
                             page, flags=re.IGNORECASE)
        assert outside == []
        assert not re.search(r"<script\b[^>]*\bsrc=", page), "every script is inline"
        assert not re.search(r"<link\b[^>]*\bstylesheet", page), "every style is inline"


def test_the_page_speaks_dutch_by_default_and_english_on_request(pages: dict[str, Path]) -> None:
    dutch, english = (data_part(pages[n]) for n in ("named", "english"))
    assert '<html lang="nl">' in dutch
    assert "<title>Netwerkkaart: organisaties en hun verbindingen</title>" in dutch
    assert "Vrijwilligerscentrale" in dutch and "Hangt aan één persoon" in dutch
    assert '<html lang="en">' in english and "Network map: organisations and their links" in english
    assert "Volunteer centre" in english and "Hangs on one person" in english


def test_every_organisation_is_a_node_coloured_by_kind(pages: dict[str, Path], demo: Dataset) -> None:
    page = data_part(pages["named"])
    nodes = json.loads(re.search(r"new vis\.DataSet\((\[.*?\])\);", page).group(1))
    assert sorted(n["id"] for n in nodes) == sorted(o.id for o in demo.organisations)
    assert not any(re.search(r"\bBU\d{8}\b", n["title"]) for n in nodes), "areas by name, not code"
    kinds = {o.id: o.kind for o in demo.organisations}
    colours: dict[str, set[str]] = {}
    for node in nodes:
        colours.setdefault(kinds[node["id"]], set()).add(node["color"])
    assert all(len(c) == 1 for c in colours.values()) and len(set.union(*colours.values())) == len(colours)


def test_coordinators_see_carriers_by_name_viewers_only_pseudonyms(pages: dict[str, Path],
                                                                   demo: Dataset) -> None:
    named, pseudonymised = data_part(pages["named"]), data_part(pages["pseudonymised"])
    lines = [line for title in links_of(named) for line in title.split("\n")[2:]]
    shown = {name for line in lines for name in line.split(" & ")}
    once = Counter(p.name for p in demo.people)
    carriers = sorted(p.id for p in demo.people if p.name in shown and once[p.name] == 1)
    assert carriers, "the named page shows the people who carry links"
    leaks = [(p.id, value) for p in demo.people for field in (p.id, p.name, p.email, p.phone) if field
             for value in spellings(field) if value in pseudonymised]
    assert leaks == []
    assert pseudonym(carriers[0], SECRET) in pseudonymised  # carriers are there, as keyed pseudonyms
    assert "alleen als pseudoniem" in pseudonymised and "alleen als pseudoniem" not in named


def local(url: str) -> bool:
    """Return True for a URL that stays on this machine (the file itself, inline data)."""
    return url.startswith(("file:", "data:", "blob:"))


def links_of(page: str) -> list[str]:
    """Return the tooltips of the page's links."""
    edges = re.findall(r"new vis\.DataSet\((\[.*?\])\);", page)[1]
    return [edge["title"] for edge in json.loads(edges)]


def test_links_that_hang_on_one_person_are_dashed_and_thinner(pages: dict[str, Path]) -> None:
    page = data_part(pages["named"])
    edges = json.loads(re.findall(r"new vis\.DataSet\((\[.*?\])\);", page)[1])
    one = [e for e in edges if e["one_person"]]
    several = [e for e in edges if not e["one_person"]]
    assert one and several
    assert all(e["dashes"] for e in one) and not any(e["dashes"] for e in several)
    assert max(e["width"] for e in one) < min(e["width"] for e in several)


def test_options_meant_for_the_html_page_are_refused_for_other_formats(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(["export", "--format", "csv", "--pseudonymise", str(tmp_path)], capsys)
    assert code == 2 and "--pseudonymise en --as-of gelden alleen voor --format html" in err
    code, _, err = run_main(["export", "--format", "html", "--lang", "de", str(tmp_path / "x.html")], capsys)
    assert code == 2 and "--lang" in err


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_the_page_draws_the_network_in_a_browser_that_is_kept_offline(pages: dict[str, Path],
                                                                        demo: Dataset) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-NL")
        # Every request is recorded; any that would leave the machine is refused.
        context.route("**/*", lambda route: route.continue_() if local(route.request.url) else route.abort())
        tab = context.new_page()
        tab.on("request", lambda r: requests.append(r.url))
        tab.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(pages["named"].as_uri())
        tab.wait_for_function("document.body.dataset.networkReady === '1'", timeout=120_000)
        drawn = tab.evaluate("""() => {
            const net = window.netwerkkaart.network;
            const canvas = document.querySelector('#network canvas');
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let inked = 0;
            for (let i = 0; i < pixels.length; i += 4) { if (pixels[i + 3] > 0) inked++; }
            return {nodes: net.body.data.nodes.length, edges: net.body.data.edges.length,
                    placed: Object.keys(net.getPositions()).length, inked: inked,
                    dashed: net.body.data.edges.get({filter: e => e.dashes === true}).length};
        }""")
        SHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(SHOTS / "export-html.png"))
        browser.close()
    assert requests and [u for u in requests if not local(u)] == []
    assert errors == []
    assert drawn["nodes"] == drawn["placed"] == len(demo.organisations)
    assert drawn["edges"] > 0 and 0 < drawn["dashed"] < drawn["edges"]
    assert drawn["inked"] > 10_000  # the canvas holds a drawing, not an empty frame
