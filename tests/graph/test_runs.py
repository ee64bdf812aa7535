"""Runs and undo against the real database, judged by the business content hash (graph/backup.py).

Two spreadsheet versions: A makes two organisations, three people and their ties; B changes an
organisation and a person, adds an organisation, an affiliation and a referral. Undo must put back
exactly the state before a run, refuse (writing nothing) when a later run changed the same
records, and be a run itself that can be undone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.admin import content_hash, dump
from graph.backup import business_hash
from graph.driver import Graph
from graph.run_undo import RunRefusedError, UnknownRunError, undo_run
from graph.runs import list_runs
from ingest.pipeline import ingest

ORGS_A = ("id;naam;soort;wijk;werkgebied;capaciteit\n"
          "o1;Taalcafé Spangen;taalcafe;spangen;Delfshaven;12\n"
          "o2;Welzijn Noord;welzijn;BU05990320;;\n")
PEOPLE_A = "id;naam;telefoon\np1;Anne;0612345678\np2;Omar;\np3;Lisa;\n"
AFFS_A = "persoon_id;organisatie_id;rol;sinds\np1;o1;vrijwilliger;2024-03-01\np2;o2;staff;2024-01-01\n"
CONTACTS_A = "persoon_id;ander_persoon_id;sinds;verband;sterkte\np3;p1;2023-05-01;informeel;2\n"
# B: o1 renamed and moved, o3 new, Anne's phone changed, p3 joins o3, a referral o1 → o3.
ORGS_B = ("id;naam;soort;wijk;werkgebied;capaciteit\n"
          "o1;Taalcafé Spangen-West;taalcafe;BU05990320;Noord;15\n"
          "o2;Welzijn Noord;welzijn;BU05990320;;\n"
          "o3;Maatjes Zuid;maatjesproject;;Charlois;4\n")
PEOPLE_B = "id;naam;telefoon\np1;Anne;0687654321\np2;Omar;\np3;Lisa;\n"
AFFS_B = "persoon_id;organisatie_id;rol;sinds\np3;o3;coordinator;2025-01-01\n"
REFS_B = "id;van;naar;datum;hulpvraag;status\nr1;o1;o3;2025-02-01;maatje;sent\n"


def _files(folder: Path, **files: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
        paths.append(folder / f"{name}.csv")
    return paths


def _ingest(graph: Graph, folder: Path, **files: str) -> str:
    result = ingest(graph, _files(folder, **files))
    assert result.ok, [str(e) for e in result.problems.errors]
    assert result.run_id
    return result.run_id


@pytest.fixture
def runs_a_b(graph: Graph, tmp_path: Path) -> tuple[str, str, str, str]:
    """Ingest A then B; return (run A, run B, hash after A, hash after B)."""
    run_a = _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A,
                    affiliations=AFFS_A, contacts=CONTACTS_A)
    after_a = business_hash(graph)
    run_b = _ingest(graph, tmp_path / "b", organisations=ORGS_B, people=PEOPLE_B,
                    affiliations=AFFS_B, referrals=REFS_B)
    after_b = business_hash(graph)
    assert after_a != after_b
    return run_a, run_b, after_a, after_b


def test_undo_of_the_last_ingest_gives_back_the_state_after_the_one_before(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    _, run_b, after_a, _ = runs_a_b
    undone = undo_run(graph, run_b, who="cli:test")
    assert business_hash(graph) == after_a
    assert undone.undid == run_b
    assert undone.counts["organisations"] == {"created": 0, "updated": 1, "deleted": 1}
    assert undone.counts["referrals"] == {"created": 0, "updated": 0, "deleted": 1}


def test_undo_of_the_undo_gives_back_the_state_after_the_run(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    _, run_b, _, after_b = runs_a_b
    undo = undo_run(graph, run_b, who="cli:test")
    redo = undo_run(graph, undo.id, who="cli:test")
    assert business_hash(graph) == after_b
    # The run is in effect again: undoing it once more works and gives the state before it.
    undo_run(graph, run_b, who="cli:test")
    assert business_hash(graph) != after_b
    kinds = {r.id: r for r in list_runs(graph)}
    assert kinds[undo.id].kind == "undo" and kinds[undo.id].undone_by == redo.id
    assert kinds[redo.id].undoes == undo.id


def test_undo_of_a_run_whose_records_a_later_run_changed_is_refused_and_writes_nothing(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    run_a, _, _, _ = runs_a_b
    before = content_hash(graph)
    with pytest.raises(RunRefusedError) as refused:
        undo_run(graph, run_a, who="cli:test")
    assert refused.value.reason == "conflict"
    named = {(r.entity, r.nodes) for r in refused.value.records}
    # B changed o1 (renamed) and Anne (phone); A's other records B left alone.
    assert ("organisations", (("o1", "Taalcafé Spangen-West"),)) in named
    assert ("people", (("p1", "Anne"),)) in named
    assert ("organisations", (("o2", "Welzijn Noord"),)) not in named
    assert content_hash(graph) == before


def test_undo_of_a_run_that_created_things_deletes_exactly_them(graph: Graph, tmp_path: Path) -> None:
    empty = business_hash(graph)
    run_a = _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A,
                    affiliations=AFFS_A, contacts=CONTACTS_A)
    undone = undo_run(graph, run_a, who="cli:test")
    assert business_hash(graph) == empty
    assert undone.counts["organisations"]["deleted"] == 2
    assert undone.counts["people"]["deleted"] == 3
    assert undone.counts["affiliations"]["deleted"] == 2


def test_deleting_a_new_node_that_a_later_run_tied_to_is_refused(graph: Graph, tmp_path: Path) -> None:
    run_a = _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A)
    _ingest(graph, tmp_path / "b", affiliations=AFFS_A)  # ties A's people to A's organisations
    before = content_hash(graph)
    with pytest.raises(RunRefusedError) as refused:
        undo_run(graph, run_a, who="cli:test")
    assert {r.entity for r in refused.value.records} == {"affiliations"}
    assert content_hash(graph) == before


def test_an_unknown_or_already_undone_run_is_refused_and_writes_nothing(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    _, run_b, _, _ = runs_a_b
    before = content_hash(graph)
    with pytest.raises(UnknownRunError):
        undo_run(graph, "ingest-no-such-run", who="cli:test")
    assert content_hash(graph) == before
    undo = undo_run(graph, run_b, who="cli:test")
    after_undo = content_hash(graph)
    with pytest.raises(RunRefusedError) as refused:
        undo_run(graph, run_b, who="cli:test")
    assert refused.value.reason == "already_undone" and refused.value.by == undo.id
    assert content_hash(graph) == after_undo


def test_runs_are_listed_newest_first_with_kind_who_and_counts(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    run_a, run_b, _, _ = runs_a_b
    runs = list_runs(graph)
    assert [r.id for r in runs] == [run_b, run_a]
    assert all(r.kind == "ingest" and r.who.startswith("cli:") for r in runs)
    assert runs[0].counts["organisations"]["created"] == 1
    assert runs[0].counts["organisations"]["updated"] == 1
    assert runs[1].counts["people"]["created"] == 3


def test_an_undo_is_audited(graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    _, run_b, _, _ = runs_a_b
    undo = undo_run(graph, run_b, who="web:anna", ip="10.0.0.7")
    events = [n["props"] for n in dump(graph)["nodes"] if "AuditEvent" in n["labels"]
              and n["props"]["action"] == "undo"]
    assert [(e["actor"], e["target"], e["ip"], e["detail"]) for e in events] == [
        ("web:anna", run_b, "10.0.0.7", undo.id)]


def test_an_erasure_takes_the_person_out_of_every_runs_change_set(
        graph: Graph, runs_a_b: tuple[str, str, str, str]) -> None:
    from graph.person_rights import erase_person

    runs = [n["props"] for n in dump(graph)["nodes"] if "IngestRun" in n["labels"]]
    assert any("0612345678" in chunk for run in runs for chunk in run["changes"]), "B kept Anne's old phone"
    new_id = erase_person(graph, "p1", actor="cli:test")
    chunks = [chunk for n in dump(graph)["nodes"] if "IngestRun" in n["labels"]
              for chunk in n["props"]["changes"]]
    assert not any("0612345678" in c or "Anne" in c or '"p1"' in c for c in chunks)
    assert any(new_id in c for c in chunks)
