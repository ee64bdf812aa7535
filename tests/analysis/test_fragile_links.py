"""Fragile links: their one carrier (or pair), exact risk checked against brute force, second contacts."""

from __future__ import annotations

import math
from itertools import product

import pytest

from analysis.busfactor import bus_factor
from analysis.fragile_links import fragile_links, loss_probability
from analysis.network import CarrierNetwork, build_network
from graph.rows import AffiliationRow
from tests.analysis.networks import network

RATES = {"staff": 0.2, "volunteer": 0.45, "coordinator": 0.25, "board": 0.15}


def _brute_force_loss(net: CarrierNetwork, key: tuple[int, int], years: float) -> float:
    """Return the chance the link has no surviving carrier, summed over every future of the affiliations."""
    rows = sorted(net.roles)
    leave = {row: 1 - math.exp(-min(RATES[r] for r in net.roles[row]) * years) for row in rows}
    link, lost = net.links[key], 0.0
    for outcome in product((True, False), repeat=len(rows)):
        alive = dict(zip(rows, outcome, strict=True))
        chance = math.prod(1 - leave[r] if alive[r] else leave[r] for r in rows)
        carried = any(alive[(p, key[0])] and alive[(p, key[1])] for p in link.shared) or \
            any(alive[(p, key[0])] and alive[(q, key[1])] for p, q in link.pairs)
        lost += 0.0 if carried else chance
    return lost


@pytest.mark.parametrize("affiliations, contacts", [
    ([("p", "A"), ("p", "B")], []),  # shared
    ([("p", "A"), ("q", "B")], [("p", "q")]),  # a pair
    # a star at a
    ([("p", "A"), ("q1", "B"), ("q2", "B"), ("q3", "B")], [("p", "q1"), ("p", "q2"), ("p", "q3")]),
    ([("p1", "A"), ("p2", "A"), ("q", "B")], [("p1", "q"), ("p2", "q")]),  # star at b
])
def test_loss_probability_matches_brute_force(affiliations, contacts) -> None:
    net = network(affiliations, contacts)
    assert bus_factor(net.links[(0, 1)]) == 1
    for years in (0.5, 1.0, 3.0):
        exact = loss_probability(net, RATES, years, (0, 1))
        assert exact == pytest.approx(_brute_force_loss(net, (0, 1), years))


def test_volunteers_make_a_link_riskier_than_board_members() -> None:
    affs = [AffiliationRow("v", "A", "volunteer"), AffiliationRow("v", "B", "volunteer"),
            AffiliationRow("b", "C", "board"), AffiliationRow("b", "D", "board")]
    net = build_network(["A", "B", "C", "D"], affs, [])
    rows = fragile_links(net, RATES, 1.0)
    assert [(r["a"], r["b"]) for r in rows] == [("A", "B"), ("C", "D")]  # riskiest first
    assert rows[0]["loss_probability"] > rows[1]["loss_probability"] > 0


def test_each_fragile_link_names_its_carrier_and_kind() -> None:
    net = network([("s", "A"), ("s", "B"), ("p", "B"), ("q1", "C"), ("q2", "C"), ("x", "D"), ("y", "E")],
                  [("p", "q1"), ("p", "q2"), ("x", "y")])
    rows = {(r["a"], r["b"]): r for r in fragile_links(net, RATES, 1.0)}
    assert rows[("A", "B")]["carrier_kind"] == "shared" and rows[("A", "B")]["carried_by"] == ["s"]
    assert rows[("B", "C")]["carrier_kind"] == "star" and rows[("B", "C")]["carried_by"] == ["p"]
    assert rows[("B", "C")]["knows"] == ["q1", "q2"]
    # A single pair: either leaving breaks it, so both are named and the kind says so.
    assert rows[("D", "E")]["carrier_kind"] == "pair" and rows[("D", "E")]["carried_by"] == ["x", "y"]


def test_second_contact_is_someone_who_does_not_carry_the_link() -> None:
    net = network([("s", "A"), ("s", "B"), ("a2", "A"), ("b2", "B")])
    row = fragile_links(net, RATES, 1.0)[0]
    assert row["second_contact"] == ["a2", "b2"]
    alone = network([("s", "A"), ("s", "B")])
    assert fragile_links(alone, RATES, 1.0)[0]["second_contact"] is None


def test_links_with_two_carriers_are_not_listed() -> None:
    net = network([("s", "A"), ("s", "B"), ("t", "A"), ("t", "B")])
    assert fragile_links(net, RATES, 1.0) == []
