"""Robustness curves: union–find in reverse order against recomputation, and percolation theory."""

from __future__ import annotations

import math
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.robustness import grid_curves, random_curves, targeted_curve, targeted_order
from tests.analysis.networks import connected_pairs_from_scratch, network, removal_curve

people = st.sampled_from([f"p{i}" for i in range(8)])
orgs = st.sampled_from(list("ABCDE"))


@settings(max_examples=100, deadline=None)
@given(affs=st.lists(st.tuples(people, orgs), min_size=1, max_size=14),
       contacts=st.lists(st.tuples(people, people), max_size=8), seed=st.integers(0, 1000))
def test_reverse_union_find_equals_recomputation(affs: list[tuple[str, str]], contacts: list[tuple[str, str]],
                                                 seed: int) -> None:
    net = network(affs, contacts, orgs="ABCDE")
    order = list(range(len(net.people)))
    random.Random(seed).shuffle(order)
    curve = removal_curve(net, order)
    for k in range(len(order) + 1):
        gone = {net.people[p] for p in order[:k]}
        assert curve[k] == connected_pairs_from_scratch(net, gone)


def test_chain_curve_by_hand() -> None:
    # A -p- B -q- C -r- D: removing q first splits {A,B} | {C,D}: 6 pairs -> 2.
    net = network([("p", "A"), ("p", "B"), ("q", "B"), ("q", "C"), ("r", "C"), ("r", "D")])
    order = [net.person_index[x] for x in ("q", "p", "r")]
    assert removal_curve(net, order) == [6, 2, 1, 0]


def test_targeted_takes_the_cut_person_first() -> None:
    # Two triangles of orgs held together by one bridge person b.
    affs = [("x1", "A"), ("x1", "B"), ("x2", "B"), ("x2", "C"), ("x3", "C"), ("x3", "A"),
            ("y1", "D"), ("y1", "E"), ("y2", "E"), ("y2", "F"), ("y3", "F"), ("y3", "D"),
            ("b", "A"), ("b", "D")]
    net = network(affs)
    assert net.people[targeted_order(net)[0]] == "b"
    curve = targeted_curve(net, points=8, batch=1)
    assert curve["connected_pairs"][0] == 1.0
    assert curve["connected_pairs"][1] == round(6 / 15, 6)  # after b: two triangles, 3 + 3 pairs


def test_random_band_brackets_the_mean() -> None:
    net = network([(f"p{i}", o) for i, o in enumerate("ABCDEFGH")] +
                  [(f"p{i}", o) for i, o in enumerate("BCDEFGHA")])
    curves = random_curves(net, runs=40, seed=3, points=9)
    assert curves["connected_pairs_mean"][0] == 1.0 and curves["connected_pairs_mean"][-1] == 0.0
    for lo, mean, hi in zip(curves["p05"], curves["connected_pairs_mean"], curves["p95"], strict=True):
        assert lo <= mean <= hi


def test_erdos_renyi_collapses_at_the_percolation_threshold() -> None:
    # Orgs = ER nodes, one person per ER edge (affiliated with both ends). Removing a fraction f
    # of people is bond percolation with p = c(1-f)/n: the giant component (and with it almost all
    # connected pairs) vanishes at f_c = 1 - 1/c; above it, pairs ≈ S² with S = 1 - exp(-c(1-f)S).
    n, c = 3000, 4.0
    rng = random.Random(11)
    m = int(c * n / 2)
    edges: set[tuple[int, int]] = set()
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            edges.add((min(u, v), max(u, v)))
    net = network([(f"e{i}", f"o{u:05d}") for i, (u, v) in enumerate(edges)] +
                  [(f"e{i}", f"o{v:05d}") for i, (u, v) in enumerate(edges)],
                  orgs=[f"o{i:05d}" for i in range(n)])
    curves = random_curves(net, runs=5, seed=1, points=21)
    frac = dict(zip(curves["removed_fraction"], curves["connected_pairs_mean"], strict=True))

    def theory(f: float) -> float:
        s = 0.5
        for _ in range(500):
            s = 1 - math.exp(-c * (1 - f) * s)
        return s * s

    for f in (0.2, 0.4, 0.6):
        assert abs(frac[f] - theory(f)) < 0.03
    f_c = 1 - 1 / c
    assert frac[0.6] > 0.05  # still a giant component below f_c = 0.75
    assert frac[0.85] < 0.005  # collapsed above it
    assert theory(f_c + 0.05) < 1e-3 and f_c == 0.75


@settings(max_examples=100, deadline=None)
@given(affs=st.lists(st.tuples(people, orgs), min_size=1, max_size=14),
       contacts=st.lists(st.tuples(people, people), max_size=8), seed=st.integers(0, 1000),
       points=st.integers(2, 12))
def test_grid_curves_equal_the_removal_curve_at_the_grid(affs: list[tuple[str, str]],
                                                         contacts: list[tuple[str, str]], seed: int,
                                                         points: int) -> None:
    net = network(affs, contacts, orgs="ABCDE")
    n = len(net.people)
    rng = np.random.default_rng(seed)
    orders = np.asarray([rng.permutation(n) for _ in range(4)], dtype=np.int64)
    expected = []
    for order in orders.tolist():
        curve = removal_curve(net, order)
        expected.append([curve[round(i * n / (points - 1))] for i in range(points)])
    assert grid_curves(net, orders, points).tolist() == expected
