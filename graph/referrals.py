"""Referrals between organisations: totals, outcomes per receiver, dated events, and recording one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph import catalogue
from graph.areas import areas
from graph.driver import Graph, TxRunner
from graph.errors import InvalidInputError
from graph.model import SUPPORT_TYPES, Referral
from graph.organisations import existing_organisation_ids
from graph.queries import Query
from graph.rows import ReferralEvent
from graph.runs import ChangeLog, record_changes
from graph.upserts import WriteContext, upsert_referrals
from graph.values import packed, to_date

_TOTALS = Query("referral_totals")
_ACCEPTANCE = Query("referral_acceptance")
_EVENTS = Query("referral_events")
_CONTACTS = Query("organisation_contacts")
RECORD_SOURCE = "netwerkkaart refer"


def referral_totals(graph: Graph, *, start: dt.date, end: dt.date) -> dict[str, int]:
    """Return {status: number of referrals} dated between start and end."""
    return {row["status"] or "onbekend": row["count"]
            for row in graph.read(_TOTALS, start=start, end=end)}


def read_acceptance(graph: Graph, *, until: dt.date) -> dict[str, tuple[int, int]]:
    """Return per receiving organisation (accepted + completed, decided) referrals dated up to `until`."""
    return {r["id"]: (int(r["accepted"]), int(r["decided"])) for r in graph.read(_ACCEPTANCE, until=until)}


def read_referrals(graph: Graph, *, start: dt.date, until: dt.date) -> list[ReferralEvent]:
    """Return referral records dated from `start` to `until` (inclusive)."""
    return [ReferralEvent(a, b, to_date(d), need, area, lang, status, int(count))
            for a, b, d, need, area, lang, status, count
            in packed(graph, _EVENTS, start=start, until=until)]


@dataclass(frozen=True, slots=True)
class OrgContact:
    """Where a newcomer is referred to: an organisation's public address and contact details."""

    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    description: str | None = None


def referral_contacts(graph: Graph, *, ids: list[str]) -> dict[str, OrgContact]:
    """Return the public contact details of the organisations `ids` (unknown ids are left out)."""
    return {r["id"]: OrgContact(r["address"], r["postcode"], r["phone"], r["email"], r["website"],
                                r["description"]) for r in graph.read(_CONTACTS, ids=ids)}


def _check(graph: Graph, from_org: str, to_org: str, need: str, area: str | None) -> None:
    found = existing_organisation_ids(graph, [from_org, to_org])
    missing = [o for o in (from_org, to_org) if o not in found]
    problems: list[tuple[str, dict[str, object]]] = [("err_referral_unknown_org", {"id": o}) for o in missing]
    if from_org == to_org:
        problems.append(("err_referral_self", {}))
    if need not in SUPPORT_TYPES:
        problems.append(("err_referral_unknown_need", {"need": need, "needs": ", ".join(SUPPORT_TYPES)}))
    if area is not None and area not in {a.code for a in areas(graph)}:
        problems.append(("err_referral_unknown_area", {"area": area}))
    if problems:
        raise _RefusedReferral(problems)


class _RefusedReferral(InvalidInputError):
    """A referral that cannot be recorded, with every reason, in any language."""

    def __init__(self, problems: list[tuple[str, dict[str, object]]]) -> None:
        self.problems = problems
        super().__init__(self.text(catalogue.default_lang()))

    def text(self, lang: str) -> str:
        """Return the refusal with its reasons in `lang`."""
        reasons = "; ".join(catalogue.say(key, lang, **values) for key, values in self.problems)
        return catalogue.say("err_referral_refused", lang, problems=reasons)


def record_referral(graph: Graph, from_org: str, to_org: str, need: str, area: str | None = None,
                    language: str | None = None, *, day: dt.date | None = None, who: str = "cli") -> str:
    """Upsert a REFERRED from `from_org` to `to_org` with status `sent`; return its id.

    The id is derived from the two organisations, need, area, language and day, so recording the same
    referral twice on one day changes nothing. Bad ids, need or area raise InvalidInputError
    (nothing written).
    """
    _check(graph, from_org, to_org, need, area)
    day = day or dt.date.today()
    ref_id = "ref-" + "|".join((from_org, to_org, need, area or "", language or "", day.isoformat()))
    row = Referral(ref_id, from_org, to_org, day, need, area=area, language=language, status="sent")
    now = dt.datetime.now(dt.UTC)

    def work(tx: TxRunner) -> None:  # recorded as an `edit` run, so that it can be undone
        log = ChangeLog.start("edit", who=who)
        upsert_referrals(tx, [row], WriteContext(RECORD_SOURCE, log.id, now, changes=log))
        if log.entries.get("referrals"):  # the same referral again the same day changes nothing
            record_changes(tx, log, source=RECORD_SOURCE)

    graph.in_transaction(work)
    return ref_id
