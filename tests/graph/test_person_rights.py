"""AVG rights: everything held about a person, and erasure that keeps anonymous aggregates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from graph import audit
from graph.admin import content_hash, dump
from graph.driver import Graph
from graph.errors import NotFoundError
from graph.metric_snapshots import write_snapshots
from graph.organisations import org_links
from graph.person_rights import erase_person, export_person
from graph.upserts import upsert_dataset
from tests.graph.test_upserts import ctx, small_dataset

PERSONAL = ("Anne de Vries", "anne@example.org", "+31 10 123 4567")


def load(graph: Graph) -> None:
    data = small_dataset()
    data.people[0] = dataclasses.replace(data.people[0], email=PERSONAL[1], phone=PERSONAL[2],
                                         languages=("nl", "tr"))
    upsert_dataset(graph, data, ctx())
    write_snapshots(graph, "person", dt.date(2024, 6, 1), {"p1": {"degree": 2.0}})


def test_the_export_holds_everything_about_the_person(graph: Graph) -> None:
    load(graph)
    audit.record(graph, actor="anna", action="edit", target="p1")
    doc = export_person(graph, "p1", actor="cli:test")
    assert doc["person"]["name"] == PERSONAL[0] and doc["person"]["phone"] == PERSONAL[2]
    assert [(a["organisation_id"], a["role"]) for a in doc["affiliations"]] == [("o1", "staff")]
    assert sorted(c["other_person_id"] for c in doc["contacts"]) == ["p2", "p3"]  # p3 via pt1
    assert [p["id"] for p in doc["partnerships"]] == ["pt1"]
    assert [s["degree"] for s in doc["metric_snapshots"]] == [2.0]
    assert [e["action"] for e in doc["audit_events"]] == ["edit"]
    json.dumps(doc)  # JSON-ready: dates are strings
    assert audit.events(graph, action="person_export")[0].target == "p1"


def test_erasure_removes_personal_data_and_keeps_the_aggregates(graph: Graph) -> None:
    load(graph)
    day = dt.date(2024, 6, 1)
    links_before = org_link_counts(graph, day)
    assert links_before, "the dataset has a carried link, so the check below can fail"
    new_id = erase_person(graph, "p1", actor="cli:test")
    assert new_id.startswith("anon-")
    everything = json.dumps(dump(graph), default=str)
    assert not any(value in everything for value in PERSONAL)
    assert '"p1"' not in everything, "the old id is gone from nodes, partnerships and snapshots"
    person = export_person(graph, new_id, actor="cli:test")
    assert person["person"]["erased_at"] and "email" not in person["person"]
    assert [p["contact_person_ids"] for p in person["partnerships"]] == [[new_id, "p3"]]
    assert [s["id"] for s in person["metric_snapshots"]] == [f"person:2024-06-01:{new_id}"]
    assert org_link_counts(graph, day) == links_before
    [event] = audit.events(graph, action="erase")
    assert event.target == new_id and "p1" not in json.dumps(event.as_json())


def test_an_unknown_person_is_named_and_nothing_changes(graph: Graph) -> None:
    load(graph)
    before = content_hash(graph)
    with pytest.raises(NotFoundError, match="er is geen persoon met id 'nobody'"):
        erase_person(graph, "nobody", actor="cli:test")
    with pytest.raises(NotFoundError, match="er is geen persoon met id 'nobody'"):
        export_person(graph, "nobody", actor="cli:test")
    assert content_hash(graph) == before


def org_link_counts(graph: Graph, day: dt.date) -> list[tuple[str, str, int]]:
    """Return each org link with its number of carriers (what fragility figures are made of)."""
    return sorted((link.a, link.b, len(link.carriers)) for link in org_links(graph, as_of=day))


def test_erasure_rewrites_the_old_id_in_earlier_audit_events(graph: Graph) -> None:
    load(graph)
    audit.record(graph, actor="anna", action="edit", target="p1")
    export_person(graph, "p1", actor="cli:test")
    audit.record(graph, actor="anna", action="edit", target="p2")
    new_id = erase_person(graph, "p1", actor="cli:test")
    stored = json.dumps([e.as_json() for e in audit.events(graph, limit=1000)])
    assert '"p1"' not in stored, "no event names the erased person's old id"
    assert {e.action for e in audit.events(graph, target=new_id)} == {"edit", "person_export", "erase"}
    assert [e.action for e in audit.events(graph, target="p2")] == ["edit"], "others keep their events"
