"""The referral finder: organisations ranked by fit for a need, language and area, each with its reasons.

Score (higher is better), the sum of:
- area: serves that wijk 3 · serves its gebied 2 · city-wide 1 (for a gebied: serves the gebied 3 ·
  serves some of its wijken 2 · city-wide 1); organisations that do not serve the area are left out;
- language: speaks it +2 (an organisation that does not is kept, with that reason);
- room: capacity with no waitlist +1; a waitlist of N lowers that to 1 − 2·N/capacity (at least −1);
  unknown capacity 0;
- acceptance: + the share of decided referrals it accepted (accepted + completed over accepted,
  completed, rejected and no_capacity); none decided yet 0;
- volunteering (need `vrijwilligerswerk` or `volunteer=True`): organisations with volunteer roles open
  to non-Dutch speakers +5, so they come first; such organisations are candidates even when they do
  not offer `vrijwilligerswerk` as a service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from analysis.areas_index import AreaIndex
from analysis.finder_input import AreaChoice
from analysis.i18n import text
from analysis.refer_words import language_name
from graph.rows import OrgInfo

VOLUNTEER_NEED = "vrijwilligerswerk"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason for a rank: a key into the texts and its values."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        """Return the reason as a sentence in Dutch (`nl`) or English, a language by its name."""
        params = dict(self.params)
        if "language" in params:
            params["language"] = language_name(params["language"], lang)
        if "need" in params:
            params["need"] = text(f"refer_need_{params['need']}", lang)
        return text(f"reason_{self.key}", lang).format(**params)


def _reason(key: str, **params: Any) -> Reason:
    return Reason(key, tuple(params.items()))


@dataclass(slots=True)
class Match:
    """One organisation's fit: its score and the reasons behind it."""

    org: OrgInfo
    score: float = 0.0
    reasons: list[Reason] = field(default_factory=list)


def _area_fit(org: OrgInfo, area: AreaChoice | None, index: AreaIndex) -> tuple[float, Reason | None]:
    served = set(org.serves_areas)
    if area is None:
        return 0.0, None
    name = index.names.get(area.code, area.code)
    if not served:
        return 1.0, _reason("citywide")
    if area.code in served:
        return 3.0, _reason("serves_wijk" if area.level == "wijk" else "serves_gebied", area=name)
    if area.level == "wijk":
        gebied = index.gebied_of.get(area.code)
        if gebied in served:
            return 2.0, _reason("serves_gebied", area=index.names.get(gebied, gebied))
        return -1.0, None
    inside = index.wijken_of.get(area.code, [])
    some = sum(1 for w in inside if w in served)
    return (2.0, _reason("serves_some", n=some, total=len(inside), area=name)) if some else (-1.0, None)


def _room(org: OrgInfo) -> tuple[float, Reason]:
    if not org.capacity:
        return 0.0, _reason("capacity_unknown")
    if not org.waitlist:
        return 1.0, _reason("room", capacity=org.capacity)
    return max(-1.0, 1 - 2 * org.waitlist / org.capacity), _reason(
        "waitlist", waitlist=org.waitlist, capacity=org.capacity)


def _acceptance(stats: tuple[int, int] | None) -> tuple[float, Reason]:
    accepted, decided = stats or (0, 0)
    if not decided:
        return 0.0, _reason("no_history")
    rate = accepted / decided
    return rate, _reason("accepts", pct=round(100 * rate), accepted=accepted, decided=decided)


def match(org: OrgInfo, need: str, language: str | None, area: AreaChoice | None, index: AreaIndex,
          acceptance: Mapping[str, tuple[int, int]], volunteer: bool) -> Match | None:
    """Return one organisation's fit, or None when it does not offer the need or serve the area."""
    offers = need in org.services
    if not offers and not (volunteer and org.nondutch_roles):
        return None
    area_score, area_reason = _area_fit(org, area, index)
    if area_score < 0:
        return None
    m = Match(org, area_score, [_reason("offers", need=need)] if offers else [])
    if volunteer and org.nondutch_roles:
        m.score += 5
        m.reasons.append(_reason("nondutch_roles"))
    if area_reason:
        m.reasons.append(area_reason)
    if language:
        speaks = language in org.languages
        m.score += 2 if speaks else 0
        m.reasons.append(_reason("speaks" if speaks else "not_speaks", language=language))
    for score, reason in (_room(org), _acceptance(acceptance.get(org.id))):
        m.score += score
        m.reasons.append(reason)
    return m


def rank(orgs: Iterable[OrgInfo], index: AreaIndex, acceptance: Mapping[str, tuple[int, int]], *,
         need: str, language: str | None = None, area: AreaChoice | None = None,
         volunteer: bool = False, limit: int = 20) -> list[Match]:
    """Return the best `limit` matches, highest score first (ties by name, then id)."""
    volunteer = volunteer or need == VOLUNTEER_NEED
    found = [m for o in orgs if (m := match(o, need, language, area, index, acceptance, volunteer))]
    found.sort(key=lambda m: (-m.score, m.org.name, m.org.id))
    return found[:limit]


def results_json(matches: Iterable[Match], lang: str = "en") -> list[dict[str, Any]]:
    """Return matches in the `refer --json` shape, reasons as sentences plus their keys."""
    return [{"organisation": m.org.id, "name": m.org.name, "score": round(m.score, 3),
             "reasons": [r.text(lang) for r in m.reasons], "reason_keys": [r.key for r in m.reasons],
             "kind": m.org.kind, "area": m.org.area, "capacity": m.org.capacity,
             "waitlist": m.org.waitlist, "languages": list(m.org.languages),
             "language_names": [language_name(c, lang) for c in m.org.languages],
             "nondutch_roles": m.org.nondutch_roles} for m in matches]
