"""Links on paper: partnerships and referral flows that no known person carries, and who should meet."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.network import CarrierNetwork
from graph.rows import OrgRow, PartnershipRow, ReferralRow


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def carried_pairs(net: CarrierNetwork) -> set[tuple[str, str]]:
    """Return the org-id pairs (a < b) that have at least one current carrier."""
    return {(net.orgs[a], net.orgs[b]) for a, b in net.links}


def referral_flow(referrals: Iterable[ReferralRow], recent: bool = True) -> dict[tuple[str, str], int]:
    """Return referrals per unordered org pair (both directions summed; `recent` = last year only)."""
    flow: dict[tuple[str, str], int] = {}
    for r in referrals:
        if r.source == r.target:
            continue
        amount = r.recent if recent else r.count
        if amount:
            key = _key(r.source, r.target)
            flow[key] = flow.get(key, 0) + amount
    return flow


def uncarried_links(net: CarrierNetwork, partnerships: Iterable[PartnershipRow],
                    referrals: Iterable[ReferralRow]) -> list[dict[str, object]]:
    """Return current partnerships and last year's referral pairs with no carrier, as {a, b, kind}."""
    carried = carried_pairs(net)
    out: dict[tuple[str, str, str], dict[str, object]] = {}
    for p in partnerships:
        key = _key(p.a, p.b)
        if key not in carried and p.a != p.b:
            kind = f"partnership:{p.kind}" if p.kind else "partnership"
            out[(*key, kind)] = {"a": key[0], "b": key[1], "kind": kind, "id": p.id}
    for key, amount in referral_flow(referrals).items():
        if key not in carried:
            out[(*key, "referral")] = {"a": key[0], "b": key[1], "kind": "referral", "referrals": amount}
    return [out[k] for k in sorted(out)]


def link_suggestions(net: CarrierNetwork, organisations: Iterable[OrgRow], referrals: Iterable[ReferralRow],
                     top: int = 25, min_flow: int = 2) -> list[dict[str, object]]:
    """Return uncarried org pairs with heavy recent referrals and a shared area or complementary services."""
    orgs = {o.id: o for o in organisations}
    carried = carried_pairs(net)
    scored = []
    flows = referral_flow(referrals)
    for (a, b), flow in flows.items():
        if flow < min_flow or (a, b) in carried or a not in orgs or b not in orgs:
            continue
        reasons = _reasons(orgs[a], orgs[b], flow)
        if len(reasons) > 1:
            weight = 1 + sum(w for w, _ in reasons[1:])
            scored.append((flow * weight, a, b, [text for _, text in reasons]))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    return [{"a": a, "b": b, "score": round(score, 2), "reasons": reasons, "referrals": flows[(a, b)]}
            for score, a, b, reasons in scored[:top]]


def _reasons(x: OrgRow, y: OrgRow, flow: int) -> list[tuple[float, str]]:
    reasons = [(0.0, f"{flow} referrals between them in the last year, but nobody known carries the link")]
    if x.area and x.area == y.area:
        reasons.append((1.0, f"both in wijk {x.area}"))
    elif x.gebied and x.gebied == y.gebied:
        reasons.append((0.5, f"both in gebied {x.gebied}"))
    only_x, only_y = set(x.services) - set(y.services), set(y.services) - set(x.services)
    if only_x and only_y:
        offers = f"{', '.join(sorted(only_x))} ↔ {', '.join(sorted(only_y))}"
        reasons.append((0.5, f"complementary services: {offers}"))
    return reasons
