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
class RoleHistory:
    """Turnover history of one role up to the date: affiliations ended, affiliation-years observed."""

    role: str
    ended: int
    years: float


@dataclass(slots=True)
class Snapshot:
    """Everything analysis reads about the network on one date."""

    as_of: dt.date
    organisations: list[OrgRow] = field(default_factory=list)
    affiliations: list[AffiliationRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    partnerships: list[PartnershipRow] = field(default_factory=list)
    referrals: list[ReferralRow] = field(default_factory=list)
    history: list[RoleHistory] = field(default_factory=list)
    person_names: dict[str, str] = field(default_factory=dict)


def _date(value: Any) -> dt.date | None:
    return value.to_native() if hasattr(value, "to_native") else value


def _packed(graph: Graph, query: Query, **params: Any) -> list[list[Any]]:
    # One record holding every row as a list decodes far faster than one record per row.
    rows = graph.read(query, **params)
    return rows[0]["rows"] if rows else []


def load_snapshot(graph: Graph, as_of: dt.date, *, fragility: bool = True) -> Snapshot:
    """Return the network as of `as_of`; `fragility=False` skips history, partnerships and names."""
    snap = Snapshot(as_of=as_of)
    snap.organisations = [
        OrgRow(r["id"], r["name"] or r["id"], r["kind"], r["area"], r["gebied"], tuple(r["services"]))
        for r in graph.read(_ORGANISATIONS)]
    snap.affiliations = [AffiliationRow(p, o, role, _date(since), _date(until))
                         for p, o, role, since, until in _packed(graph, _AFFILIATIONS, as_of=as_of)]
    snap.contacts = [ContactRow(p, q, strength) for p, q, strength in _packed(graph, _CONTACTS, as_of=as_of)]
    recent_from = as_of - dt.timedelta(days=RECENT_DAYS)
    snap.referrals = [ReferralRow(a, b, status, int(count), int(recent)) for a, b, status, count, recent
                      in _packed(graph, _REFERRALS, as_of=as_of, recent_from=recent_from)]
    if fragility:
        snap.partnerships = [
            PartnershipRow(r["id"], r["a"], r["b"], r["kind"], tuple(r["contact_person_ids"]))
            for r in graph.read(_PARTNERSHIPS, as_of=as_of)]
        snap.history = [RoleHistory(r["role"], int(r["ended"]), int(r["days"]) / 365.25)
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
