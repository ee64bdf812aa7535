"""A small dated network in Neo4j whose answers are worked out by hand (as of 2025-01-01).

A -p1- B        p1 at A and B: link A–B, one carrier.
B -p2- C        p2 left B on 2024-06-30: the link B–C exists only before the as-of date.
C  p3 ~ p4  D   contact p3–p4: link C–D carried by the pair [p3, p4].
p5 joins D in 2026, p1 meets p6 (at E) in mid-2025: neither counts on 2025-01-01.
Partnership A–E has no carrier (uncarried); partnership B–C ended in 2024.
Referrals: A→E 3× no_capacity (Oct 2024), A→E in mid-2025 (future), C→A 1× accepted (Dec 2024).
"""

from __future__ import annotations

import datetime as dt

from graph.driver import Graph
from graph.model import Affiliation, Contact, Dataset, Organisation, Partnership, Person, Referral
from graph.upserts import WriteContext, upsert_dataset

AS_OF = dt.date(2025, 1, 1)
D = dt.date


def dated_dataset() -> Dataset:
    """Return the hand-worked network described in the module docstring."""
    return Dataset(
        organisations=[Organisation("A", "Taalcafé A", "taalcafe", area="BU05990323", services=("taal",)),
                       Organisation("B", "Werk B", "werk", area="BU05990323", services=("werk",)),
                       Organisation("C", "Welzijn C", "welzijn", area="BU05990320"),
                       Organisation("D", "Maatjes D", "maatjesproject"),
                       Organisation("E", "Zorg E", "zorg")],
        people=[Person(f"p{i}", f"Persoon {i}") for i in range(1, 7)],
        affiliations=[Affiliation("p1", "A", "staff", since=D(2020, 1, 1)),
                      Affiliation("p1", "B", "volunteer", since=D(2020, 1, 1)),
                      Affiliation("p2", "B", "staff", since=D(2020, 1, 1), until=D(2024, 6, 30)),
                      Affiliation("p2", "C", "staff", since=D(2020, 1, 1)),
                      Affiliation("p3", "C", "staff", since=D(2020, 1, 1)),
                      Affiliation("p4", "D", "coordinator", since=D(2021, 1, 1)),
                      Affiliation("p5", "D", "volunteer", since=D(2026, 1, 1)),
                      Affiliation("p6", "E", "staff", since=D(2019, 1, 1))],
        contacts=[Contact("p3", "p4", since=D(2021, 3, 1)), Contact("p1", "p6", since=D(2025, 6, 1))],
        partnerships=[Partnership("pt1", "A", "E", kind="samenwerking", since=D(2022, 1, 1)),
                      Partnership("pt2", "B", "C", since=D(2021, 1, 1), until=D(2024, 1, 1))],
        referrals=[Referral("r1", "A", "E", D(2024, 10, 1), "taal", status="no_capacity", count=3),
                   Referral("r2", "A", "E", D(2025, 6, 1), "taal", status="sent"),
                   Referral("r3", "C", "A", D(2024, 12, 1), "werk", status="accepted")])


def load(graph: Graph) -> None:
    """Load the dated dataset into a clean graph."""
    upsert_dataset(graph, dated_dataset(), WriteContext("test", "t1", dt.datetime.now(dt.UTC)))
