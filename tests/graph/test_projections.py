"""Projections read exactly what is current on the as-of date, in bulk."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.metric_snapshots import read_snapshots, write_snapshot_sets, write_snapshots
from graph.people import check_people_exist
from graph.projections import load_snapshot
from tests.analysis.dataset import AS_OF, load


def test_snapshot_holds_only_what_is_current(graph: Graph) -> None:
    load(graph)
    snap = load_snapshot(graph, AS_OF)
    assert sorted((a.person, a.organisation) for a in snap.affiliations) == [
        ("p1", "A"), ("p1", "B"), ("p2", "C"), ("p3", "C"), ("p4", "D"), ("p6", "E")]
    assert [(c.person, c.other) for c in snap.contacts] == [("p3", "p4")]
    assert [p.id for p in snap.partnerships] == ["pt1"]
    assert sorted((r.source, r.target, r.status, r.count, r.recent) for r in snap.referrals) == [
        ("A", "E", "no_capacity", 3, 3), ("C", "A", "accepted", 1, 1)]
    orgs = {o.id: o for o in snap.organisations}
    assert orgs["A"].gebied == "WK059903" and orgs["A"].services == ("taal",)
    assert orgs["D"].gebied is None
    assert set(snap.person_names) == {"p1", "p2", "p3", "p4", "p6"}
    # Turnover history up to 2025-01-01 (p5 starts in 2026): p2 left B after 1642 days; the rest run on
    # (1827 days from 2020, 2192 from 2019, 1461 from 2021).
    history = {h.role: (h.ended, round(h.years * 365.25)) for h in snap.history}
    assert history == {"staff": (1, 3 * 1827 + 1642 + 2192), "volunteer": (0, 1827),
                       "coordinator": (0, 1461)}


def test_earlier_date_sees_the_link_that_ended(graph: Graph) -> None:
    load(graph)
    snap = load_snapshot(graph, dt.date(2024, 1, 1))
    assert ("p2", "B") in {(a.person, a.organisation) for a in snap.affiliations}
    assert sorted(p.id for p in snap.partnerships) == ["pt1", "pt2"]
    assert snap.referrals == []


def test_unknown_people_are_named(graph: Graph) -> None:
    load(graph)
    check_people_exist(graph, ["p1"])
    with pytest.raises(InvalidInputError, match="nobody, zz"):
        check_people_exist(graph, ["p1", "zz", "nobody"])


def test_metric_snapshots_keep_history_per_date(graph: Graph) -> None:
    load(graph)
    write_snapshots(graph, "organisation", dt.date(2025, 1, 1), {"A": {"degree": 1, "x": float("nan")}})
    write_snapshots(graph, "organisation", dt.date(2025, 2, 1), {"A": {"degree": 2}})
    write_snapshots(graph, "organisation", dt.date(2025, 1, 1), {"A": {"degree": 3}})
    history = read_snapshots(graph, "organisation", "A")
    assert [(s["as_of"], s["degree"]) for s in history] == [(dt.date(2025, 1, 1), 3),
                                                            (dt.date(2025, 2, 1), 2)]
    assert "x" not in history[0]


def test_snapshot_sets_write_every_scope_for_people_and_organisations(graph: Graph) -> None:
    load(graph)
    day = dt.date(2025, 3, 1)
    written = write_snapshot_sets(graph, day, {
        "organisation": {"A": {"degree": 1}, "B": {"degree": 2}},
        "referral": {"A": {"in_weight": 4}},
        "person": {"p1": {"degree": 5}},
        "fragility_person": {"p1": {"links_broken": 6}}})
    assert written == 5
    assert [s["degree"] for s in read_snapshots(graph, "organisation", "B")] == [2]
    assert [s["in_weight"] for s in read_snapshots(graph, "referral", "A")] == [4]
    assert [s["degree"] for s in read_snapshots(graph, "person", "p1")] == [5]
    assert [s["links_broken"] for s in read_snapshots(graph, "fragility_person", "p1")] == [6]
    with pytest.raises(ValueError, match="unknown metric scope"):
        write_snapshot_sets(graph, day, {"nonsense": {}})
