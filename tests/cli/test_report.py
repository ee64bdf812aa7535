"""`netwerkkaart report` and `connecting` on the demo: summary first, no person in the shareable version,
Dutch numbers, charts that fit, an A4 PDF whose first page is the summary, offline in Chromium."""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from analysis.i18n import text
from analysis.pseudonyms import pseudonym
from graph.driver import Graph
from graph.model import ROLES, Dataset
from netwerkkaart.cli.app import main
from netwerkkaart.report import figures
from netwerkkaart.report.build import build_connecting, build_report, report_data
from netwerkkaart.report.charts import nl
from netwerkkaart.report.render import render_report
from netwerkkaart.report.sections import language_name
from tests.demo import EVIL_PROJECT as EVIL

AS_OF = dt.date(2025, 6, 1)
KEY = b"test-key"
PSEUDONYM = re.compile(r"\bpersoon [0-9a-f]{6}\b")  # analysis.pseudonyms' form
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def demo(demo_graph: Graph, demo_data: Dataset) -> Dataset:
    """The shared demo (seed 1, tests/demo.py): a buddy project's name carries markup."""
    return demo_data


@pytest.fixture(scope="module")
def report_html(demo: Dataset, demo_graph: Graph) -> str:
    """The report on the demo as of AS_OF (few simulation runs: the test checks content, not precision)."""
    return build_report(demo_graph, AS_OF, secret=KEY, runs=5)


@pytest.fixture(scope="module")
def report(demo: Dataset, demo_graph: Graph) -> dict[str, Any]:
    """The shareable report's data with the same key."""
    return report_data(demo_graph, AS_OF, secret=KEY, runs=5)


def test_shareable_report_shows_no_person_not_even_as_pseudonym(demo: Dataset, report_html: str) -> None:
    assert len(demo.people) == 2500
    for person in demo.people:
        for value in (person.name, person.email, person.phone, pseudonym(person.id, KEY)):
            assert value and value not in report_html, value
    assert not re.search(r"\bp-\d{6}\b", report_html)  # not even the person ids
    assert not PSEUDONYM.search(report_html)  # nor any other pseudonym


def test_internal_report_lists_people_as_pseudonyms_only(demo: Dataset, demo_graph: Graph) -> None:
    html = build_report(demo_graph, AS_OF, secret=KEY, runs=5, internal=True)
    shown = [p for p in demo.people if pseudonym(p.id, KEY) in html]
    assert len(shown) >= 10 and "Interne versie" in html
    for person in demo.people:
        assert person.name not in html and person.email not in html and person.phone not in html


def test_summary_comes_first_with_changes_and_numbered_recommendations(report: dict[str, Any],
                                                                        report_html: str) -> None:
    assert report["year_ago"] == figures.months_before(AS_OF, 12).isoformat()
    summary = report_html[:report_html.index('id="vraag"')]
    assert "Samenvatting" in summary and "Aanbevelingen" in summary and "Een jaar eerder" in summary
    for row in report["summary"]:
        shown = nl(100 * row["now"], 1) if row["share"] else nl(row["now"])
        assert shown in summary, row
        assert row["change"] == (None if row["before"] is None else row["now"] - row["before"])
    assert any(row["change"] for row in report["summary"])  # a year changes something on the demo
    assert 3 <= len(report["recommendations"]) <= 5
    for advice in report["recommendations"]:
        assert re.search(r"\d", advice) and str(escape(advice)) in summary


def test_one_section_per_commission_question_in_order(report_html: str) -> None:
    anchors = ["kern", "advies", "vraag", "matching", "anderstaligen", "verbinden", "duurzaam", "lessen",
               "maatjes", "methode"]
    positions = [report_html.index(f'id="{a}"') for a in anchors]
    assert positions == sorted(positions)
    assert report_html.count('<section class="question"') == 8  # seven questions and the method


def test_numbers_roles_and_languages_read_dutch(report: dict[str, Any], report_html: str) -> None:
    big = [row["now"] for row in report["summary"] if not row["share"] and row["now"] >= 1000]
    assert big and all(nl(v) in report_html and "." in nl(v) for v in big)  # 1.799, not 1,799 or 1799
    rates = dict(report["lasting"]["rates"])
    assert rates and set(rates) <= {text(f"report_role_{r}", "nl") for r in ROLES}
    for role in ROLES:
        assert f"vertrekkans {role}<" not in report_html
    asked = [r["language"] for r in report["matching"]["languages"]]
    named = [code for code in asked if language_name(code) != code]
    assert named and all(f"<td>{code}</td>" not in report_html for code in named)
    assert all(f"<td>{language_name(code)}</td>" in report_html for code in named)


