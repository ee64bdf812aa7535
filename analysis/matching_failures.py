"""Why matching fails, per gebied and need: the reasons ranked by how many they touch (pure).

Five reasons, each counted once per referral or person so that they can be ranked side by side:
- `no_provider`: demand (people asking) in the gebied's wijken where no organisation offers the need
  (the monitor's `providers` is 0 there);
- `no_room`: referrals declined for lack of capacity (status no_capacity); the gebied's waitlist is
  given alongside;
- `language`: referrals asking a language the receiving organisation does not list;
- `bounce`: referrals declined (rejected) or passed on again within the bounce window
  (`analysis.matching.bounced`), not counting those already under `no_room`;
- `low_acceptance`: when the gebied's share of decided referrals that were accepted is below the
  city's for that need (at least MIN_DECIDED decided), the accepted referrals it falls short by.
Demand and providers come from the monitor rows (the one definition of supply); referrals are those
of the window the caller chose.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from analysis.areas_index import AreaIndex
from analysis.matching import ACCEPTED, DECIDED, bounced
from graph.rows import OrgInfo, ReferralEvent

REASONS = ("no_provider", "no_room", "language", "bounce", "low_acceptance")
MIN_DECIDED = 5
Key = tuple[str, str]  # (gebied, need)


def _no_provider(rows: Iterable[Mapping[str, Any]], index: AreaIndex) -> dict[Key, dict[str, Any]]:
    out: dict[Key, dict[str, Any]] = defaultdict(lambda: {"count": 0, "wijken": []})
    for r in rows:
        gebied = index.gebied_of.get(r["area"])
        if r["level"] == "wijk" and gebied and r["providers"] == 0 and r["demand"] > 0:
            entry = out[(gebied, r["need"])]
            entry["count"] += r["demand"]
            entry["wijken"].append(r["area_name"])
    return out


def _referral_counts(referrals: Sequence[ReferralEvent], onward: Iterable[ReferralEvent],
                     orgs: Mapping[str, OrgInfo], index: AreaIndex, bounce_days: int
                     ) -> dict[Key, Counter[str]]:
    """Return per (gebied, need) counts: no_room, language, rejected, passed_on, decided, accepted."""
    passed_on = {id(r) for r in bounced(referrals, onward, bounce_days)}
    counts: dict[Key, Counter[str]] = defaultdict(Counter)
    for r in referrals:
        gebied = index.gebied_of.get(r.area or "") or (r.area if index.level.get(r.area or "") == "gebied"
                                                       else None)
        if gebied is None:
            continue
        c = counts[(gebied, r.need)]
        target = orgs.get(r.target)
        if r.language and target is not None and r.language not in target.languages:
            c["language"] += r.count
            c[f"language:{r.language}"] += r.count
        if r.status == "no_capacity":
            c["no_room"] += r.count
        elif r.status == "rejected":
            c["rejected"] += r.count
        elif id(r) in passed_on:
            c["passed_on"] += r.count
        c["decided"] += r.count if r.status in DECIDED else 0
        c["accepted"] += r.count if r.status in ACCEPTED else 0
    return counts


def _city_acceptance(counts: Mapping[Key, Counter[str]]) -> dict[str, float]:
    decided: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    for (_, need), c in counts.items():
        decided[need] += c["decided"]
        accepted[need] += c["accepted"]
    return {need: accepted[need] / n for need, n in decided.items() if n}


def _reasons(c: Counter[str], gap: dict[str, Any], waitlist: float, city_rate: float | None
             ) -> list[dict[str, Any]]:
    languages = sorted(((k.split(":", 1)[1], n) for k, n in c.items() if k.startswith("language:")),
                       key=lambda kv: (-kv[1], kv[0]))
    found = [
        {"reason": "no_provider", "count": gap["count"], "wijken": sorted(gap["wijken"])},
        {"reason": "no_room", "count": c["no_room"], "waitlist": round(waitlist)},
        {"reason": "language", "count": c["language"], "languages": [lang for lang, _ in languages[:3]]},
        {"reason": "bounce", "count": c["rejected"] + c["passed_on"], "rejected": c["rejected"],
         "passed_on": c["passed_on"]}]
    if city_rate is not None and c["decided"] >= MIN_DECIDED:
        short = round(c["decided"] * city_rate - c["accepted"])
        found.append({"reason": "low_acceptance", "count": max(short, 0), "decided": c["decided"],
                      "acceptance": round(c["accepted"] / c["decided"], 3),
                      "city_acceptance": round(city_rate, 3)})
    ranked = [r for r in found if r["count"] > 0]
    return sorted(ranked, key=lambda r: (-r["count"], REASONS.index(r["reason"])))


def failure_reasons(rows: Sequence[Mapping[str, Any]], referrals: Sequence[ReferralEvent],
                    onward: Iterable[ReferralEvent], orgs: Mapping[str, OrgInfo], index: AreaIndex, *,
                    bounce_days: int = 30) -> list[dict[str, Any]]:
    """Return one entry per gebied and need with demand or a reason, worst first.

    `rows` are the monitor rows of one period (gebieden and wijken); `referrals` those of the window,
    `onward` every referral that may pass one on. Entry: {"gebied", "gebied_name", "need", "demand",
    "shortfall", "total", "reasons": [{"reason", "count", details…}, …]} with the reasons largest first
    and those without a count left out; `total` is the sum of the counts.
    """
    gaps = _no_provider(rows, index)
    counts = _referral_counts(referrals, onward, orgs, index, bounce_days)
    city = _city_acceptance(counts)
    out = []
    for r in rows:
        if r["level"] != "gebied":
            continue
        key = (r["area"], r["need"])
        reasons = _reasons(counts.get(key, Counter()), gaps.get(key, {"count": 0, "wijken": []}),
                           r["waitlist"], city.get(r["need"]))
        if reasons or r["demand"]:
            out.append({"gebied": r["area"], "gebied_name": r["area_name"], "need": r["need"],
                        "demand": r["demand"], "shortfall": r["shortfall"],
                        "total": sum(x["count"] for x in reasons), "reasons": reasons})
    out.sort(key=lambda e: (-e["total"], e["gebied_name"], e["need"]))
    return out
