"""Inventories (roles for non-Dutch speakers, buddy projects), connecting list and pseudonyms."""

from __future__ import annotations

import datetime as dt

from analysis.areas_index import area_index
from analysis.connecting import connecting_list
from analysis.inventories import buddy_inventory, buddy_summary, link_counts, nondutch_inventory
from analysis.pseudonyms import pseudonym
from graph.driver import Graph
from graph.upserts import WriteContext, upsert_dataset
from netwerkkaart.documents import commission
from tests.analysis import commission_data as w


def test_nondutch_inventory_per_gebied_and_need() -> None:
    rows = nondutch_inventory(w.org_infos(), area_index(w.areas()))
    assert rows == [{"gebied": w.G1, "gebied_name": "Charlois", "need": "werk", "organisations": 1,
                     "languages": ["nl", "ti"], "organisation_ids": ["O5"]}]


def test_buddy_inventory_contents() -> None:
    links = link_counts([{"a": "O2", "b": "O3", "bus_factor": 1}, {"a": "O1", "b": "O2", "bus_factor": 2}])
    assert links == {"O2": (2, 1), "O3": (1, 1), "O1": (1, 0)}
    rows = buddy_inventory(w.org_infos(), area_index(w.areas()), {"O2": 4}, links)
    assert [r["id"] for r in rows] == ["O2"]  # the only maatjesproject / maatje offer
    r = rows[0]
    assert (r["gebied_name"], r["serves"], r["capacity"], r["waitlist"], r["volunteers"]) == (
        "Charlois", "Charlois", 20, 0, 4)
    assert (r["links"], r["links_bus_factor_1"], r["services"]) == (2, 1, ["taal", "maatje"])
    summary = buddy_summary(rows)
    assert summary[0]["initiatives"] == 1 and summary[0]["links_bus_factor_1"] == 1


def test_connecting_groups_per_gebied_and_lists_cross_gebied_items_twice() -> None:
    orgs = {"O1": ("Taalhuis", w.G1), "O3": ("Stadsbreed", w.G2), "O2": ("Maatjes", w.G1)}
    fragility = {"introductions": [{"person": "p1", "other_person": "p2", "a": "O1", "b": "O3", "gain": 0.1,
                                    "reason": "x"}],
                 "link_suggestions": [{"a": "O1", "b": "O2", "score": 3.0, "reasons": ["3 referrals"]}]}
    groups = connecting_list(fragility, orgs, {w.G1: "Charlois", w.G2: "Delfshaven"}, lambda p: p.upper())
    assert [g["name"] for g in groups] == ["Charlois", "Delfshaven"]
    charlois, delfshaven = groups
    assert charlois["introductions"][0]["person"] == "P1" and charlois["introductions"][0]["across"]
    assert delfshaven["introductions"] == charlois["introductions"]
    assert charlois["link_suggestions"][0]["b_name"] == "Maatjes" and delfshaven["link_suggestions"] == []


def test_pseudonym_is_keyed_and_stable() -> None:
    a = pseudonym("p-000001", b"secret")
    assert a == pseudonym("p-000001", "secret") and a.startswith("persoon ") and len(a) == 14
    assert a != pseudonym("p-000001", b"other") and a != pseudonym("p-000002", b"secret")
    assert "000001" not in a


def test_buddies_through_neo4j(graph: Graph) -> None:
    upsert_dataset(graph, w.dataset(), WriteContext("test", "t", dt.datetime.now(dt.UTC)))
    doc = commission.buddies(graph, w.AS_OF)
    assert [(r["id"], r["gebied"], r["links"]) for r in doc["initiatives"]] == [("O2", w.G1, 0)]
    assert commission.nondutch(graph)["rows"][0]["organisation_ids"] == ["O5"]
