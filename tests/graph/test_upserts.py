"""Batched upserts: loading the same rows twice changes nothing; changed rows are updated."""

from __future__ import annotations

import datetime as dt

from graph.admin import content_hash, dump
from graph.driver import Graph
from graph.model import (
    Affiliation,
    Contact,
    Dataset,
    Demand,
    Organisation,
    Partnership,
    Person,
    Referral,
)
from graph.stats import graph_counts
from graph.upserts import WriteContext, upsert_dataset, upsert_organisations


def ctx(run: str = "t1") -> WriteContext:
    return WriteContext(source="test", run_id=run, now=dt.datetime.now(dt.UTC))


def small_dataset() -> Dataset:
    day = dt.date(2024, 1, 1)
    return Dataset(
        organisations=[
            Organisation("o1", "Taalcafé Spangen", "taalcafe", area="BU05990323",
                         serves_areas=("WK059903",), services=("taal",), languages=("nl", "ar")),
            Organisation("o2", "Welzijn Delfshaven", "welzijn", area="BU05990320"),
        ],
        people=[Person("p1", "Anne de Vries"), Person("p2", "Omar Haddou"), Person("p3", "Lisa Bos")],
        affiliations=[Affiliation("p1", "o1", "staff", since=day),
                      Affiliation("p2", "o2", "volunteer", since=day, until=dt.date(2025, 1, 1))],
        contacts=[Contact("p2", "p1", since=day, context="informal", strength=2)],
        partnerships=[Partnership("pt1", "o1", "o2", kind="samenwerking", since=day,
                                  contact_person_ids=("p1", "p3"))],
        referrals=[Referral("r1", "o2", "o1", date=day, need="taal", status="accepted")],
        demand=[Demand("BU05990323", "taal", "2024-Q1", 12)],
    )


def test_loading_the_same_rows_twice_changes_nothing(graph: Graph) -> None:
    first = upsert_dataset(graph, small_dataset(), ctx("run-1"))
    before = content_hash(graph)
    second = upsert_dataset(graph, small_dataset(), ctx("run-2"))
    assert {k: c.created for k, c in first.items()}["organisations"] == 2
    assert all(c.created == 0 and c.updated == 0 for c in second.values())
    assert second["referrals"].unchanged == 1
    assert content_hash(graph) == before


def test_a_changed_row_is_updated_and_others_left_alone(graph: Graph) -> None:
    upsert_dataset(graph, small_dataset(), ctx())
    changed = Organisation("o2", "Welzijn Delfshaven", "welzijn", area="BU05990320", capacity=20)
    counts = upsert_organisations(graph, [changed, small_dataset().organisations[0]], ctx("run-2"))
    assert (counts.created, counts.updated, counts.unchanged) == (0, 1, 1)


def test_relationships_land_with_their_areas_and_partnership_ties(graph: Graph) -> None:
    upsert_dataset(graph, small_dataset(), ctx())
    types = graph_counts(graph).relationship_types
    assert types["LOCATED_IN"] == 2
    assert types["SERVES"] == 1
    # p1-p2 from contacts, p1-p3 from the partnership's contact persons
    assert types["KNOWS"] == 2
    assert types["HAS_DEMAND"] == 1
    assert types["PART_OF"] == 80


def test_an_explicit_contact_wins_over_the_tie_a_partnership_implies(graph: Graph) -> None:
    data = small_dataset()
    data.contacts.append(Contact("p3", "p1", since=dt.date(2020, 5, 1), context="informal", strength=3))
    upsert_dataset(graph, data, ctx())
    ties = [row for row in dump(graph)["relationships"] if row["type"] == "KNOWS"]
    p1_p3 = next(row["props"] for row in ties if {row["start"], row["end"]} == {"p1", "p3"})
    assert (p1_p3["context"], p1_p3["strength"]) == ("informal", 3)
    assert len(ties) == 2
