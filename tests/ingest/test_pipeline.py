"""Ingest end to end against the real database: Dutch CSV, all-or-nothing, dry runs, provenance."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from graph.admin import content_hash, dump
from graph.driver import Graph
from graph.stats import graph_counts
from ingest.pipeline import ingest

ORGS = ("\ufeffId ; Naam ;Soort;Wijk;Talen;Werkgebied;Capaciteit;Wachtlijst;Anderstalige rollen\n"
        "o1;Taalcafé Spangen;Taalcafé;spangen;nl, ar;Delfshaven;12,0;3;ja\n"
        "o2;Welzijn \"Noord\";welzijn;BU05990320;nl;;;;nee\n")
PEOPLE = "id;naam;telefoon;talen\np1;Anne;'+31 6 1234;nl\np2;Omar;-;ar\np3;Lisa;;\n"
AFFS = ("persoon_id;organisatie_id;rol;sinds;tot\n"
        "p1;o1;vrijwilliger;01-03-2024;\np2;o2;staff;2024-01-01;31-12-2024\n")
PARTS = 'id;organisatie_id;partner;sinds;contactpersonen\npt1;o1;o2;01-01-2024;"p1; p3"\n'
CONTACTS = "persoon_id;ander_persoon_id;sinds;verband;sterkte\np3;p1;2023-05-01;informeel;2\n"


def write(folder: Path, **files: str) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = folder / f"{name}.csv"
        path.write_bytes(text.encode("utf-8" if name != "people" else "cp1252"))
        paths.append(path)
    return paths


def props(graph: Graph, label: str, node_id: str) -> dict:
    nodes = dump(graph)["nodes"]
    return next(n["props"] for n in nodes if label in n["labels"] and n["props"]["id"] == node_id)


def test_dutch_excel_csv_is_read_with_synonyms_and_decimal_comma(graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, write(tmp_path, organisations=ORGS, people=PEOPLE, affiliations=AFFS))
    assert result.ok, [str(e) for e in result.problems.errors]
    o1 = props(graph, "Organisation", "o1")
    assert (o1["kind"], o1["area"], o1["serves_areas"], o1["capacity"]) == (
        "taalcafe", "BU05990323", ["WK059903"], 12)
    assert o1["languages"] == ["nl", "ar"] and o1["nondutch_roles"] is True
    assert props(graph, "Organisation", "o2")["name"] == 'Welzijn "Noord"'
    assert props(graph, "Person", "p1")["phone"] == "+31 6 1234"  # export's apostrophe taken off
    assert props(graph, "Person", "p2")["phone"] == "-"
    assert result.counts["affiliations"]["created"] == 2
    assert any("is zowel een gebied als een wijk: gelezen als het gebied" in w.message
               for w in result.problems.warnings)


def test_partnership_contacts_become_ties_and_an_explicit_contact_wins(graph: Graph, tmp_path: Path) -> None:
    paths = write(tmp_path, organisations=ORGS, people=PEOPLE, partnerships=PARTS, contacts=CONTACTS)
    assert ingest(graph, paths).ok
    knows = [r for r in dump(graph)["relationships"] if r["type"] == "KNOWS"]
    assert [(r["start"], r["end"], r["props"]["context"], r["props"]["strength"]) for r in knows] == [
        ("p1", "p3", "informal", 2)]


def test_second_ingest_of_the_same_files_changes_nothing(graph: Graph, tmp_path: Path) -> None:
    paths = write(tmp_path, organisations=ORGS, people=PEOPLE, affiliations=AFFS, partnerships=PARTS)
    ingest(graph, paths)
    before = dump(graph)
    again = ingest(graph, paths)
    assert all(c["created"] == 0 and c["updated"] == 0 for c in again.counts.values())
    assert sum(c["unchanged"] for c in again.counts.values()) == 9
    after = dump(graph)
    provenance = {"IngestRun", "AuditEvent"}  # each run adds its own record and audit event
    business = [n for n in after["nodes"] if not provenance & set(n["labels"])]
    assert sorted(map(str, business)) == sorted(
        str(n) for n in before["nodes"] if not provenance & set(n["labels"]))


def test_a_changed_row_is_counted_as_updated(graph: Graph, tmp_path: Path) -> None:
    ingest(graph, write(tmp_path, organisations=ORGS))
    changed = ORGS.replace("12,0;3", "15;3")
    result = ingest(graph, write(tmp_path, organisations=changed))
    assert result.counts["organisations"] == {"created": 0, "updated": 1, "unchanged": 1}


def test_failure_halfway_through_writing_leaves_the_graph_as_it_was(graph: Graph, tmp_path: Path) -> None:
    ingest(graph, write(tmp_path, organisations=ORGS))
    before = (content_hash(graph), graph_counts(graph).nodes)

    def stop_after_people(stage: str, advance: int, total: int) -> None:
        if stage == "write affiliations":
            raise ConnectionError("database went away")

    paths = write(tmp_path, organisations=ORGS.replace("12,0", "99"), people=PEOPLE, affiliations=AFFS)
    with pytest.raises(ConnectionError):
        ingest(graph, paths, progress=stop_after_people)
    assert (content_hash(graph), graph_counts(graph).nodes) == before


def test_dry_run_counts_but_writes_nothing(graph: Graph, tmp_path: Path) -> None:
    before = content_hash(graph)
    result = ingest(graph, write(tmp_path, organisations=ORGS, people=PEOPLE), dry_run=True)
    assert result.ok and result.run_id is None
    assert result.counts["organisations"]["created"] == 2 and result.counts["people"]["created"] == 3
    assert content_hash(graph) == before


def test_each_run_is_recorded_with_files_hashes_and_counts(graph: Graph, tmp_path: Path) -> None:
    paths = write(tmp_path, organisations=ORGS, people=PEOPLE)
    result = ingest(graph, paths)
    runs = [n["props"] for n in dump(graph)["nodes"] if "IngestRun" in n["labels"]]
    assert len(runs) == 1 and runs[0]["id"] == result.run_id
    assert runs[0]["files"] == ["organisations.csv", "people.csv"]
    assert runs[0]["sha256"] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    assert json.loads(runs[0]["counts"])["people"]["created"] == 3
    assert runs[0]["who"]
    wrote = [r for r in dump(graph)["relationships"] if r["type"] == "WROTE"]
    assert len(wrote) == 5
    assert props(graph, "Person", "p1")["run_id"] == result.run_id


def test_the_audit_event_is_written_in_the_runs_transaction(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph import audit

    before = content_hash(graph)

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the audit log is unavailable")

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(RuntimeError, match="audit log"):
        ingest(graph, write(tmp_path, organisations=ORGS))
    assert content_hash(graph) == before, "no data committed without its audit event"
    monkeypatch.undo()
    result = ingest(graph, write(tmp_path, organisations=ORGS), actor="web:anna")
    [event] = audit.events(graph, action="ingest")
    assert (event.actor, event.target) == ("web:anna", "organisations.csv") and result.run_id