def test_report_credit_and_escaping(report: dict[str, Any], report_html: str) -> None:
    assert "Bron: CBS/Kadaster" in report_html and "<svg" in report_html
    assert "<script" not in report_html and "http://" not in report_html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    # The demo's hostile buddy project need not be among the longest waiting lists: put it there.
    data = copy.deepcopy(report)
    data["buddies"]["longest"][0]["name"] = EVIL
    data["connecting"]["org_pairs"][:1] = [(EVIL, EVIL)]
    hostile = render_report(data)
    assert EVIL not in hostile and hostile.count("&lt;script&gt;alert") >= 3


def test_connecting_names_or_pseudonyms(demo: Dataset, demo_graph: Graph) -> None:
    names = {p.name for p in demo.people}
    with_names = build_connecting(demo_graph, AS_OF, runs=5)
    pseudonymised = build_connecting(demo_graph, AS_OF, runs=5, secret=b"k")
    assert any(name in with_names for name in names)  # the coordinators' list shows who should meet
    assert not any(name in pseudonymised for name in names) and "persoon " in pseudonymised


@pytest.mark.parametrize("internal", [False, True])
def test_report_cli_writes_a_file(demo: Dataset, cli_on_demo: Graph, tmp_path: Path, internal: bool,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "rapport.html"
    with pytest.raises(SystemExit) as stop:
        main(["report", "--as-of", AS_OF.isoformat(), "--runs", "3", *(["--internal"] if internal else []),
              str(target)])
        raise SystemExit(0)
    assert stop.value.code in (0, None), capsys.readouterr().err
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and bool(PSEUDONYM.search(html)) is internal


def _browser(sync_api: Any) -> Any:
    return sync_api.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])


# Per chart: text boxes that leave the drawing, and pairs of text boxes that overlap (1 px slack).
_CHART_PROBLEMS = """() => [...document.querySelectorAll('svg.chart')].map(svg => {
  const vb = svg.viewBox.baseVal;
  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBBox()]);
  const out = boxes.filter(([, b]) => b.x < 0 || b.y < 0 || b.x + b.width > vb.width
                                      || b.y + b.height > vb.height).map(([s]) => 'clipped: ' + s);
  const apart = (a, b) => a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1
                          || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
  boxes.forEach(([s, a], i) => boxes.slice(i + 1).forEach(([t, b]) => {
    if (!apart(a, b)) out.push('overlap: ' + s + ' / ' + t);
  }));
  return [svg.getAttribute('aria-label'), out];
})"""


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
@pytest.mark.parametrize("width", [1366, 390])
def test_chart_labels_are_whole_and_apart_in_chromium(report_html: str, tmp_path: Path, width: int) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    target = tmp_path / "rapport.html"
    target.write_text(report_html, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(target.as_uri(), wait_until="load")
        charts = page.evaluate(_CHART_PROBLEMS)
        figures_shown = page.locator("figure.chart").count()
        legends_outside = page.locator("figure.chart > ul.legend").count()
        browser.close()
    assert len(charts) >= 4 and legends_outside == figures_shown == len(charts)
    assert [(title, problems) for title, problems in charts if problems] == []


@pytest.mark.skipif(not (os.path.exists(CHROMIUM) and shutil.which("pdftotext")),
                    reason="chromium or poppler-utils is not installed")
def test_report_prints_to_a4_with_the_summary_on_page_one(report: dict[str, Any], report_html: str,
                                                          tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    target = tmp_path / "rapport.html"
    target.write_text(report_html, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page()
        page.goto(target.as_uri(), wait_until="load")
        (tmp_path / "rapport.pdf").write_bytes(page.pdf(format="A4", prefer_css_page_size=True))
        browser.close()
    info = subprocess.run(["pdfinfo", str(tmp_path / "rapport.pdf")], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages > 1 and "(A4)" in info
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "rapport.pdf"), "-"],
                           capture_output=True, text=True).stdout
    flat = " ".join(first.split())
    assert "Samenvatting" in flat and "Aanbevelingen" in flat and "1. Vraag en aanbod per gebied" not in flat
    for advice in report["recommendations"]:
        assert " ".join(advice.split())[:40] in flat, advice  # every recommendation starts on page 1


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_report_opens_offline_in_chromium(report_html: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    target = tmp_path / "rapport.html"
    target.write_text(report_html, encoding="utf-8")
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page()
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else outside.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(target.as_uri(), wait_until="load")
        svgs = page.locator("svg").count()
        title = page.title()
        browser.close()
    assert outside == [] and errors == []
    assert svgs >= 5 and title.startswith("Veerkracht")
