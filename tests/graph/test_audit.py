"""The audit log: events appended and read back, and no query that changes or deletes them."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from graph import audit
from graph.driver import Graph


def test_events_come_back_newest_first_and_filtered(graph: Graph) -> None:
    first = audit.record(graph, actor="anna", action="login", ip="10.0.0.1")
    audit.record(graph, actor="cli:root", action="ingest", target="partners.xlsx", detail="ok")
    third = audit.record(graph, actor="anna", action="erase", target="anon-1")
    listed = audit.events(graph)
    assert listed[0] == third and listed[-1] == first
    assert [e.action for e in audit.events(graph, actor="anna")] == ["erase", "login"]
    assert [e.target for e in audit.events(graph, action="ingest")] == ["partners.xlsx"]
    assert audit.events(graph, target="anon-1") == [third]
    assert len(audit.events(graph, limit=2)) == 2


def test_an_unknown_action_is_a_programming_error(graph: Graph) -> None:
    with pytest.raises(ValueError, match="unknown audit action"):
        audit.record(graph, actor="x", action="drop_everything")
    assert audit.events(graph) == []


def test_long_details_are_cut(graph: Graph) -> None:
    event = audit.record(graph, actor="x", action="export", detail="d" * 5000)
    assert audit.events(graph)[0].detail == event.detail == "d" * audit.MAX_DETAIL_CHARS


def test_no_query_changes_or_deletes_audit_events() -> None:
    """Append-only from the app's side: only audit_create writes AuditEvent, and only by CREATE; an
    erasure's audit_rekey_target may only change an event's target (to the new anonymous id)."""
    for resource in resources.files("cypher").iterdir():
        text = resource.read_text(encoding="utf-8") if resource.name.endswith(".cypher") else ""
        code = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
        if "AuditEvent" not in code:
            continue
        if resource.name == "audit_create.cypher":
            assert not re.search(r"\b(DELETE|REMOVE|MERGE|DETACH)\b", code)
        elif resource.name == "audit_rekey_target.cypher":
            assert not re.search(r"\b(CREATE|DELETE|REMOVE|MERGE|DETACH)\b", code)
            assert re.findall(r"\bSET\b[^\n]*", code) == ["SET e.target = $new_id"]
        elif resource.name != "schema.cypher":
            assert not re.search(r"\b(CREATE|SET|DELETE|REMOVE|MERGE)\b", code), resource.name
