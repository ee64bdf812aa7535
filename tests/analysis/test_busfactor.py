"""Bus factor, critical carriers, alerts and what-if on hand-built networks."""

from __future__ import annotations

import datetime as dt

from analysis.busfactor import alerts, bus_factor, critical_people, links_broken, max_matching
from analysis.network import build_network, carriers_of
from analysis.whatif import what_if
from graph.rows import AffiliationRow, ContactRow
from tests.analysis.networks import network


def _link(net, a, b):
    index = net.org_index
    return net.links[(index[a], index[b])]


def test_shared_person_is_a_carrier_of_bus_factor_one() -> None:
    net = network([("p", "A"), ("p", "B")])
    link = _link(net, "A", "B")
    assert carriers_of(net, (0, 1)) == [["p"]]
    assert bus_factor(link) == 1
    assert critical_people(link) == {net.person_index["p"]}


def test_k22_carrier_pairs_need_two_departures() -> None:
    # p1, p2 at A each know q1 and q2 at B: a K2,2 of carrier pairs, min vertex cover 2.
    net = network([("p1", "A"), ("p2", "A"), ("q1", "B"), ("q2", "B")],
                  [("p1", "q1"), ("p1", "q2"), ("p2", "q1"), ("p2", "q2")])
    link = _link(net, "A", "B")
    assert len(link.pairs) == 4
    assert bus_factor(link) == 2
    assert critical_people(link) == set()


def test_star_of_pairs_hangs_on_its_centre() -> None:
    # p1 at A knows q1 and q2 at B: both pairs go through p1, so the bus factor is 1.
    net = network([("p1", "A"), ("q1", "B"), ("q2", "B")], [("p1", "q1"), ("p1", "q2")])
    link = _link(net, "A", "B")
    assert bus_factor(link) == 1
    assert critical_people(link) == {net.person_index["p1"]}


def test_single_pair_breaks_with_either_person() -> None:
    net = network([("p", "A"), ("q", "B")], [("p", "q")])
    assert critical_people(_link(net, "A", "B")) == {net.person_index["p"], net.person_index["q"]}
    assert sorted(links_broken(net)) == [1, 1]


def test_shared_people_plus_pairs_add_up() -> None:
    # s at A and B (1) + matching of {(p1,q1), (p2,q1), (p2,q2)} (2) = 3.
    net = network([("s", "A"), ("s", "B"), ("p1", "A"), ("p2", "A"), ("q1", "B"), ("q2", "B")],
                  [("p1", "q1"), ("p2", "q1"), ("p2", "q2")])
    assert bus_factor(_link(net, "A", "B")) == 3


def test_pairs_through_a_shared_person_are_dominated() -> None:
    net = network([("s", "A"), ("s", "B"), ("q", "B")], [("s", "q")])
    assert carriers_of(net, (0, 1)) == [["s"]]


def test_carrier_pair_is_oriented_a_then_b() -> None:
    net = network([("x", "B"), ("y", "A")], [("x", "y")])
    assert carriers_of(net, (0, 1)) == [["y", "x"]]


def test_max_matching_on_a_path() -> None:
    # Path l1-r1-l2-r2-l3: maximum matching 2.
    assert max_matching([(1, 1), (2, 1), (2, 2), (3, 2)]) == 2
    assert max_matching([]) == 0


def test_alert_when_every_carrier_ends_within_90_days() -> None:
    as_of = dt.date(2025, 1, 1)
    affs = [AffiliationRow("p", "A", "staff"),
            AffiliationRow("p", "B", "volunteer", until=dt.date(2025, 2, 1)),
            AffiliationRow("r", "C", "staff"), AffiliationRow("r", "D", "staff", until=dt.date(2025, 12, 1)),
            AffiliationRow("t", "E", "staff", until=dt.date(2025, 1, 15)), AffiliationRow("u", "F", "staff"),
            AffiliationRow("v", "E", "staff"), AffiliationRow("w", "F", "staff", until=dt.date(2025, 3, 1))]
    contacts = [ContactRow("t", "u"), ContactRow("v", "w")]
    net = build_network("ABCDEF", affs, contacts)
    found = alerts(net, as_of)
    # A–B ends 1 Feb; E–F has two pairs ending 15 Jan and 1 Mar: the link ends 1 Mar. C–D ends in December.
    assert [(a["a"], a["b"], a["ends"]) for a in found] == [("A", "B", "2025-02-01"),
                                                            ("E", "F", "2025-03-01")]
    assert found[1]["bus_factor"] == 2


def test_what_if_reports_broken_weakened_and_isolated() -> None:
    # Chain A -p- B -q- C, plus r and s both at C and D.
    net = network([("p", "A"), ("p", "B"), ("q", "B"), ("q", "C"), ("r", "C"), ("r", "D"),
                   ("s", "C"), ("s", "D")])
    report = what_if(net, ["p", "r"])
    assert [(x["a"], x["b"]) for x in report["links_broken"]] == [("A", "B")]
    assert [(x["a"], x["b"], x["bus_factor_after"]) for x in report["links_weakened"]] == [("C", "D", 1)]
    assert report["orgs_isolated"] == ["A"]
    # Before: A,B,C,D all connected (6 pairs); after: B,C,D (3 pairs).
    assert report["pairs_disconnected"] == 3
