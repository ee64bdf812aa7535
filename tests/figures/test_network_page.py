"""The pyvis layer of the network: rows in, the same rows out of a pyvis Network; one-person links."""

from __future__ import annotations

import pytest

from graph.rows import OrgLink
from netwerkkaart.figures.network_page import VIS_DIR, hangs_on_one_person, vis_rows

NODES = [
    {"id": "o1", "label": "Taalcafé", "title": "Taalcafé\ntaalcafe", "x": 1.5, "y": -2.0, "size": 9.0,
     "shape": "dot", "color": "#1c7ed6", "kind": "taalcafe", "gebied": "WK01", "url": "/organisations/o1",
     "group": "organisation"},
    {"id": "o2", "label": "Wijkteam", "title": "Wijkteam", "x": 0.0, "y": 0.0, "size": 8.0,
     "shape": "dot", "color": "#37b24d", "kind": "welzijn", "gebied": None, "url": "/organisations/o2",
     "group": "organisation"},
    {"id": "person:p1", "label": "Anne", "title": "Anne", "x": 3.0, "y": 4.0, "size": 5, "shape": "square",
     "color": "#868e96", "url": "/people/p1", "group": "person"},
]
EDGES = [
    {"id": "o1|o2", "from": "o1", "to": "o2", "carriers": 2, "bus_factor": 1, "broken": False, "width": 2.2,
     "color": "#d9480f", "dashes": False, "title": "Taalcafé — Wijkteam: 2 carrier(s)"},
    # One person with two roles at one organisation: two edges between the same two nodes.
    {"id": "aff:p1|o1|staff", "from": "person:p1", "to": "o1", "width": 0.5, "color": "#868e96",
     "title": "staff", "role": "staff"},
    {"id": "aff:p1|o1|board", "from": "person:p1", "to": "o1", "width": 0.5, "color": "#868e96",
     "title": "board", "role": "board"},
]


def test_rows_come_out_of_pyvis_with_every_key_and_value() -> None:
    nodes, edges = vis_rows(NODES, EDGES)
    assert nodes == NODES  # group and colour both kept (pyvis alone would drop the colour of a group)
    assert edges == EDGES  # every edge, also a second one between the same two nodes


def test_an_edge_to_a_missing_node_is_refused() -> None:
    with pytest.raises(ValueError, match="ghost"):
        vis_rows(NODES[:1], [{"id": "x", "from": "o1", "to": "ghost"}])


@pytest.mark.parametrize(("carriers", "one"), [
    ([["p1"]], True),                         # one shared member
    ([["p1", "p2"]], True),                   # one contact: either leaving breaks it
    ([["p1"], ["p1", "p2"]], True),           # p1 is in every carrier
    ([["p1"], ["p2"]], False),                # two independent members
    ([["p1", "p2"], ["p3", "p4"]], False),
    ([], False),
])
def test_a_link_hangs_on_one_person_when_someone_is_in_every_carrier(carriers: list[list[str]],
                                                                      one: bool) -> None:
    assert hangs_on_one_person(OrgLink("a", "b", carriers)) is one


def test_vis_network_comes_from_the_installed_pyvis_package() -> None:
    assert (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8").lstrip().startswith("/**")
    assert (VIS_DIR / "vis-network.css").is_file()
