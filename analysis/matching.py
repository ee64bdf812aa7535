"""Where matching fails: bouncing referrals, languages asked and not offered, routes rarely accepted.

A referral A→B *bounces* when B refers on (B→C, any C other than B) for the same need and the same
area within `days` days after it (on or after its date): the person did not find help at B.
A referral is *decided* when its status is accepted, completed, rejected or no_capacity; its route's
acceptance is (accepted + completed) / decided.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from analysis.areas_index import AreaIndex
from graph.rows import OrgInfo, ReferralEvent

ACCEPTED = frozenset({"accepted", "completed"})
DECIDED = frozenset({"accepted", "completed", "rejected", "no_capacity"})


def bounced(referrals: Sequence[ReferralEvent], onward: Iterable[ReferralEvent],
            days: int = 30) -> list[ReferralEvent]:
    """Return the referrals in `referrals` that were referred on again (see module docstring)."""
    later: dict[tuple[str, str, str | None], list[dt.date]] = defaultdict(list)
    for r in onward:
        if r.source != r.target:
            later[(r.source, r.need, r.area)].append(r.date)
    for dates in later.values():
        dates.sort()
    out = []
    for r in referrals:
        dates = later.get((r.target, r.need, r.area), [])
        i = bisect.bisect_left(dates, r.date)
        if i < len(dates) and dates[i] <= r.date + dt.timedelta(days=days):
            out.append(r)
    return out


def outcome_by_area(referrals: Iterable[ReferralEvent], index: AreaIndex,
                    status: str | None) -> dict[tuple[str, str], int]:
    """Return per (area, need) the referral count with `status` (None = all), on the wijk and its gebied."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in referrals:
        if status is None or r.status == status:
            for code in index.rollup(r.area):
                counts[(code, r.need)] += r.count
    return counts


def languages_not_offered(referrals: Iterable[ReferralEvent], orgs: Mapping[str, OrgInfo]
                          ) -> list[dict[str, Any]]:
    """Return per language asked in referrals: how often, how often the receiver does not list it, by need."""
    asked: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    by_need: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in referrals:
        if not r.language:
            continue
        asked[r.language] += r.count
        target = orgs.get(r.target)
        if target is not None and r.language not in target.languages:
            missed[r.language] += r.count
            by_need[r.language][r.need] += r.count
    speakers = {lang: sum(1 for o in orgs.values() if lang in o.languages) for lang in asked}
    rows = [{"language": lang, "asked": n, "not_offered": missed[lang],
             "share_not_offered": round(missed[lang] / n, 3), "organisations_offering": speakers[lang],
             "needs": dict(sorted(by_need[lang].items(), key=lambda kv: -kv[1]))}
            for lang, n in asked.items()]
    rows.sort(key=lambda r: (-r["not_offered"], -r["asked"], r["language"]))
    return rows


def route_acceptance(referrals: Iterable[ReferralEvent], orgs: Mapping[str, OrgInfo], *,
                     min_decided: int = 3, top: int = 20) -> list[dict[str, Any]]:
    """Return the org-to-org routes with at least `min_decided` decided referrals, lowest acceptance first."""
    decided: dict[tuple[str, str], int] = defaultdict(int)
    accepted: dict[tuple[str, str], int] = defaultdict(int)
    no_capacity: dict[tuple[str, str], int] = defaultdict(int)
    for r in referrals:
        if r.status in DECIDED:
            decided[(r.source, r.target)] += r.count
            accepted[(r.source, r.target)] += r.count if r.status in ACCEPTED else 0
            no_capacity[(r.source, r.target)] += r.count if r.status == "no_capacity" else 0
    rows = []
    for (a, b), n in decided.items():
        if n >= min_decided:
            rows.append({"from": a, "from_name": _name(orgs, a), "to": b, "to_name": _name(orgs, b),
                         "decided": n, "accepted": accepted[(a, b)], "no_capacity": no_capacity[(a, b)],
                         "acceptance": round(accepted[(a, b)] / n, 3)})
    rows.sort(key=lambda r: (r["acceptance"], -r["decided"], r["from"], r["to"]))
    return rows[:top]


def _name(orgs: Mapping[str, OrgInfo], org_id: str) -> str:
    org = orgs.get(org_id)
    return org.name if org else org_id


def worst_ratios(rows: Iterable[dict[str, Any]], period: str, level: str = "gebied",
                 top: int = 15) -> list[dict[str, Any]]:
    """Return the (area, need) rows of `period` at `level` with demand, lowest supply/demand ratio first."""
    chosen = [r for r in rows if r["period"] == period and r["level"] == level and r["demand"] > 0]
    chosen.sort(key=lambda r: (r["ratio"], -r["shortfall"], r["area"], r["need"]))
    return chosen[:top]
