"""A small supply/demand world whose numbers are worked out by hand (period 2025-Q1, as of 2025-03-31).

Areas: gebied Charlois (G1) with wijken Tarwewijk (W1) and Carnisse (W2); gebied Delfshaven (G2) with
Bospolder (W3). Demand 2025-Q1: taal W1 10, W2 30, W3 60; maatje W1 5.

O1 taal, serves W1, capacity 10, waitlist 2, speaks nl+ar         → taal W1 +10
O2 taal+maatje, serves G1, capacity 20 (10 per need)               → taal W1 +2.5, W2 +7.5; maatje W1 +10
O3 taal, city-wide, capacity 30, speaks ar, 3 current volunteers   → taal W1 +3, W2 +9, W3 +18
O4 taal, serves G2 only; O5 werk, volunteer roles for non-Dutch speakers, serves W1.
O4's 8 places go to W3. So taal: W1 15.5 / 10 (ratio 1.55), W2 16.5 / 30 (0.55, shortfall 13.5),
W3 26 / 60 (0.433, shortfall 34), G1 32 / 40 (0.8, shortfall 8). Volunteers (O3's 3 current ones; v4
left in 2024) spread like O3's places: W1 0.3, W2 0.9, W3 1.8. Supply summed over the city = total
capacity of organisations with a need: 10 + 20 + 30 + 8 + 5 = 73.

Referrals (need taal, area W1 unless said): r1 X→O1 10 Jan ×2 no_capacity, language ar;
r2 O1→O2 20 Jan sent (so r1 bounced: O1 referred on within 30 days); r3 O2→O3 15 Mar accepted
(54 days after r2: no bounce); r4 X→O1 1 Feb completed ar; r5 X→O1 2 Feb rejected ti.
Acceptance received: O1 1 of 4 decided (r1 ×2, r4, r5); O3 1 of 1.
"""

from __future__ import annotations

import datetime as dt

from graph.model import Affiliation, Dataset, Demand, Organisation, Person, Referral
from graph.rows import AreaRow, DemandRow, OrgInfo, ReferralEvent, SupplyDemandData, VolunteerSpell

G1, W1, W2 = "WK059915", "BU05991571", "BU05991572"
G2, W3 = "WK059903", "BU05990321"
AS_OF = dt.date(2025, 3, 31)
Q1 = ("2025-Q1", dt.date(2025, 1, 1), dt.date(2025, 3, 31))
D = dt.date

ORGS = [
    Organisation("O1", "Taalhuis Tarwewijk", "taalcafe", area=W1, services=("taal",), languages=("nl", "ar"),
                 serves_areas=(W1,), capacity=10, waitlist=2, email="o1@example.org", phone="010-1111111"),
    Organisation("O2", "Maatjes Charlois", "maatjesproject", area=W2, services=("taal", "maatje"),
                 languages=("nl",), serves_areas=(G1,), capacity=20, waitlist=0),
    Organisation("O3", "Stadsbrede Taal", "welzijn", area=W3, services=("taal",), languages=("ar",),
                 capacity=30),
    Organisation("O4", "Taal Delfshaven", "taalcafe", area=W3, services=("taal",), languages=("nl", "ar"),
                 serves_areas=(G2,), capacity=8),
    Organisation("O5", "Vrijwilligerspunt Zuid", "vrijwilligerscentrale", area=W1, services=("werk",),
                 languages=("nl", "ti"), serves_areas=(W1,), capacity=5, nondutch_roles=True),
    Organisation("X", "Wijkteam", "gemeente", area=W1, services=("administratie",)),
]
PEOPLE = [Person(f"v{i}", f"Vrijwilliger Nummer{i}", email=f"v{i}@mail.example", phone=f"06-1234567{i}")
          for i in range(1, 5)]
AFFILIATIONS = [Affiliation(f"v{i}", "O3", "volunteer", since=D(2024, 1, 1)) for i in range(1, 4)] + [
    Affiliation("v4", "O3", "volunteer", since=D(2023, 1, 1), until=D(2024, 12, 31))]
DEMAND = [Demand(W1, "taal", "2025-Q1", 10), Demand(W2, "taal", "2025-Q1", 30),
          Demand(W3, "taal", "2025-Q1", 60), Demand(W1, "maatje", "2025-Q1", 5)]
REFERRALS = [
    Referral("r1", "X", "O1", D(2025, 1, 10), "taal", area=W1, language="ar", status="no_capacity", count=2),
    Referral("r2", "O1", "O2", D(2025, 1, 20), "taal", area=W1, language="nl", status="sent"),
    Referral("r3", "O2", "O3", D(2025, 3, 15), "taal", area=W1, language="nl", status="accepted"),
    Referral("r4", "X", "O1", D(2025, 2, 1), "taal", area=W1, language="ar", status="completed"),
    Referral("r5", "X", "O1", D(2025, 2, 2), "taal", area=W1, language="ti", status="rejected"),
]


def dataset() -> Dataset:
    """Return the world as a Dataset to load into Neo4j."""
    return Dataset(organisations=list(ORGS), people=list(PEOPLE), affiliations=list(AFFILIATIONS),
                   referrals=list(REFERRALS), demand=list(DEMAND))


def areas() -> list[AreaRow]:
    """Return only the three wijken and two gebieden (a small area set for pure tests)."""
    return [AreaRow(G1, "Charlois", "gebied"), AreaRow(G2, "Delfshaven", "gebied"),
            AreaRow(W1, "Tarwewijk", "wijk", G1), AreaRow(W2, "Carnisse", "wijk", G1),
            AreaRow(W3, "Bospolder", "wijk", G2)]


def org_infos() -> list[OrgInfo]:
    """Return the organisations as the reads return them."""
    return [OrgInfo(o.id, o.name, o.kind, o.area, o.services, o.languages, o.serves_areas, o.capacity,
                    o.waitlist, bool(o.nondutch_roles)) for o in ORGS]


def events() -> list[ReferralEvent]:
    """Return the referrals as the reads return them."""
    return [ReferralEvent(r.from_organisation_id, r.to_organisation_id, r.date, r.need, r.area, r.language,
                          r.status or "sent", r.count) for r in REFERRALS]


def inputs() -> SupplyDemandData:
    """Return the pure-test inputs of the supply/demand monitor."""
    return SupplyDemandData(
        until=AS_OF, areas=areas(), organisations=org_infos(),
        demand=[DemandRow(d.area, d.need, d.period, Q1[1], Q1[2], d.count) for d in DEMAND],
        volunteers=[VolunteerSpell(a.organisation_id, a.since, a.until) for a in AFFILIATIONS],
        referrals=events())
