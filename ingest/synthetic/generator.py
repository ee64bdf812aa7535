"""A synthetic Rotterdam: organisations, people, turnover, contacts, referrals and demand."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass

from graph.model import (
    SUPPORT_TYPES,
    Affiliation,
    Area,
    Contact,
    Dataset,
    Demand,
    Organisation,
    Partnership,
    Person,
    Referral,
)
from graph.reference import rotterdam_areas
from ingest.synthetic import names

START = dt.date(2019, 1, 1)
END = dt.date(2026, 12, 31)
# Mean years a person stays in a role: volunteers turn over fastest.
MEAN_TENURE_YEARS = {"volunteer": 1.6, "staff": 4.0, "coordinator": 3.2, "board": 5.0}
# Share of referrals that ask for the newcomer's own language, whoever receives them.
NEWCOMER_LANGUAGE_SHARE = 0.15
ROLE_WEIGHTS = {"volunteer": 0.58, "staff": 0.22, "coordinator": 0.12, "board": 0.08}


@dataclass(frozen=True, slots=True)
class Scale:
    """Target sizes of one scale of the demo."""

    organisations: int
    people: int
    contacts: int
    referrals: int


SCALES = {
    "demo": Scale(300, 2_500, 7_500, 15_000),
    "city": Scale(2_000, 20_000, 60_000, 100_000),
    "large": Scale(20_000, 200_000, 600_000, 1_000_000),
}


def generate(scale: str = "demo", seed: int = 1) -> Dataset:
    """Return a deterministic synthetic Rotterdam of the given scale for the given seed."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; choose from {', '.join(SCALES)}")
    size, rng = SCALES[scale], random.Random(seed)
    areas = list(rotterdam_areas())
    data = Dataset(areas=areas)
    data.organisations = _organisations(rng, size.organisations, areas)
    data.people = _people(rng, size.people)
    data.affiliations = _affiliations(rng, data.people, data.organisations)
    data.contacts = _contacts(rng, size.contacts, data.affiliations, data.organisations)
    data.partnerships = _partnerships(rng, data.organisations, data.affiliations)
    # The languages newcomers ask in come from a stream of their own, so adding them left every
    # other generated value as it was.
    data.referrals = _referrals(rng, size.referrals, data.organisations, random.Random(f"languages-{seed}"))
    data.demand = _demand(rng, areas, size.organisations)
    return data


def _random_date(rng: random.Random, start: dt.date = START, end: dt.date = END) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _organisations(rng: random.Random, count: int, areas: list[Area]) -> list[Organisation]:
    wijken = [a for a in areas if a.level == "wijk"]
    gebied_name = {a.code: a.name for a in areas if a.level == "gebied"}
    kinds, weights = zip(*names.KIND_WEIGHTS.items(), strict=True)
    seen: dict[str, int] = defaultdict(int)
    result = []
    for i in range(count):
        kind, wijk = rng.choices(kinds, weights)[0], rng.choice(wijken)
        name = rng.choice(names.KIND_PATTERNS[kind]).format(
            wijk=wijk.name, gebied=gebied_name[str(wijk.parent)],
            community=rng.choice(names.COMMUNITIES), religious=rng.choice(names.RELIGIOUS))
        seen[name] += 1
        if seen[name] > 1:
            name = f"{name} ({rng.choice(names.STREETS)})" if seen[name] == 2 else f"{name} {seen[name]}"
        result.append(_organisation(rng, f"org-{i + 1:05d}", name, kind, wijk, wijken))
    return result


def _organisation(rng: random.Random, org_id: str, name: str, kind: str, wijk: Area,
                  wijken: list[Area]) -> Organisation:
    core = names.KIND_SERVICES[kind]
    services = sorted({*rng.sample(core, k=rng.randint(1, len(core))),
                       *rng.sample(list(SUPPORT_TYPES), k=rng.choice((0, 0, 1)))})
    languages = sorted({"nl", *rng.sample(names.LANGUAGES, k=rng.choice((0, 1, 1, 2, 3)))})
    capacity = rng.choice((None, rng.randint(5, 40), rng.randint(10, 120)))
    waitlist = 0 if capacity is None else max(0, int(rng.gauss(capacity * 0.2, capacity * 0.3)))
    slug = org_id.replace("-", "")
    return Organisation(
        id=org_id, name=name, kind=kind, area=wijk.code,
        serves_areas=_served(rng, wijk, wijken), services=tuple(services),
        languages=tuple(languages), capacity=capacity, waitlist=waitlist,
        nondutch_roles=rng.random() < 0.35,
        description=f"{name}: {', '.join(SUPPORT_TYPES[s] for s in services)} in {wijk.name}.",
        website=f"https://{slug}.voorbeeld.nl", email=f"info@{slug}.voorbeeld.nl",
        phone=f"010-{rng.randint(1000000, 9999999)}",
        postcode=f"30{rng.randint(11, 89)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
                 f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}",
        address=f"{rng.choice(names.STREETS)} {rng.randint(1, 400)}",
    )


