"""Supply against demand on the hand-worked world in commission_data (pure, then through Neo4j)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.matching import bounced, languages_not_offered, route_acceptance
from analysis.supply_demand import area_figures, monitor_document, recent_periods
from graph.driver import Graph
from graph.upserts import WriteContext, upsert_dataset
from netwerkkaart.documents import commission
from tests.analysis import commission_data as w


def _rows(doc: dict) -> dict[tuple[str, str], dict]:
    return {(r["area"], r["need"]): r for r in doc["rows"] if r["period"] == "2025-Q1"}


def test_ratios_and_shortfalls_per_wijk_and_gebied() -> None:
    rows = _rows(monitor_document(w.inputs(), w.AS_OF))
    expected = {w.W1: (10, 15.5, 1.55, 0.0), w.W2: (30, 16.5, 0.55, 13.5), w.W3: (60, 26.0, 0.433, 34.0),
                w.G1: (40, 32.0, 0.8, 8.0), w.G2: (60, 26.0, 0.433, 34.0)}
    for area, (demand, supply, ratio, shortfall) in expected.items():
        r = rows[(area, "taal")]
        got = (r["demand"], r["supply"], r["ratio"], r["shortfall"])
        assert got == (demand, supply, ratio, shortfall), area
    assert rows[(w.W1, "maatje")]["supply"] == 10 and rows[(w.W1, "maatje")]["ratio"] == 2.0
    assert rows[(w.W2, "maatje")]["ratio"] is None  # no demand: no ratio, not a division by zero


def test_the_area_table_is_the_monitors_current_period_for_that_area() -> None:
    doc = monitor_document(w.inputs(), w.AS_OF)
    table = {r["need"]: r for r in area_figures(doc, w.W2)}
    assert table["taal"]["periods"] == [doc["current_period"]] == ["2025-Q1"]
    assert (table["taal"]["demand"], table["taal"]["supply"], table["taal"]["shortfall"]) == (30, 16.5, 13.5)
    assert table["maatje"]["ratio"] is None
    assert area_figures({"current_period": None, "rows": []}, w.W2)[0]["periods"] == []


def test_city_wide_capacity_is_counted_once() -> None:
    doc = monitor_document(w.inputs(), w.AS_OF)
    assert doc["trend"][-1]["supply"] == pytest.approx(73)
    wijk_total = sum(r["supply"] for r in doc["rows"] if r["level"] == "wijk")
    assert wijk_total == pytest.approx(73)


def test_volunteers_waitlist_providers() -> None:
    rows = _rows(monitor_document(w.inputs(), w.AS_OF))
    assert [rows[(a, "taal")]["volunteers"] for a in (w.W1, w.W2, w.W3)] == [0.3, 0.9, 1.8]
    assert rows[(w.W1, "taal")]["waitlist"] == 2.0
    assert rows[(w.W1, "taal")]["providers"] == 3 and rows[(w.W3, "taal")]["providers"] == 2
    assert rows[(w.G1, "taal")]["providers"] == 3  # O1, O2, O3 (O4 serves Delfshaven only)


def test_pressure_signals() -> None:
    rows = _rows(monitor_document(w.inputs(), w.AS_OF))
    r = rows[(w.W1, "taal")]
    assert (r["referrals"], r["no_capacity"], r["bounces"]) == (6, 2, 2)
    assert rows[(w.G1, "taal")]["bounces"] == 2 and rows[(w.W2, "taal")]["referrals"] == 0


def test_bounce_window() -> None:
    refs = w.events()
    assert [r.target for r in bounced(refs, refs, days=30)] == ["O1"]
    assert bounced(refs, refs, days=5) == []  # O1 referred on 10 days later
    assert {r.target for r in bounced(refs, refs, days=60)} == {"O1", "O2"}


def test_languages_not_offered_and_routes() -> None:
    orgs = {o.id: o for o in w.org_infos()}
    langs = {r["language"]: r for r in languages_not_offered(w.events(), orgs)}
    assert (langs["ti"]["asked"], langs["ti"]["not_offered"]) == (1, 1)
    assert (langs["ar"]["asked"], langs["ar"]["not_offered"]) == (3, 0)
    assert langs["nl"]["not_offered"] == 1  # O3 lists only ar
    routes = route_acceptance(w.events(), orgs, min_decided=1)
    assert [(r["from"], r["to"], r["decided"], r["acceptance"]) for r in routes] == [
        ("X", "O1", 4, 0.25), ("O2", "O3", 1, 1.0)]


def test_worst_ratios_and_periods() -> None:
    doc = monitor_document(w.inputs(), w.AS_OF, level="wijk")
    assert [(r["area"], r["need"]) for r in doc["matching"]["worst"]] == [
        (w.W3, "taal"), (w.W2, "taal"), (w.W1, "taal"), (w.W1, "maatje")]
    assert [p.name for p in recent_periods(w.inputs().demand, dt.date(2024, 12, 31))] == []


def test_through_neo4j_matches_pure(graph: Graph) -> None:
    upsert_dataset(graph, w.dataset(), WriteContext("test", "t", dt.datetime.now(dt.UTC)))
    doc = commission.supply_demand(graph, w.AS_OF, level="wijk")
    rows = _rows(doc)
    assert doc["periods"] == ["2025-Q1"]
    assert rows[(w.W2, "taal")]["supply"] == 16.5 and rows[(w.G1, "taal")]["shortfall"] == 8.0
    assert rows[(w.W1, "taal")]["bounces"] == 2 and rows[(w.W3, "taal")]["volunteers"] == 1.8
