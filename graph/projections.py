"""Bulk reads of the network as of a date, as plain rows for `analysis/` (a handful of queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.queries import Query

_ORGANISATIONS = Query("projection_organisations")
_AFFILIATIONS = Query("projection_affiliations")
_HISTORY = Query("projection_affiliation_history")
_CONTACTS = Query("projection_contacts")
_PARTNERSHIPS = Query("projection_partnerships")
_REFERRALS = Query("projection_referrals")
_PEOPLE = Query("projection_people")
_PERSON_EXISTS = Query("projection_person_exists")
# Referrals within this many days before the date count as current flow.
RECENT_DAYS = 365


@dataclass(frozen=True, slots=True)
class OrgRow:
    """An organisation's id, name, kind, location (wijk/gebied codes) and services."""

    id: str
    name: str
    kind: str | None = None
    area: str | None = None
    gebied: str | None = None
    services: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AffiliationRow:
    """A current affiliation: person, organisation, role and its dates."""

    person: str
    organisation: str
    role: str
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A current KNOWS tie (undirected)."""

    person: str
    other: str
    strength: int | None = None


@dataclass(frozen=True, slots=True)
class PartnershipRow:
    """A partnership current on the date, with its named contact persons."""

    id: str
    a: str
    b: str
    kind: str | None = None
    contact_person_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferralRow:
    """Referrals from `source` to `target` with one outcome, summed up to the date (`recent`: last year)."""

    source: str
    target: str
    status: str
    count: int
    recent: int = 0


@dataclass(frozen=True, slots=True)
class TenureRow:
    """Role and dates of an affiliation begun by the date (ended or not): turnover history."""

    role: str
    since: dt.date | None
    until: dt.date | None


@dataclass(slots=True)
class Snapshot:
    """Everything analysis reads about the network on one date."""

    as_of: dt.date
    organisations: list[OrgRow] = field(default_factory=list)
    affiliations: list[AffiliationRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    partnerships: list[PartnershipRow] = field(default_factory=list)
    referrals: list[ReferralRow] = field(default_factory=list)
    tenures: list[TenureRow] = field(default_factory=list)
    person_names: dict[str, str] = field(default_factory=dict)


def _date(value: Any) -> dt.date | None:
    return value.to_native() if hasattr(value, "to_native") else value


def load_snapshot(graph: Graph, as_of: dt.date) -> Snapshot:
    """Return the network as of `as_of` (current affiliations, contacts, partnerships, referrals)."""
    snap = Snapshot(as_of=as_of)
    snap.organisations = [
        OrgRow(r["id"], r["name"] or r["id"], r["kind"], r["area"], r["gebied"], tuple(r["services"]))
        for r in graph.read(_ORGANISATIONS)]
    snap.affiliations = [
        AffiliationRow(r["person"], r["organisation"], r["role"], _date(r["since"]), _date(r["until"]))
        for r in graph.read(_AFFILIATIONS, as_of=as_of)]
    snap.contacts = [ContactRow(r["person"], r["other"], r["strength"])
                     for r in graph.read(_CONTACTS, as_of=as_of)]
    snap.partnerships = [
        PartnershipRow(r["id"], r["a"], r["b"], r["kind"], tuple(r["contact_person_ids"]))
        for r in graph.read(_PARTNERSHIPS, as_of=as_of)]
    recent_from = as_of - dt.timedelta(days=RECENT_DAYS)
    snap.referrals = [ReferralRow(r["source"], r["target"], r["status"], int(r["count"]), int(r["recent"]))
                      for r in graph.read(_REFERRALS, as_of=as_of, recent_from=recent_from)]
    snap.tenures = [TenureRow(r["role"], _date(r["since"]), _date(r["until"]))
                    for r in graph.read(_HISTORY, as_of=as_of)]
    snap.person_names = {r["id"]: r["name"] for r in graph.read(_PEOPLE, as_of=as_of)}
    return snap


def check_people_exist(graph: Graph, ids: Iterable[str]) -> None:
    """Return nothing; raise InvalidInputError naming every id that is not a Person."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    found = {r["id"] for r in graph.read(_PERSON_EXISTS, ids=wanted)}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise InvalidInputError(
            f"unknown person id(s): {', '.join(missing)} — use the ids from the people sheet"
            " (see `netwerkkaart fragility --json`, key people[].id)")
