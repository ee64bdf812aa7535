"""The analyse and fragility documents end to end on the hand-worked dated network."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError
from graph.metric_snapshots import Writes, read_snapshots
from graph.rows import OrgRow, Snapshot
from netwerkkaart.documents.analysis import (
    analyse_document,
    analyse_snapshot,
    fragility_document,
    fragility_snapshot,
    org_fragility,
)
from tests.analysis.dataset import AS_OF, load


def test_fragility_document_by_hand(graph: Graph) -> None:
    load(graph)
    doc = fragility_document(graph, AS_OF, what_if=["p1"], runs=20, seed=3)
    assert doc["as_of"] == "2025-01-01"
    assert doc["links"] == [{"a": "A", "b": "B", "bus_factor": 1, "carriers": [["p1"]]},
                            {"a": "C", "b": "D", "bus_factor": 1, "carriers": [["p3", "p4"]]}]
    assert [(u["a"], u["b"], u["kind"]) for u in doc["uncarried_links"]] == [
        ("A", "C", "referral"), ("A", "E", "partnership:samenwerking"), ("A", "E", "referral")]
    people = {p["id"]: p for p in doc["people"]}
    assert people["p1"] == {"id": "p1", "links_broken": 1, "orgs_isolated": 2, "pairs_disconnected": 1}
    assert people["p3"]["pairs_disconnected"] == 1 and people["p4"]["links_broken"] == 1
    assert people["p2"]["pairs_disconnected"] == 0 and "p5" not in people
    # 5 orgs, 2 connected pairs of 10.
    assert doc["curves"]["random"]["connected_pairs_mean"][0] == 0.2
    assert doc["curves"]["targeted"]["connected_pairs"][-1] == 0.0
    assert set(doc["simulation"]) >= {"years", "runs", "links_lost_mean", "connected_pairs_mean"}
    assert doc["simulation"]["runs"] == 20
    assert doc["what_if"]["orgs_isolated"] == ["A", "B"]
    for intro in doc["introductions"]:
        assert set(intro) >= {"person", "other_person", "a", "b", "gain", "reason"}


def test_fragility_rejects_unknown_people_and_bad_parameters(graph: Graph) -> None:
    load(graph)
    with pytest.raises(InvalidInputError, match="ghost"):
        fragility_document(graph, AS_OF, what_if=["ghost"])
    with pytest.raises(InvalidInputError, match="herhalingen moeten minstens 1 zijn") as refused:
        fragility_document(graph, AS_OF, runs=0)
    assert refused.value.text("en").startswith("runs must be >= 1")


def test_analyse_document_and_dated_write_back(graph: Graph) -> None:
    load(graph)
    doc = analyse_document(graph, AS_OF)
    orgs = {o["id"]: o for o in doc["organisations"]}
    assert orgs["A"]["degree"] == 1 and orgs["E"]["degree"] == 0
    assert orgs["A"]["community"] == orgs["B"]["community"] != orgs["C"]["community"]
    assert {p["id"] for p in doc["people"]} == {"p1", "p2", "p3", "p4", "p6"}
    referrals = {r["id"]: r for r in doc["referrals"]}
    flows = (referrals["E"]["in_weight"], referrals["A"]["out_weight"], referrals["A"]["in_weight"])
    assert flows == (3, 3, 1)
    analyse_document(graph, dt.date(2024, 1, 1))
    history = read_snapshots(graph, "organisation", "B")
    # B had two links (A via p1, C via p2) in 2024 and one on the as-of date.
    assert [(s["as_of"], s["degree"]) for s in history] == [(dt.date(2024, 1, 1), 2), (AS_OF, 1)]


def test_org_fragility(graph: Graph) -> None:
    load(graph)
    one = org_fragility(graph, AS_OF, "C")
    assert [(r["a"], r["b"]) for r in one["links"]] == [("C", "D")]
    assert {r["id"] for r in one["people"]} == {"p2", "p3"}
    with pytest.raises(NotFoundError):
        org_fragility(graph, AS_OF, "nope")


def test_write_back_queued_behind_the_computing_writes_the_same_snapshots(graph: Graph) -> None:
    load(graph)
    writes = Writes(graph)
    analyse_document(graph, AS_OF, writes=writes)
    fragility_document(graph, AS_OF, runs=20, seed=3, write_back=True, writes=writes)
    assert writes.wait() == 5 + 5 + 5 + 5 + 4  # orgs, people, referral orgs; fragility people and linked orgs
    assert [(s["as_of"], s["degree"]) for s in read_snapshots(graph, "organisation", "B")] == [(AS_OF, 1)]
    assert read_snapshots(graph, "fragility_person", "p1")[0]["pairs_disconnected"] == 1
    writes.submit(AS_OF, {"no such scope": {}})
    with pytest.raises(ValueError, match="no such scope"):
        writes.close()


@pytest.mark.parametrize("organisations", [[], [OrgRow("o1", "Eén"), OrgRow("o2", "Twee")]],
                         ids=["nothing", "organisations without people"])
def test_a_network_without_people_gets_both_documents(organisations: list[OrgRow]) -> None:
    # A fresh database (or one that just came back up) holds no people: the vectorised curves and
    # simulation must still answer, as the per-run loops did.
    snap = Snapshot(as_of=AS_OF, organisations=organisations)
    assert analyse_snapshot(snap)["as_of"] == AS_OF.isoformat()
    fragility = fragility_snapshot(snap)
    assert fragility["curves"]["random"]["connected_pairs_mean"] == [0.0] * 51
