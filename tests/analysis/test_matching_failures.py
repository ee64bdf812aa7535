"""Why matching fails, on the hand-worked world of tests/analysis/commission_data.py.

Charlois (G1), taal, 2025-Q1: r1 (×2) was declined for lack of room; r3 asked Dutch of O3, which only
speaks Arabic, and r5 asked Tigrinya of O1 (nl, ar): two referrals in a language not spoken; r5 was
also rejected. Five referrals were decided, two accepted (40 %). Added here: five accepted referrals
in Bospolder (G2), so the city accepts 7 of 10 (70 %) and Charlois is round(5 × 0.7 − 2) = 2 short;
and 7 people asking for werk in Carnisse, where no organisation offers werk (O5 serves Tarwewijk only).
"""

from __future__ import annotations

import dataclasses

from analysis.areas_index import area_index
from analysis.matching_failures import failure_reasons
from analysis.supply_demand import Period, monitor_rows
from graph.rows import DemandRow, ReferralEvent
from tests.analysis import commission_data as w

PERIOD = Period(*w.Q1)


def _reasons() -> dict[tuple[str, str], dict[str, dict]]:
    data = w.inputs()
    accepted = [ReferralEvent("X", "O4", w.D(2025, 2, 1 + i), "taal", w.W3, "nl", "accepted")
                for i in range(5)]
    werk = DemandRow(w.W2, "werk", "2025-Q1", w.Q1[1], w.Q1[2], 7)
    data = dataclasses.replace(data, referrals=[*data.referrals, *accepted], demand=[*data.demand, werk])
    rows = monitor_rows(data, w.AS_OF, [PERIOD])
    orgs = {o.id: o for o in data.organisations}
    entries = failure_reasons(rows, data.referrals, data.referrals, orgs, area_index(data.areas))
    return {(e["gebied"], e["need"]): {r["reason"]: r for r in e["reasons"]} | {"_order": e["reasons"]}
            for e in entries}


def test_each_reason_counts_the_referrals_or_people_it_touches() -> None:
    taal = _reasons()[(w.G1, "taal")]
    assert taal["no_room"]["count"] == 2
    assert taal["language"]["count"] == 2 and set(taal["language"]["languages"]) == {"nl", "ti"}
    assert taal["bounce"]["count"] == 1 and taal["bounce"]["rejected"] == 1
    assert taal["low_acceptance"]["count"] == 2
    assert taal["low_acceptance"]["acceptance"] == 0.4 and taal["low_acceptance"]["city_acceptance"] == 0.7
    assert "no_provider" not in taal


def test_demand_in_a_wijk_nobody_serves_for_that_need_is_a_reason_of_its_own() -> None:
    werk = _reasons()[(w.G1, "werk")]
    assert werk["no_provider"]["count"] == 7 and werk["no_provider"]["wijken"] == ["Carnisse"]


def test_reasons_are_ranked_largest_first_and_a_gebied_that_accepts_well_has_no_low_acceptance() -> None:
    order = [r["count"] for r in _reasons()[(w.G1, "taal")]["_order"]]
    assert order == sorted(order, reverse=True)
    assert "low_acceptance" not in _reasons().get((w.G2, "taal"), {})
