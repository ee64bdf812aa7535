"""Browser tests, as a coordinator on the demo: from the overview figure narrow the fragile links to one
gebied and download them; ask 'wat als' by typing a name. Uses test_browser's live server and Chromium.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.model import Dataset
from tests.web.test_browser import DATE, SHOTS, Watch, _get, _wait_for, base_url, browser, log_in  # noqa: F401


@pytest.fixture
def coordinator(browser: object, base_url: str) -> Iterator[tuple[object, Watch]]:  # noqa: F811
    """A fresh page in a 1366×900 window, logged in through the form as the coordinator."""
    context, tab, watch = log_in(browser, base_url, "coordinator", accept_downloads=True)
    yield tab, watch
    context.close()
    watch.check()


def test_from_the_overview_narrow_fragile_links_to_a_gebied_and_download(
        coordinator: tuple, base_url: str, tmp_path: Path) -> None:  # noqa: F811
    tab, _ = coordinator
    tab.goto(f"{base_url}/?as_of={DATE}")
    tab.click("#card-bf1")
    tab.wait_for_url("**/fragility?**")
    everything = int(tab.locator("#fragile-summary strong").inner_text().split()[0].replace(".", ""))
    tab.select_option("#filter-gebied", label="Charlois")
    tab.click("#fragile-submit")
    tab.wait_for_url("**gebied=Charlois**")
    expected = _get(f"{base_url}/api/fragility", params={"as_of": DATE, "gebied": "Charlois"},
                    timeout=300).json()["fragile"]
    shown = int(tab.locator("#fragile-summary strong").inner_text().split()[0].replace(".", ""))
    assert shown == expected["total"] < everything
    assert tab.locator("#fragile-links tbody tr").count() == len(expected["items"])
    assert tab.locator("#filter-gebied").input_value() == "Charlois"
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / "fragility-filtered.png"))
    with tab.expect_download() as caught:
        tab.click("#download-csv")
    saved = tmp_path / "kwetsbaar.csv"
    caught.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("organisatie;") and len(lines) == expected["total"] + 1


def test_what_if_by_typing_a_name(coordinator: tuple, base_url: str, demo_data: Dataset) -> None:  # noqa: F811
    tab, _ = coordinator
    doc = _get(f"{base_url}/api/fragility", params={"as_of": DATE}, timeout=300).json()
    counts = Counter(p.name for p in demo_data.people)
    names = {p.id: p.name for p in demo_data.people}
    person = next(r for r in doc["people"] if r["links_broken"] > 0 and counts[names[r["id"]]] == 1)
    name = names[person["id"]]
    tab.goto(f"{base_url}/fragility?as_of={DATE}")
    tab.locator("#what-if-input").press_sequentially(name[:5].lower(), delay=60)
    _wait_for(tab, "document.querySelectorAll('#what-if-names option').length > 0", seconds=30)
    offered = tab.evaluate("[...document.querySelectorAll('#what-if-names option')].map(o => o.value)")
    assert all(name[:5].lower() in value.lower() for value in offered)
    tab.fill("#what-if-input", name.lower())
    tab.click("#fragility-submit")
    tab.wait_for_selector("#what-if-broken", timeout=120_000)
    assert int(tab.locator("#what-if-broken").inner_text()) == person["links_broken"]
    assert name in tab.locator("#what-if").inner_text()
