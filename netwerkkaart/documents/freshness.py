"""How current the map is, for people: the share of organisations confirmed lately (the overview and the
council report show the same figure from `confirmation_share`), the "verouderd" list, and confirming
a record unchanged with its refusals said in nl or en.

The threshold is `NETWERKKAART_STALE_MONTHS` (default 12): a record not confirmed for more months
than that is stale, and the share counts the organisations confirmed within that many months.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.areas_index import AreaIndex
from analysis.directory import resolve_area, resolve_kind
from analysis.freshness import is_stale, months_before, share_confirmed, stale_records
from analysis.i18n import format_date, format_number, kind_name, text
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.freshness import (
    AffConfirmation,
    AffiliationKey,
    Confirmed,
    OrgConfirmation,
    UnknownRecordError,
    confirm_records,
    organisation_confirmations,
)
from graph.model import ROLES as AFFILIATION_ROLES
from graph.settings import Settings

PER_PAGE = 50
WHAT = ("organisations", "affiliations")  # the list's "Wat" filter; empty: both


def stale_months() -> int:
    """Return the configured number of months after which a record is stale (NETWERKKAART_STALE_MONTHS)."""
    return Settings().stale_months


def confirmation_share(graph: Graph, *, months: int | None = None,
                       now: dt.datetime | None = None) -> dict[str, Any]:
    """Return {"confirmed", "total", "share", "months", "since"}: the organisations confirmed within
    `months` (default: the setting) before `now`; the one figure the overview and the report show."""
    months = months or stale_months()
    share = share_confirmed(organisation_confirmations(graph),
                            months_before(now or dt.datetime.now(dt.UTC), months))
    return {"confirmed": share.confirmed, "total": share.total, "share": share.share, "months": months,
            "since": share.since.date().isoformat()}


def share_sentence(figure: dict[str, Any], lang: str) -> str:
    """Return "66,7 % van de organisaties in het afgelopen jaar bevestigd (2 van 3)" in `lang`."""
    period = (text("fresh_last_year", lang) if figure["months"] == 12
              else text("fresh_last_months", lang).format(n=figure["months"]))
    share = "–" if figure["share"] is None else format_number(100 * figure["share"], lang, 1)
    return text("fresh_share", lang).format(
        pct=share, period=period, confirmed=format_number(figure["confirmed"], lang),
        total=format_number(figure["total"], lang))


@dataclass(frozen=True, slots=True)
class StaleQuestion:
    """The list's filters as typed: gebied or wijk (name or code), kind, what, page."""

    area: str = ""
    kind: str = ""
    what: str = ""
    page: int = 1


def stale_document(orgs: Sequence[OrgConfirmation], affs: Sequence[AffConfirmation], index: AreaIndex,
                   question: StaleQuestion, *, lang: str, months: int | None = None,
                   now: dt.datetime | None = None) -> dict[str, Any]:
    """Return one page of the stale records, oldest first, with the totals per entity.

    Raise InvalidInputError (a Dutch or English message naming the filter) for an unknown area, kind
    or `what`.
    """
    months = months or stale_months()
    cutoff = months_before(now or dt.datetime.now(dt.UTC), months)
    area = resolve_area(question.area, index, lang) if question.area.strip() else None
    kind = resolve_kind(question.kind, lang) if question.kind.strip() else None
    if question.what not in ("", *WHAT):
        raise InvalidInputError(text("fresh_bad_what", lang))
    records = stale_records(orgs if question.what != "affiliations" else [],
                            affs if question.what != "organisations" else [], cutoff, area=area, kind=kind)
    pages = max(1, math.ceil(len(records) / PER_PAGE))
    page = min(question.page, pages)
    shown = records[(page - 1) * PER_PAGE:page * PER_PAGE]
    return {"months": months, "since": cutoff.date().isoformat(), "total": len(records),
            "organisations": sum(1 for r in records if isinstance(r, OrgConfirmation)),
            "affiliations": sum(1 for r in records if isinstance(r, AffConfirmation)),
            "page": page, "pages": pages, "area": area, "kind": kind,
            "items": [_item(r, index, lang) for r in shown]}


def _item(record: OrgConfirmation | AffConfirmation, index: AreaIndex, lang: str) -> dict[str, Any]:
    confirmed = format_date(record.confirmed.date(), lang) if record.confirmed else text("fresh_never", lang)
    codes = dict.fromkeys(c for c in (record.gebied, record.wijk) if c)  # a gebied only once
    area = " · ".join(index.names.get(code, code) for code in codes)
    common = {"kind": kind_name(record.kind, lang), "area": area, "confirmed": confirmed}
    if isinstance(record, OrgConfirmation):
        return {"record": "organisation", "organisation_id": record.id, "organisation_name": record.name,
                **common}
    return {"record": "affiliation", "organisation_id": record.organisation_id,
            "organisation_name": record.organisation_name, "person_id": record.person_id,
            "person_name": record.person_name, "role": record.role, "role_name": role_name(record.role, lang),
            **common}


def organisation_freshness(orgs: Sequence[OrgConfirmation], org_id: str, *, lang: str,
                           months: int | None = None, now: dt.datetime | None = None
                           ) -> dict[str, Any] | None:
    """Return {"confirmed": the date in words, "stale": bool} for one organisation (None: unknown id)."""
    found = next((o for o in orgs if o.id == org_id), None)
    if found is None:
        return None
    cutoff = months_before(now or dt.datetime.now(dt.UTC), months or stale_months())
    said = format_date(found.confirmed.date(), lang) if found.confirmed else text("fresh_never", lang)
    return {"confirmed": said, "stale": is_stale(found.confirmed, cutoff)}


def role_name(role: str, lang: str) -> str:
    """Return an affiliation role's display name (medewerker, vrijwilliger, …)."""
    return text(f"report_role_{role}", lang) if role in AFFILIATION_ROLES else role


def confirm(graph: Graph, *, organisation: str, person: str = "", role: str = "", who: str,
            lang: str, ip: str = "") -> Confirmed:
    """Confirm one organisation (no `person`) or one affiliation unchanged, as a run; return it.

    Raise InvalidInputError with a message in `lang` naming the field (nothing written) when a field
    is missing or the record does not exist.
    """
    if not organisation.strip():
        raise InvalidInputError(text("fresh_missing_organisation", lang))
    if person.strip() and role not in AFFILIATION_ROLES:
        raise InvalidInputError(text("fresh_bad_role", lang))
    key: AffiliationKey = (person, organisation, role)
    try:
        if person.strip():
            return confirm_records(graph, affiliations=[key], who=who, ip=ip)
        return confirm_records(graph, organisations=[organisation], who=who, ip=ip)
    except UnknownRecordError as exc:
        raise InvalidInputError(text(f"fresh_unknown_{exc.entity}", lang)) from exc
