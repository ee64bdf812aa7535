"""The data model's typed rows: what ingest and the demo generator hand to `graph/` upserts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

ORGANISATION_KINDS = (
    "taalcafe", "maatjesproject", "vrijwilligerscentrale", "welzijn", "zelforganisatie",
    "religieus", "onderwijs", "zorg", "werk", "gemeente", "overig",
)
ROLES = ("staff", "coordinator", "volunteer", "board")
CONTACT_CONTEXTS = ("partnership", "project", "informal")
REFERRAL_STATUSES = ("sent", "accepted", "rejected", "no_capacity", "completed")
AREA_LEVELS = ("gebied", "wijk")
SUPPORT_TYPES: dict[str, str] = {
    "taal": "taal",
    "maatje": "maatje/mentor",
    "werk": "werk en inkomen",
    "onderwijs": "onderwijs",
    "gezondheid": "gezondheid",
    "administratie": "administratie en geld",
    "huisvesting": "huisvesting",
    "juridisch": "juridisch",
    "sociaal": "sociaal contact",
    "gezin": "kinderen en gezin",
    "vrijwilligerswerk": "vrijwilligerswerk",
    "inburgering": "inburgering",
}


@dataclass(frozen=True, slots=True)
class Organisation:
    """An initiative or organisation; `area` is where it is, `serves_areas` empty = city-wide."""

    id: str
    name: str
    kind: str
    description: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    postcode: str | None = None
    address: str | None = None
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    area: str | None = None
    serves_areas: tuple[str, ...] = ()
    capacity: int | None = None
    waitlist: int | None = None
    nondutch_roles: bool | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A staff member, volunteer or board member (personal data)."""

    id: str
    name: str
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A person's role at an organisation; one per (person, organisation, role)."""

    person_id: str
    organisation_id: str
    role: str
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """A KNOWS tie between two people (undirected; stored from the smaller id)."""

    person_id: str
    other_person_id: str
    since: dt.date | None = None
    context: str | None = None
    strength: int | None = None


@dataclass(frozen=True, slots=True)
class Partnership:
    """A formal partnership between two organisations, carried by contact persons if known."""

    id: str
    organisation_id: str
    partner_id: str
    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    contact_person_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Referral:
    """One referral (or `count` alike) from one organisation to another."""

    id: str
    from_organisation_id: str
    to_organisation_id: str
    date: dt.date
    need: str
    area: str | None = None
    language: str | None = None
    status: str | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class Demand:
    """Demand for one need in one area over one period (`2025-Q1` or `2025-03`)."""

    area: str
    need: str
    period: str
    count: int


@dataclass(frozen=True, slots=True)
class Area:
    """A gebied or wijk, keyed by its code; `parent` is the gebied a wijk belongs to."""

    code: str
    name: str
    level: str
    parent: str | None = None


@dataclass(slots=True)
class Dataset:
    """A whole set of rows to load at once (the demo, or one ingest run)."""

    areas: list[Area] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    demand: list[Demand] = field(default_factory=list)

    def sizes(self) -> dict[str, int]:
        """Return the number of rows per entity."""
        return {name: len(getattr(self, name)) for name in ENTITY_ORDER}


# The order in which entities load: endpoints before the relationships that need them.
ENTITY_ORDER = (
    "areas", "organisations", "people", "affiliations", "contacts", "partnerships",
    "referrals", "demand",
)


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day of `2025-Q1` or `2025-03`; raise ValueError otherwise."""
    text = period.strip().upper()
    if "-Q" in text:
        year, quarter = text.split("-Q")
        first_month = (int(quarter) - 1) * 3 + 1
        if not 1 <= int(quarter) <= 4:
            raise ValueError(f"quarter {quarter} is not 1–4")
        start = dt.date(int(year), first_month, 1)
        months = 3
    else:
        year, month = text.split("-")
        start = dt.date(int(year), int(month), 1)
        months = 1
    end_month = start.month + months
    end = dt.date(start.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return start, end - dt.timedelta(days=1)


def as_props(row: Any, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Return a row's fields as Neo4j-ready properties (tuples as lists, `exclude` left out)."""
    # Plain getattr over cached field names: dataclasses.asdict deep-copies and is ~10x slower.
    props: dict[str, Any] = {}
    for key in _field_names(type(row)):
        if key not in exclude:
            value = getattr(row, key)
            props[key] = list(value) if isinstance(value, tuple) else value
    return props


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
