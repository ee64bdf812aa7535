"""The fragility document computed in a forked child equals the one computed here; failures come back."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.rows import AffiliationRow, ContactRow, OrgRow, ReferralRow, RoleHistory, Snapshot
from netwerkkaart.documents.analysis import fragility_in_child, fragility_snapshot
from netwerkkaart.documents.fragility_child import FragilityInChild

D = dt.date


def _snapshot() -> Snapshot:
    snap = Snapshot(as_of=D(2025, 1, 1))
    snap.organisations = [OrgRow(o, f"Org {o}", "welzijn", None, None, ()) for o in "ABCDE"]
    snap.affiliations = [AffiliationRow("p1", "A", "staff", D(2020, 1, 1), None),
                         AffiliationRow("p1", "B", "volunteer", D(2020, 1, 1), D(2025, 2, 1)),
                         AffiliationRow("p2", "C", "staff", D(2021, 1, 1), None),
                         AffiliationRow("p3", "D", "coordinator", D(2021, 1, 1), None),
                         AffiliationRow("p4", "E", "staff", D(2022, 1, 1), None)]
    snap.contacts = [ContactRow("p2", "p3"), ContactRow("p1", "p2")]
    snap.referrals = [ReferralRow("A", "E", "no_capacity", 3, 3)]
    snap.history = [RoleHistory("staff", 4, 10.0)]
    snap.person_names = {"p1": "Een", "p2": "Twee", "p3": "Drie", "p4": "Vier"}
    return snap


def test_the_child_computes_the_same_document() -> None:
    snap = _snapshot()
    child = fragility_in_child(snap, runs=30, seed=2, what_if=["p1"])
    expected = fragility_snapshot(snap, runs=30, seed=2, what_if=["p1"])
    assert child.people() == expected["people"]
    assert child.document() == expected
    assert [stage for stage, _ in child.stages][-1] == "introductions and suggestions"


def test_a_failure_in_the_child_is_raised_here() -> None:
    child = FragilityInChild(fragility_snapshot, _snapshot(), runs=30, no_such_option=1)
    with pytest.raises(RuntimeError, match="no_such_option"):
        child.document()