def _served(rng: random.Random, wijk: Area, wijken: list[Area]) -> tuple[str, ...]:
    draw = rng.random()
    if draw < 0.15:
        return ()  # city-wide
    if draw < 0.55:
        return (str(wijk.parent),)
    neighbours = [w.code for w in wijken if w.parent == wijk.parent and w.code != wijk.code]
    extra = rng.sample(neighbours, k=min(len(neighbours), rng.randint(0, 2)))
    return tuple(sorted({wijk.code, *extra}))


def _people(rng: random.Random, count: int) -> list[Person]:
    people = []
    for i in range(count):
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.SURNAMES)
        handle = f"{first}.{last}".lower().replace(" ", "").replace("ö", "o")
        languages = sorted({"nl", *rng.sample(names.LANGUAGES, k=rng.choice((0, 1, 1, 2)))})
        people.append(Person(
            id=f"p-{i + 1:06d}", name=f"{first} {last}", email=f"{handle}{i + 1}@voorbeeld.nl",
            phone=f"06-{rng.randint(10000000, 99999999)}", languages=tuple(languages)))
    return people


def _affiliations(rng: random.Random, people: list[Person],
                  orgs: list[Organisation]) -> list[Affiliation]:
    # Heavy-tailed organisation sizes: a few large welfare organisations, many small initiatives.
    weights = [rng.paretovariate(1.6) for _ in orgs]
    roles, role_w = zip(*ROLE_WEIGHTS.items(), strict=True)
    result: list[Affiliation] = []
    for person in people:
        org = rng.choices(orgs, weights)[0]
        role = rng.choices(roles, role_w)[0]
        result.append(_tenure(rng, person.id, org.id, role))
        if rng.random() < 0.15:  # a second role: elsewhere, or on the board of the same place
            other = org if rng.random() < 0.3 else rng.choices(orgs, weights)[0]
            second = "board" if other is org else rng.choices(roles, role_w)[0]
            if other is not org or second != role:
                result.append(_tenure(rng, person.id, other.id, second))
    return result


def _tenure(rng: random.Random, person_id: str, org_id: str, role: str) -> Affiliation:
    since = _random_date(rng, dt.date(2012, 1, 1) if rng.random() < 0.25 else START)
    years = rng.expovariate(1 / MEAN_TENURE_YEARS[role])
    until = since + dt.timedelta(days=int(years * 365.25))
    if until > END:
        until = None
    return Affiliation(person_id, org_id, role, since=since, until=until)


def _contacts(rng: random.Random, count: int, affiliations: list[Affiliation],
              orgs: list[Organisation]) -> list[Contact]:
    by_org: dict[str, list[Affiliation]] = defaultdict(list)
    for aff in affiliations:
        by_org[aff.organisation_id].append(aff)
    gebied_of = {o.id: o.area[:8] if o.area else "" for o in orgs}
    staffed = sorted(by_org)
    near: dict[str, list[str]] = defaultdict(list)
    for org_id in staffed:
        near[gebied_of[org_id]].append(org_id)
    pairs: dict[tuple[str, str], Contact] = {}
    # Organisations that work together have several people who know each other.
    partners_of: dict[str, list[str]] = defaultdict(list)
    attempts = 0
    while len(pairs) < count and attempts < count * 10:
        attempts += 1
        a = rng.choice(affiliations)
        other_org = _other_org(rng, a.organisation_id, partners_of, near[gebied_of[a.organisation_id]],
                               staffed)
        b = rng.choice(by_org[other_org])
        # People meet while both are active somewhere: their tenures must overlap.
        if a.person_id == b.person_id or not _overlap(a, b):
            continue
        key = tuple(sorted((a.person_id, b.person_id)))
        if key not in pairs:
            pairs[key] = _contact(rng, key, a, b, a.organisation_id == other_org)
            if a.organisation_id != other_org:
                partners_of[a.organisation_id].append(other_org)
                partners_of[other_org].append(a.organisation_id)
    return list(pairs.values())


def _other_org(rng: random.Random, org_id: str, partners_of: dict[str, list[str]],
               near: list[str], staffed: list[str]) -> str:
    draw = rng.random()
    if draw < 0.3:
        return org_id
    if draw < 0.55 and partners_of[org_id]:
        return rng.choice(partners_of[org_id])
    return rng.choice(near) if rng.random() < 0.7 else rng.choice(staffed)


