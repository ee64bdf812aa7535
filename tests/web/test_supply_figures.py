"""One definition of supply: every surface shows the same demand, supply, ratio and shortfall.

The demo's figures per (area, need, period) are read through the supply/demand API, the area pages'
JSON, the CSV download (as Dutch Excel reads it), the report's data and `netwerkkaart supply-demand
--json`; any difference fails.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from analysis.i18n import column_headers, text
from analysis.supply_demand import CSV_COLUMNS
from graph.driver import Graph
from netwerkkaart.report.build import report_data
from tests.cli.run_cli import run_main
from tests.web.conftest import AS_OF

DATE = AS_OF.isoformat()
FIGURES = ("demand", "supply", "ratio", "shortfall")
Key = tuple[str, str, str]  # (period, area, need)


def _figures(rows: list[dict[str, Any]]) -> dict[Key, tuple[Any, ...]]:
    """Return {(period, area, need): (demand, supply, ratio, shortfall)}, a missing ratio as None."""
    def value(v: Any) -> Any:
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else v
    return {(r["period"], r["area"], r["need"]): tuple(value(r[f]) for f in FIGURES) for r in rows}


def _period_end(name: str) -> dt.date:
    """Return the last day of a quarter such as `2025-Q2`."""
    year, quarter = int(name[:4]), int(name[-1])
    first_of_next = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def api_rows(client: TestClient) -> list[dict[str, Any]]:
    """The supply/demand API's rows on the test date: the reference every other surface must match."""
    doc = client.get("/api/supply-demand", params={"as_of": DATE}).json()
    assert len(doc["periods"]) > 1 and doc["rows"]
    return doc["rows"]


def test_area_pages_show_the_monitors_figures_for_every_area_need_and_period(
        client: TestClient, api_rows: list[dict[str, Any]]) -> None:
    # The area page shows one period, the latest up to its as-of date: ask it at each period's end.
    expected = _figures(api_rows)
    codes = sorted({r["area"] for r in api_rows})
    seen: dict[Key, tuple[Any, ...]] = {}
    for period in sorted({r["period"] for r in api_rows}):
        as_of = _period_end(period).isoformat()
        for code in codes:
            doc = client.get(f"/api/areas/{code}", params={"as_of": as_of}).json()
            for r in doc["demand_supply"]:
                assert r["periods"] == [period], (code, as_of)
                seen[(period, code, r["need"])] = tuple(r[f] for f in FIGURES)
    assert seen == expected


def test_the_csv_download_read_as_dutch_excel_has_the_apis_figures(
        client: TestClient, api_rows: list[dict[str, Any]]) -> None:
    body = client.get("/api/supply-demand.csv", params={"as_of": DATE}).content
    table = pd.read_csv(io.BytesIO(body), sep=";", decimal=",", encoding="utf-8-sig",
                        dtype={"gebiedscode": str})
    assert list(table.columns) == column_headers(CSV_COLUMNS, "nl")
    table.columns = list(CSV_COLUMNS)
    assert _figures(table.to_dict("records")) == _figures(api_rows)


def test_the_report_data_has_the_apis_figures(demo_graph: Graph, api_rows: list[dict[str, Any]]) -> None:
    data = report_data(demo_graph, AS_OF, secret=b"test", runs=1)
    assert _figures(data["supply"]["rows"]) == _figures(api_rows)
    assert data["supply_definition"] == text("supply_definition", "nl")


def test_the_cli_json_has_the_apis_figures(cli_on_demo: Graph, api_rows: list[dict[str, Any]],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["supply-demand", "--as-of", DATE, "--json"], capsys)
    assert code == 0
    assert _figures(json.loads(out)["rows"]) == _figures(api_rows)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pages_state_the_definition_where_the_figure_appears(client: TestClient, api_rows: list[dict],
                                                                  lang: str) -> None:
    area = next(r["area"] for r in api_rows if r["level"] == "wijk")
    sentence = text("supply_definition", lang)
    assert sentence != text("supply_definition", "en" if lang == "nl" else "nl")
    for url in (f"/areas/{area}", "/supply-demand"):
        page = client.get(url, params={"as_of": DATE, "lang": lang})
        assert page.status_code == 200 and sentence.replace("'", "&#39;") in page.text, url
    client.cookies.delete("lang")  # the session's client is shared: leave it Dutch for the next tests


def test_the_area_page_names_the_serving_capacity_apart_from_supply(client: TestClient,
                                                                    api_rows: list[dict]) -> None:
    gebied = next(r["area"] for r in api_rows if r["level"] == "gebied")
    doc = client.get(f"/api/areas/{gebied}", params={"as_of": DATE}).json()
    supply = sum(r["supply"] for r in doc["demand_supply"])
    assert doc["serving_capacity"] >= supply, "every organisation serving here counts in full"
    page = client.get(f"/areas/{gebied}", params={"as_of": DATE}).text
    assert text("serving_capacity", "nl") in page
