"""The commission pages and API on the demo: finder errors are 4xx with nothing written, CSVs, report."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from analysis.i18n import column_headers
from analysis.inventories import BUDDY_COLUMNS
from graph import audit
from graph.admin import last_commit
from graph.driver import Graph
from graph.model import Dataset
from netwerkkaart.report.build import build_report
from tests.web.conftest import AS_OF, FORMULA_BUDDY
from web.routes import commission as commission_routes

DATE = AS_OF.isoformat()


BAD_FINDER_INPUT = [
    ({"need": "taall"}, "Hulpvraag: 'taall' kennen we niet. Bedoelt u: taal"),
    ({"need": "taal", "area": "Charlos"}, "charlois"),
    ({"need": "taal", "area": "3072 AB"}, "postcode"),
    ({"need": "taal", "language": "klingon"}, "Taal: 'klingon' kennen we niet"),
    ({}, "Vul een hulpvraag in"),
]


def test_finder_api_bad_input_is_400(client: TestClient, demo_graph: Graph) -> None:
    before = last_commit(demo_graph)
    for params, message in BAD_FINDER_INPUT:
        response = client.get("/api/refer", params=params)
        assert response.status_code == 400 and message in response.json()["detail"], params
    assert last_commit(demo_graph) == before


def test_record_with_unknown_ids_is_400_and_writes_nothing(client: TestClient, demo_graph: Graph) -> None:
    before = last_commit(demo_graph)
    body = {"from_organisation": "ghost", "to_organisation": "org-00002", "need": "taal"}
    response = client.post("/api/refer/record", json=body)
    assert response.status_code == 400 and "onbekende organisatie-id 'ghost'" in response.json()["detail"]
    response = client.post("/api/refer/record?lang=en", json=body)
    assert response.status_code == 400 and "unknown organisation id 'ghost'" in response.json()["detail"]
    assert client.post("/api/refer/record", json={"need": "taal"}).status_code == 422
    assert last_commit(demo_graph) == before


def test_finder_api_and_page(client: TestClient, demo_data: Dataset) -> None:
    doc = client.get("/api/refer", params={"need": "maatje", "language": "ar", "area": "Charlois"}).json()
    assert doc["query"]["area_name"] == "Charlois" and doc["results"]
    orgs = {o.id: o for o in demo_data.organisations}
    for r in doc["results"]:
        assert "maatje" in orgs[r["organisation"]].services and r["reasons"][0] == "biedt maatje/mentor"
    assert [r["score"] for r in doc["results"]] == sorted((r["score"] for r in doc["results"]), reverse=True)
    page = client.get("/refer", params={"need": "maatje", "area": "Charlois", "lang": "en"})
    assert page.status_code == 200 and doc["results"][0]["organisation"] in page.text
    client.cookies.delete("lang")  # the session's client is shared: leave it Dutch for the next tests
    bad = client.get("/refer", params={"need": "taall"})
    assert bad.status_code == 400 and "Bedoelt u" in bad.text


def test_supply_demand_page_and_csv(client: TestClient) -> None:
    page = client.get("/supply-demand", params={"as_of": DATE})
    assert page.status_code == 200 and 'class="choropleth"' in page.text and 'class="chart"' in page.text
    text = client.get("/api/supply-demand.csv", params={"as_of": DATE}).text
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    gebied = [r for r in rows if r["niveau"] == "gebied"]
    assert len(gebied) == 14 * 12 * len({r["periode"] for r in rows})


def test_buddy_inventory_matches_the_data(client: TestClient, demo_data: Dataset) -> None:
    response = client.get("/api/inventory/buddies.csv", params={"as_of": DATE, "lang": "en"})
    client.cookies.delete("lang")  # the session's client is shared: leave it Dutch for the next tests
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff")), delimiter=";"))
    assert list(rows[0]) == column_headers(BUDDY_COLUMNS, "en")
    expected = {o.id for o in demo_data.organisations if o.kind == "maatjesproject" or "maatje" in o.services}
    assert {r["id"] for r in rows} == expected
    nondutch = client.get("/api/inventory/nondutch").json()["rows"]
    flagged = {o.id for o in demo_data.organisations if o.nondutch_roles}
    assert {i for r in nondutch for i in r["organisation_ids"]} == flagged
    assert client.get("/api/inventory/everything").status_code == 400


def test_pages_render(client: TestClient) -> None:
    for url in ("/commission", "/inventory/buddies", "/inventory/nondutch", f"/connecting?as_of={DATE}"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert client.get("/commission").text.count("<li>") >= 6


def test_report_download_has_no_personal_data(client: TestClient, demo_data: Dataset) -> None:
    response = client.get("/report.html", params={"as_of": DATE})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    html = response.text
    assert "Bron: CBS/Kadaster" in html
    for person in demo_data.people:
        assert person.name not in html and (person.email or "@") not in html


def test_report_is_built_once_and_a_head_request_is_no_export(client_as: Callable[[str | None], TestClient],
                                                              demo_graph: Graph,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[dt.date] = []

    def counted(graph: Graph, as_of: dt.date, **options: Any) -> str:
        builds.append(as_of)
        return build_report(graph, as_of, **options)

    monkeypatch.setattr(commission_routes, "build_report", counted)
    viewer, day = client_as("viewer"), "2025-05-01"  # a date no other test asks the report for
    exports = len(audit.events(demo_graph, action="export", actor="web-viewer", limit=10_000))
    first = viewer.get("/report.html", params={"as_of": day})
    again = viewer.get("/report.html", params={"as_of": day})
    head = viewer.head("/report.html", params={"as_of": day})
    assert first.status_code == again.status_code == head.status_code == 200
    assert first.text == again.text and head.content == b"" and builds == [dt.date(2025, 5, 1)]
    after = len(audit.events(demo_graph, action="export", actor="web-viewer", limit=10_000))
    assert after - exports == 2  # the two GETs, not the HEAD


def test_internal_report_is_for_coordinators(client_as: Callable[[str | None], TestClient],
                                             demo_data: Dataset) -> None:
    refused = client_as("viewer").get("/report.html", params={"as_of": DATE, "internal": "1"})
    assert refused.status_code == 403 and "alleen voor coördinatoren" in refused.text
    internal = client_as("coordinator").get("/report.html", params={"as_of": DATE, "internal": "1"})
    assert internal.status_code == 200 and "intern" in internal.headers["content-disposition"]
    assert "Interne versie" in internal.text and re.search(r"\bpersoon [0-9a-f]{6}\b", internal.text)
    shared = client_as("coordinator").get("/report.html", params={"as_of": DATE})
    assert not re.search(r"\bpersoon [0-9a-f]{6}\b", shared.text) and "Interne versie" not in shared.text
    for person in demo_data.people:
        assert person.name not in internal.text


def test_csv_downloads_open_formulas_as_text(client: TestClient) -> None:
    # nondutch.csv goes through the same writer (ingest.csv_out, tested with hostile ids there).
    text = client.get("/api/inventory/buddies.csv", params={"as_of": DATE}).text.removeprefix("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row]
    assert "'" + FORMULA_BUDDY in cells, "the hostile name is in the download, as text"
    risky = [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not _is_number(c))]
    assert risky == [], "a cell Excel would run as a formula"


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))  # a decimal comma
    except ValueError:
        return False
    return True