def _overlap(a: Affiliation, b: Affiliation) -> bool:
    return (a.since or START) <= (b.until or END) and (b.since or START) <= (a.until or END)


def _contact(rng: random.Random, key: tuple[str, ...], a: Affiliation, b: Affiliation,
             colleagues: bool) -> Contact:
    start = max(a.since or START, b.since or START)
    end = min(a.until or END, b.until or END)
    since = min(start + dt.timedelta(days=rng.randint(0, 200)), end)
    context = "project" if colleagues else rng.choice(("informal", "project", "partnership"))
    return Contact(key[0], key[1], since=since, context=context,
                   strength=rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0])


def _partnerships(rng: random.Random, orgs: list[Organisation],
                  affiliations: list[Affiliation]) -> list[Partnership]:
    staff_at: dict[str, list[str]] = defaultdict(list)
    for aff in affiliations:
        if aff.role in ("staff", "coordinator") and aff.until is None:
            staff_at[aff.organisation_id].append(aff.person_id)
    result = []
    for i in range(len(orgs)):
        a, b = rng.sample(orgs, 2)
        since = _random_date(rng, START, dt.date(2026, 6, 30))
        until = None if rng.random() < 0.8 else since + dt.timedelta(days=rng.randint(180, 1400))
        people: tuple[str, ...] = ()
        if rng.random() < 0.7 and staff_at[a.id] and staff_at[b.id]:
            people = tuple(sorted({rng.choice(staff_at[a.id]), rng.choice(staff_at[b.id])}))
        result.append(Partnership(
            id=f"pt-{i + 1:05d}", organisation_id=a.id, partner_id=b.id,
            kind=rng.choice(names.PARTNERSHIP_KINDS), since=since, until=until,
            contact_person_ids=people))
    return result


def _referrals(rng: random.Random, count: int, orgs: list[Organisation],
               asked: random.Random) -> list[Referral]:
    senders = [o for o in orgs if o.kind in ("welzijn", "vrijwilligerscentrale", "gemeente",
                                             "zorg", "onderwijs")] or orgs
    offering: dict[str, list[Organisation]] = defaultdict(list)
    for org in orgs:
        for need in org.services:
            offering[need].append(org)
    needs = sorted(offering)
    result = []
    for i in range(count):
        source = rng.choice(senders) if rng.random() < 0.7 else rng.choice(orgs)
        need = rng.choice(needs)
        target = rng.choice(offering[need])
        if target.id == source.id:
            target = rng.choice(orgs)
        if target.id == source.id:
            continue
        result.append(Referral(
            id=f"r-{i + 1:07d}", from_organisation_id=source.id, to_organisation_id=target.id,
            date=_random_date(rng, START, dt.date(2026, 11, 1)), need=need, area=source.area,
            language=_language(rng.choice(("nl", "nl", *target.languages)), asked),
            status=_outcome(rng, target), count=rng.choices((1, 2, 3), (0.85, 0.1, 0.05))[0]))
    return result


def _language(usual: str, asked: random.Random) -> str:
    """Return the language a referral asks: mostly one the receiver speaks, at times the newcomer's own."""
    # Without this every referral asked a language its receiver speaks, and the commission's
    # "languages asked but not offered" table could only ever show zeros.
    return asked.choice(names.LANGUAGES) if asked.random() < NEWCOMER_LANGUAGE_SHARE else usual


def _outcome(rng: random.Random, target: Organisation) -> str:
    crowded = target.capacity is not None and (target.waitlist or 0) > target.capacity * 0.4
    if crowded and rng.random() < 0.45:
        return "no_capacity"
    return rng.choices(("completed", "accepted", "sent", "rejected"), (0.45, 0.25, 0.15, 0.15))[0]


def _demand(rng: random.Random, areas: list[Area], org_count: int) -> list[Demand]:
    wijken = [a for a in areas if a.level == "wijk"]
    base = {w.code: rng.uniform(0.3, 3.0) for w in wijken}
    scale_factor = org_count / 300
    result = []
    for year in range(2019, 2027):
        for quarter in range(1, 5):
            growth = 1 + 0.06 * (year - 2019) + (0.25 if year == 2022 and quarter >= 2 else 0)
            for wijk in wijken:
                for need in SUPPORT_TYPES:
                    mean = base[wijk.code] * growth * scale_factor * 2
                    result.append(Demand(wijk.code, need, f"{year}-Q{quarter}",
                                         max(0, round(rng.gauss(mean, mean * 0.3)))))
    return result
