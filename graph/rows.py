"""The plain rows graph/ reads hand out: what analysis/, the web pages and the report consume."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


# Areas, organisations and people (pages, lists, the network view).
@dataclass(frozen=True, slots=True)
class AreaRow:
    """A gebied or wijk with its parent gebied code."""

    code: str
    name: str
    level: str
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class OrgSummary:
    """An organisation as the network view and lists need it."""

    id: str
    name: str
    kind: str
    services: list[str]
    languages: list[str]
    area: str | None
    gebied: str | None
    capacity: int | None
    waitlist: int | None
    serves_areas: list[str]


@dataclass(frozen=True, slots=True)
class OrgLink:
    """Two linked organisations (a < b) and the carriers of the link on a date."""

    a: str
    b: str
    carriers: list[list[str]]


@dataclass(slots=True)
class OrganisationDetail:
    """One organisation: its properties, areas, affiliations and referral totals."""

    org: dict[str, Any]
    located: dict[str, Any] | None
    serves: list[dict[str, Any]]
    people: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class PersonDetail:
    """One person: properties, affiliations over time and current contacts."""

    person: dict[str, Any]
    affiliations: list[dict[str, Any]]
    contacts: list[dict[str, Any]]


# Supply and demand (the monitor, the referral finder, the inventories).
@dataclass(frozen=True, slots=True)
class OrgInfo:
    """An organisation's supply side: services, languages, location, served areas (empty = city-wide)."""

    id: str
    name: str
    kind: str | None = None
    area: str | None = None
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    serves_areas: tuple[str, ...] = ()
    capacity: int | None = None
    waitlist: int | None = None
    nondutch_roles: bool = False


@dataclass(frozen=True, slots=True)
class DemandRow:
    """Demand for one need in one area over one period."""

    area: str
    need: str
    period: str
    start: dt.date
    end: dt.date
    count: int


@dataclass(frozen=True, slots=True)
class VolunteerSpell:
    """One volunteer affiliation at an organisation (open ends allowed)."""

    organisation: str
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    """One referral record (or `count` alike) with its need, area, language and outcome."""

    source: str
    target: str
    date: dt.date
    need: str
    area: str | None
    language: str | None
    status: str
    count: int = 1


@dataclass(slots=True)
class SupplyDemandData:
    """Everything the supply/demand monitor reads, up to one date."""

    until: dt.date
    areas: list[AreaRow] = field(default_factory=list)
    organisations: list[OrgInfo] = field(default_factory=list)
    demand: list[DemandRow] = field(default_factory=list)
    volunteers: list[VolunteerSpell] = field(default_factory=list)
    referrals: list[ReferralEvent] = field(default_factory=list)


# The network on one date (graph.projections.load_snapshot).
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


@dataclass(slots=True, weakref_slot=True)
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


# The organisation directory (task `directory`).
@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """An organisation as the directory lists it: contact details, offer, room and areas (codes)."""

    id: str
    name: str
    kind: str | None
    address: str | None
    postcode: str | None
    phone: str | None
    email: str | None
    website: str | None
    services: tuple[str, ...]
    languages: tuple[str, ...]
    capacity: int | None
    waitlist: int | None
    area: str | None
    gebied: str | None
    serves_areas: tuple[str, ...]
