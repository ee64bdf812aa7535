"""Trends per area, the supply map's scale and why matching fails, on the demo (API, CSV, pages).

Every trend figure must be the one supply function's (`commission.supply_demand`) for that period,
and each change the difference with the same quarter a year earlier; the CSVs must read in Dutch
Excel; bad parameters get a Dutch message and change nothing.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from analysis.i18n import column_headers, format_number
from analysis.supply_trends import TREND_COLUMNS
from graph.admin import last_commit
from graph.driver import Graph
from graph.model import SUPPORT_TYPES, Dataset
from netwerkkaart.documents import commission, supply_trends
from netwerkkaart.documents.matching_failures import MATCHING_COLUMNS
from netwerkkaart.figures import palette
from tests.web.conftest import AS_OF

DATE = AS_OF.isoformat()


@pytest.fixture(scope="module")
def monitor(demo_graph: Graph) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The one supply function's rows over the whole history up to the test date, by (period, area, need)."""
    doc = commission.supply_demand(demo_graph, AS_OF, periods=60)
    assert len(doc["periods"]) > 8, "the demo's history is longer than the monitor's default 8 periods"
    return {(r["period"], r["area"], r["need"]): r for r in doc["rows"]}


def _year_before(period: str) -> str:
    return f"{int(period[:4]) - 1}{period[4:]}"


@pytest.mark.parametrize("need", ["taal", "werk"])
def test_every_gebieds_trend_is_the_supply_function_period_by_period(
        client: TestClient, monitor: dict[tuple[str, str, str], dict[str, Any]], need: str) -> None:
    gebieden = sorted({a for (_, a, _), r in monitor.items() if r["level"] == "gebied"})
    assert len(gebieden) == 14
    for code in gebieden:
        params = {"area": code, "need": need, "as_of": DATE}
        doc = client.get("/api/supply-demand/trend", params=params).json()
        assert doc["area"] == code and len(doc["points"]) == len(doc["periods"])
        for p in doc["points"]:
            row = monitor[(p["period"], code, need)]
            assert (p["demand"], p["supply"], p["ratio"], p["shortfall"]) == \
                (row["demand"], row["supply"], row["ratio"], row["shortfall"]), (code, p["period"])
            before = monitor.get((_year_before(p["period"]), code, need))
            if before is None:
                assert p["demand_change"] is None
            else:
                assert p["demand_change"] == pytest.approx(row["demand"] - before["demand"])
                assert p["supply_change"] == pytest.approx(row["supply"] - before["supply"], abs=0.051)
                assert p["shortfall_year_earlier"] == before["shortfall"]


def test_a_wijk_by_name_and_the_small_multiples_share_one_scale(
        client: TestClient, monitor: dict[tuple[str, str, str], dict[str, Any]]) -> None:
    params = {"area": "tarwewijk", "need": "maatje", "as_of": DATE}
    doc = client.get("/api/supply-demand/trend", params=params)
    assert doc.json()["level"] == "wijk" and doc.json()["area_name"] == "Tarwewijk"
    multiples = client.get("/api/supply-demand/gebieden", params={"need": "maatje", "as_of": DATE}).json()
    assert len(multiples["gebieden"]) == 14
    highest = max(max(p["demand"], p["supply"]) for g in multiples["gebieden"] for p in g["points"])
    assert highest <= multiples["y_max"] < 2.5 * highest
    for g in multiples["gebieden"]:
        assert [p["demand"] for p in g["points"]] == \
            [monitor[(period, g["area"], "maatje")]["demand"] for period in multiples["periods"]]


def test_the_trend_csv_reads_in_dutch_excel_with_the_apis_numbers(client: TestClient) -> None:
    params = {"area": "Charlois", "need": "taal", "as_of": DATE}
    api = client.get("/api/supply-demand/trend", params=params).json()["points"]
    response = client.get("/api/supply-demand/trend.csv", params=params)
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(response.content), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(table.columns) == column_headers(TREND_COLUMNS, "nl")
    table.columns = list(TREND_COLUMNS)
    assert table["period"].tolist() == [p["period"] for p in api]
    for figure in ("demand", "supply", "shortfall", "supply_change"):
        got = [None if pd.isna(v) else float(v) for v in table[figure]]
        assert got == [None if p[figure] is None else pytest.approx(p[figure]) for p in api], figure


BAD_TREND = [({"area": "Charlos", "need": "taal"}, 400, "Bedoelde u: Charlois"),
             ({"area": "Atlantis", "need": "taal"}, 400, "kennen we niet"),
             ({"area": "Charlois", "need": "klingon"}, 422, "kies uit 'taal'"),
             ({"need": "taal"}, 422, "ontbreekt")]


def test_bad_trend_parameters_get_a_dutch_message_and_change_nothing(client: TestClient, demo_graph: Graph
                                                                      ) -> None:
    before = last_commit(demo_graph)
    for params, status, message in BAD_TREND:
        for path in ("/api/supply-demand/trend", "/api/supply-demand/trend.csv"):
            response = client.get(path, params={**params, "as_of": DATE})
            assert response.status_code == status and message in response.json()["detail"], (path, params)
            assert "Atlantis" not in response.text  # what was typed is not written back
    page = client.get("/supply-demand/trend", params={"area": "Atlantis"}, headers={"Accept": "text/html"})
    assert page.status_code == 400 and "kennen we niet" in page.text
    english = client.get("/api/supply-demand/trend", params={"area": "Atlantis", "lang": "en"})
    client.cookies.delete("lang")
    assert "is not known" in english.json()["detail"]
    assert last_commit(demo_graph) == before


