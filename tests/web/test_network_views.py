"""The readable network's pure parts: focus neighbourhoods, isolated organisations, labels, rings,
clustered positions and the people between gebieden, on small networks worked out by hand.

    A — B — C — D      E (no link)
        |
        F
"""

from __future__ import annotations

import math

from web.layout import clustered_positions
from web.network_views import (
    LABEL_ALL_UP_TO,
    LABEL_TOP,
    isolated,
    labelled,
    neighbourhood,
    people_between,
    ring_positions,
)

PAIRS = [("A", "B"), ("B", "C"), ("C", "D"), ("B", "F")]


def test_one_step_is_the_direct_neighbours() -> None:
    assert neighbourhood(PAIRS, "B", 1) == {"B": 0, "A": 1, "C": 1, "F": 1}


def test_two_steps_add_the_neighbours_of_neighbours() -> None:
    assert neighbourhood(PAIRS, "A", 2) == {"A": 0, "B": 1, "C": 2, "F": 2}
    assert neighbourhood(PAIRS, "A", 1) == {"A": 0, "B": 1}


def test_an_organisation_without_links_is_its_own_neighbourhood() -> None:
    assert neighbourhood(PAIRS, "E", 2) == {"E": 0}


def test_isolated_are_those_without_a_link_in_view_but_never_the_focus() -> None:
    assert isolated("ABCDEF", PAIRS) == {"E"}
    assert isolated("ABCDEF", [("A", "B")]) == {"C", "D", "E", "F"}
    assert isolated("E", [], keep="E") == set()


def test_small_views_label_everything() -> None:
    sizes = {f"o{i}": float(i) for i in range(LABEL_ALL_UP_TO)}
    assert labelled(sizes) == set(sizes)


def test_large_views_label_the_largest_and_the_focus() -> None:
    sizes = {f"o{i:03}": float(i) for i in range(200)}
    shown = labelled(sizes, keep=["o000"])
    largest = {f"o{i:03}" for i in range(200 - LABEL_TOP, 200)}
    assert shown == largest | {"o000"}
    assert labelled(sizes, keep=["not-in-view"]) == largest


def test_rings_put_the_focus_in_the_middle_and_each_step_further_out() -> None:
    distance = neighbourhood(PAIRS, "A", 2)
    pos = ring_positions(distance, PAIRS, {"A": "g1", "B": "g1", "C": "g2", "F": "g2"})
    radius = {i: math.hypot(*pos[i]) for i in pos}
    assert pos["A"] == (0.0, 0.0)
    assert 0 < radius["B"] < radius["C"] == radius["F"]
    assert pos["C"] != pos["F"]


def test_a_ring_keeps_a_gebied_together() -> None:
    pairs = [("X", n) for n in ("a1", "b1", "a2", "b2")]
    group = {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}
    pos = ring_positions(neighbourhood(pairs, "X", 1), pairs, group)
    order = sorted(group, key=lambda n: math.atan2(pos[n][1], pos[n][0]) % (2 * math.pi))
    # Going round the ring, the two of gebied A come one after the other (and so do B's).
    assert [group[n] for n in order] in (["A", "A", "B", "B"], ["B", "B", "A", "A"])


def test_people_between_gebieden_are_counted_once_and_inside_links_left_out() -> None:
    rows = [("g1", "g2", {"p1", "p2"}), ("g2", "g1", {"p2", "p3"}), ("g1", "g1", {"p9"}),
            ("g3", "g1", {"p1"})]
    assert people_between(rows) == {("g1", "g2"): 3, ("g1", "g3"): 1}


def test_clustered_positions_keep_each_gebied_together() -> None:
    nodes = [f"{g}{i}" for g in "ABC" for i in range(12)]
    group = {n: n[0] for n in nodes}
    edges = [(f"{g}{i}", f"{g}{(i + 1) % 12}", 1) for g in "ABC" for i in range(12)] + [("A0", "B0", 1)]
    pos = clustered_positions(nodes, group, edges)
    assert set(pos) == set(nodes)

    def centre(g: str) -> tuple[float, float]:
        xs, ys = zip(*(pos[n] for n in nodes if group[n] == g), strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)

    # Every organisation is nearer its own gebied's centre than any other gebied's.
    for n in nodes:
        own = math.dist(pos[n], centre(group[n]))
        assert all(own < math.dist(pos[n], centre(g)) for g in "ABC" if g != group[n]), n
