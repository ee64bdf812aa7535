"""`netwerkkaart report` and `connecting` on the demo: no personal data, escaped, offline in Chromium."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from graph.driver import Graph
from graph.model import Dataset
from netwerkkaart.cli.app import main
from netwerkkaart.report.build import build_connecting, build_report
from tests.demo import EVIL_PROJECT as EVIL

AS_OF = dt.date(2025, 6, 1)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def demo(demo_graph: Graph, demo_data: Dataset) -> Dataset:
    """The shared demo (seed 1, tests/demo.py): a buddy project's name carries markup."""
    return demo_data


@pytest.fixture(scope="module")
def report_html(demo: Dataset, demo_graph: Graph) -> str:
    """The report on the demo as of AS_OF (few simulation runs: the test checks content, not precision)."""
    return build_report(demo_graph, AS_OF, secret=b"test-key", runs=5)


def test_report_holds_no_personal_data(demo: Dataset, report_html: str) -> None:
    assert len(demo.people) == 2500
    for person in demo.people:
        for value in (person.name, person.email, person.phone):
            assert value and value not in report_html, value
    assert not re.search(r"\bp-\d{6}\b", report_html)  # not even the person ids
    assert "persoon " in report_html  # key people are there, as pseudonyms


def test_report_sections_credit_and_escaping(report_html: str) -> None:
    for anchor in ("kern", "trend", "gebieden", "robuustheid", "verloop", "vraag", "maatjes", "verbinden",
                   "advies", "methode"):
        assert f'id="{anchor}"' in report_html
    assert "Bron: CBS/Kadaster" in report_html and "<svg" in report_html
    assert EVIL not in report_html and "&lt;script&gt;alert" in report_html
    assert "<script" not in report_html and "http://" not in report_html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_connecting_names_or_pseudonyms(demo: Dataset, demo_graph: Graph) -> None:
    names = {p.name for p in demo.people}
    with_names = build_connecting(demo_graph, AS_OF, runs=5)
    pseudonymised = build_connecting(demo_graph, AS_OF, runs=5, secret=b"k")
    assert any(name in with_names for name in names)  # the coordinators' list shows who should meet
    assert not any(name in pseudonymised for name in names) and "persoon " in pseudonymised


def test_report_cli_writes_a_file(demo: Dataset, cli_on_demo: Graph, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "rapport.html"
    with pytest.raises(SystemExit) as stop:
        main(["report", "--as-of", AS_OF.isoformat(), "--runs", "3", str(target)])
        raise SystemExit(0)
    assert stop.value.code in (0, None), capsys.readouterr().err
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_report_opens_offline_in_chromium(report_html: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    target = tmp_path / "rapport.html"
    target.write_text(report_html, encoding="utf-8")
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else outside.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(target.as_uri(), wait_until="load")
        svgs = page.locator("svg").count()
        title = page.title()
        pdf = page.pdf(format="A4")  # prints: the print stylesheet lays it out on A4 pages
        browser.close()
    assert outside == [] and errors == []
    assert svgs >= 5 and title.startswith("Veerkracht") and pdf[:4] == b"%PDF"
