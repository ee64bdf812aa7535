"""Leave rates from history, the Monte Carlo simulation, and introductions."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from analysis.introductions import introductions, second_contacts
from analysis.network import build_network
from analysis.simulation import simulate, summary
from analysis.turnover import DEFAULT_RATES, build_model, role_history, role_rates
from graph.rows import AffiliationRow, ContactRow
from tests.analysis.networks import network


def test_rates_are_ended_affiliations_per_year_observed() -> None:
    as_of = dt.date(2025, 1, 1)
    tenures = [("volunteer", dt.date(2023, 1, 1), dt.date(2024, 1, 1)),  # 1 year, ended
               ("volunteer", dt.date(2024, 1, 1), None),  # 1 year so far
               ("staff", dt.date(2022, 1, 1), None),  # 3 years, never ended: default
               ("board", dt.date(2026, 1, 1), None)]  # starts after as_of: ignored
    history = role_history(tenures, as_of)
    assert [(h.role, h.ended, round(h.years * 365.25)) for h in history] == [
        ("staff", 0, 365 + 365 + 366), ("volunteer", 1, 365 + 366)]
    rates = role_rates(history)
    assert rates["volunteer"] == pytest.approx(365.25 / (365 + 366), abs=1e-4)  # 2023 + leap 2024
    assert rates["staff"] == DEFAULT_RATES["staff"]
    assert role_rates(history, {"staff": 0.5})["staff"] == 0.5


def test_no_turnover_loses_nothing_and_certain_turnover_loses_all() -> None:
    net = network([("p", "A"), ("p", "B"), ("q", "B"), ("q", "C")])
    calm = simulate(net, build_model(net, {"staff": 0.0}, 1.0), 1.0, 20, seed=1)
    assert summary(net, calm)["links_lost_mean"] == 0 and summary(net, calm)["connected_pairs_mean"] == 1.0
    storm = simulate(net, build_model(net, {"staff": 50.0}, 1.0), 1.0, 20, seed=1)
    assert summary(net, storm)["links_lost_mean"] == 2 and summary(net, storm)["connected_pairs_mean"] == 0.0


def test_one_carrier_link_is_lost_at_the_leave_probability() -> None:
    # p at A and B: the link survives only if both of p's affiliations survive: (e^{-r})^2.
    net = network([("p", "A"), ("p", "B")])
    result = simulate(net, build_model(net, {"staff": 0.3}, 1.0), 1.0, 4000, seed=2)
    expected = 1 - math.exp(-0.3) ** 2
    assert summary(net, result)["links_lost_mean"] == pytest.approx(expected, abs=0.03)
    assert result.isolated_prob[0] == pytest.approx(expected, abs=0.03)


def test_introduction_joins_two_islands_through_the_steadiest_people() -> None:
    affs = [AffiliationRow("v1", "A", "volunteer"), AffiliationRow("b1", "A", "board"),
            AffiliationRow("v1", "B", "volunteer"), AffiliationRow("v2", "C", "volunteer"),
            AffiliationRow("b2", "D", "board"), AffiliationRow("v2", "D", "volunteer")]
    net = build_network("ABCD", affs, [])
    model = build_model(net, {"volunteer": 0.5, "board": 0.05}, 1.0)
    result = simulate(net, model, 1.0, 200, seed=4)
    intros = introductions(net, model, result, k=1)
    assert len(intros) == 1
    assert {intros[0]["person"], intros[0]["other_person"]} == {"b1", "b2"}
    assert {intros[0]["a"], intros[0]["b"]} == {"A", "D"}
    assert intros[0]["gain"] > 0 and "b1" in str(intros[0]["reason"])


def test_second_contact_avoids_the_one_carrier() -> None:
    affs = [AffiliationRow("p", "A", "staff"), AffiliationRow("x", "A", "board"),
            AffiliationRow("q", "B", "staff"), AffiliationRow("y", "B", "board")]
    net = build_network("AB", affs, [ContactRow("p", "q")])
    model = build_model(net, {"staff": 0.2, "board": 0.1}, 1.0)
    result = simulate(net, model, 1.0, 50, seed=1)
    found = {s["organisation"]: s for s in second_contacts(net, model, result)}
    assert found["A"]["person"] == "x" and found["A"]["other_person"] == "y"
    assert found["A"]["depends_on"] == ["p", "q"]