def _fills_and_top(html: str) -> tuple[dict[str, str], str]:
    svg = html[html.index('<svg class="choropleth"'):]
    fills = dict((code, fill) for fill, code in re.findall(r'fill="(#\w+)"[^>]*data-code="(\w+)"', svg))
    return fills, re.search(r"Aanbod / vraag: 0 – ([^<]+)<", svg)[1]


def test_the_supply_map_keeps_its_scale_across_dates_and_darker_means_shortage(
        client_as: Any, demo_graph: Graph) -> None:
    viewer = client_as("viewer")
    pages = [viewer.get("/supply-demand", params={"as_of": d}) for d in (DATE, "2023-03-01")]
    assert all(p.status_code == 200 for p in pages)
    # The scale's top comes from every period in the database, whatever the date asked.
    everything = supply_trends.history(demo_graph, supply_trends.latest_period_start(demo_graph))
    top = format_number(supply_trends.ratio_scale(everything, "gebied", None), "nl", 2)
    assert {_fills_and_top(p.text)[1].removeprefix("≥ ") for p in pages} == {top}
    html = pages[0].text
    assert "donker = tekort" in html and 'id="map-table"' in html
    rows = re.findall(r'<td><a href="/areas/(\w+)">([^<]+)</a></td><td class="n">([\d.,]+)</td>',
                      html[html.index('id="map-table"'):])
    assert len(rows) >= 10, "the table alternative names every gebied with its figure"
    fills, _ = _fills_and_top(html)
    order = list(palette.SEQUENTIAL)
    lowest, highest = rows[0][0], rows[-1][0]  # the table lists the lowest supply per demand first
    assert order.index(fills[lowest]) > order.index(fills[highest]), "less supply per demand is darker"
    assert f"<title>{rows[0][1]}: " in html


def test_why_matching_fails_ranks_reasons_with_sentences(client: TestClient, demo_data: Dataset) -> None:
    doc = client.get("/api/matching", params={"as_of": DATE}).json()
    assert {r["reason"] for r in doc["reasons"]} >= {"no_room", "language", "bounce"}
    for entry in doc["entries"]:
        counts = [r["count"] for r in entry["reasons"]]
        assert counts == sorted(counts, reverse=True) and all(c > 0 for c in counts)
        assert entry["need"] in SUPPORT_TYPES
        assert all(r["sentence"] and str(r["count"]) in r["sentence"].replace(".", "")
                   for r in entry["reasons"] if r["reason"] != "low_acceptance")
    # The language reason, counted again from the demo itself: referrals in the window whose receiver
    # does not list the language asked, summed over every gebied and need.
    orgs = {o.id: o for o in demo_data.organisations}
    gebied_of = {a.code: a.parent for a in demo_data.areas if a.level == "wijk"}
    start, end = doc["window"]["start"], doc["window"]["end"]
    expected = sum(r.count for r in demo_data.referrals
                   if start <= r.date.isoformat() <= end and r.language and gebied_of.get(r.area or "")
                   and r.language not in orgs[r.to_organisation_id].languages)
    got = sum(r["count"] for e in doc["entries"] for r in e["reasons"] if r["reason"] == "language")
    assert got == expected > 0


def test_languages_asked_but_not_offered_show_real_counts(client: TestClient) -> None:
    languages = client.get("/api/supply-demand", params={"as_of": DATE}).json()["matching"]["languages"]
    assert sum(r["not_offered"] for r in languages) > 0
    page = client.get("/matching", params={"as_of": DATE}).text
    assert "Arabisch" in page and 'id="languages"' in page


def test_the_matching_csv_reads_in_dutch_excel(client: TestClient) -> None:
    doc = client.get("/api/matching", params={"as_of": DATE}).json()
    response = client.get("/api/matching.csv", params={"as_of": DATE})
    table = pd.read_csv(io.BytesIO(response.content), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(table.columns) == column_headers(MATCHING_COLUMNS, "nl")
    table.columns = list(MATCHING_COLUMNS)
    assert len(table) == sum(len(e["reasons"]) for e in doc["entries"])
    assert table["count"].sum() == sum(e["total"] for e in doc["entries"])
    assert client.get("/api/matching", params={"periods": 0}).status_code == 422


def test_the_pages_answer_viewers_in_dutch(client_as: Any) -> None:
    viewer = client_as("viewer")
    trend = viewer.get("/supply-demand/trend", params={"area": "Charlois", "need": "taal", "as_of": DATE})
    assert trend.status_code == 200 and 'id="trend-table"' in trend.text and 'class="chart"' in trend.text
    assert trend.text.count("<svg viewBox") == 14 and "Alle gebieden naast elkaar" in trend.text
    matching = viewer.get("/matching", params={"as_of": DATE, "gebied": "WK059915"})
    assert matching.status_code == 200 and "Waarom matchen mislukt" in matching.text
    assert "Charlois" in matching.text
