"""Trends per area: picked from the monitor's rows, compared with the same period a year earlier."""

from __future__ import annotations

import pytest

from analysis.supply_trends import area_ratios, area_trend, gebied_trends, nice_max, year_earlier
from netwerkkaart.figures.charts import Series, line_chart, nice_ticks


def _row(period: str, area: str, demand: int, supply: float, need: str = "taal") -> dict:
    return {"period": period, "area": area, "area_name": area.title(), "level": "gebied", "need": need,
            "demand": demand, "supply": supply, "ratio": supply / demand if demand else None,
            "shortfall": max(demand - supply, 0.0)}


ROWS = [_row(p, a, d, s) for p, a, d, s in [
    ("2024-Q1", "noord", 10, 4.0), ("2024-Q2", "noord", 12, 6.0), ("2025-Q1", "noord", 15, 5.0),
    ("2025-Q2", "noord", 9, 9.0), ("2025-Q1", "zuid", 40, 10.0)]]
ROWS.append(_row("2025-Q1", "noord", 99, 1.0, need="werk"))


@pytest.mark.parametrize(("period", "before"), [("2025-Q2", "2024-Q2"), ("2025-03", "2024-03"), ("Q2", None)])
def test_a_year_earlier_is_the_same_quarter_or_month(period: str, before: str | None) -> None:
    assert year_earlier(period) == before


def test_each_point_carries_the_change_against_a_year_earlier() -> None:
    points = {p["period"]: p for p in area_trend(ROWS, "noord", "taal")}
    assert list(points) == ["2024-Q1", "2024-Q2", "2025-Q1", "2025-Q2"]
    assert points["2025-Q1"]["demand_change"] == 5 and points["2025-Q1"]["demand_year_earlier"] == 10
    assert points["2025-Q1"]["supply_change"] == 1.0 and points["2025-Q1"]["shortfall_change"] == 4.0
    assert points["2025-Q2"]["shortfall_change"] == -6.0
    assert points["2024-Q1"]["demand_change"] is None


def test_small_multiples_share_one_round_scale_above_every_value() -> None:
    doc = gebied_trends(ROWS, "taal")
    assert [g["area"] for g in doc["gebieden"]] == ["noord", "zuid"]
    assert doc["y_max"] == 50 and doc["periods"][0] == "2024-Q1"


def test_ratios_per_period_sum_supply_and_demand_over_needs() -> None:
    assert area_ratios(ROWS, "gebied", None)["2025-Q1"]["noord"] == pytest.approx(6 / 114)
    assert area_ratios(ROWS, "gebied", "taal")["2025-Q1"]["zuid"] == 0.25


@pytest.mark.parametrize(("high", "top"), [(9216, 10000), (38, 40), (0.7, 0.8), (0, 1)])
def test_axis_ticks_are_round_and_reach_the_highest_value(high: float, top: float) -> None:
    ticks = nice_ticks(high)
    assert ticks[0] == 0 and ticks[-1] == top and 3 <= len(ticks) <= 6
    assert nice_max(high) >= high


def test_the_last_x_label_and_dutch_ticks_fit_inside_the_chart() -> None:
    svg = str(line_chart([0, 1, 2], [Series("vraag", [1000, 9216, 4000])],
                         x_labels=["2024-Q4", "2025-Q1", "2026-Q4"],
                         fmt=lambda v: f"{v:,.0f}".replace(",", "."), width=640))
    assert "10.000" in svg and "2.500" in svg and "9216" not in svg
    last = svg.rsplit('text-anchor="middle">2026-Q4', 1)[0].rsplit('<text x="', 1)[1]
    assert float(last.split('"')[0]) + 0.62 * 12 * len("2026-Q4") / 2 <= 640
