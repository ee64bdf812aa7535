"""One record at a time (graph/records.py): its version, and a save that refuses a stale version.

The edit forms rest on this: a save whose record changed since the form was loaded writes nothing.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from graph.backup import business_hash
from graph.driver import Graph
from graph.ingest_runs import stored_ids
from graph.records import StaleRecordError, record_values, save_record, version
from graph.runs import list_runs
from ingest.records import check_record
from ingest.validate import Known
from tests.graph.test_runs import ORGS_A, PEOPLE_A, _ingest


@pytest.fixture
def two_orgs(graph: Graph, tmp_path: Path) -> Graph:
    """o1 and o2 of the runs' test network, and three people."""
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A)
    return graph


def _o1(graph: Graph, **changes: str):
    """Return o1 as stored, with `changes` typed as cells, checked by ingest."""
    cells = {"id": "o1", "name": "Taalcafé Spangen", "kind": "taalcafe", "area": "spangen",
             "serves_areas": "Delfshaven", "capacity": "12", **changes}
    row, errors = check_record("organisations", cells, Known({"o1", "o2"}, set(), stored_ids(graph).areas))
    assert errors == [], errors
    return row


def test_the_version_follows_the_stored_values(two_orgs: Graph) -> None:
    stored = record_values(two_orgs, "organisations", "o1")
    assert version(None) == "" and version(stored) == version(dict(stored))
    assert version({**stored, "phone": "010-1"}) != version(stored)
    assert record_values(two_orgs, "organisations", "o404") is None


def test_a_save_at_the_stored_version_writes_an_edit_run(two_orgs: Graph) -> None:
    start = record_values(two_orgs, "organisations", "o1")
    row = replace(_o1(two_orgs), phone="010-1234567")
    saved = save_record(two_orgs, "organisations", row, "o1", expected=version(start), who="anna")
    assert record_values(two_orgs, "organisations", "o1") == {**start, "phone": "010-1234567"}
    run = list_runs(two_orgs)[0]
    assert (run.id, run.kind, run.who) == (saved.run_id, "edit", "anna")


def test_a_save_at_an_older_version_is_refused_with_what_is_stored(two_orgs: Graph) -> None:
    start = record_values(two_orgs, "organisations", "o1")
    save_record(two_orgs, "organisations", replace(_o1(two_orgs), phone="010-1"), "o1",
                expected=version(start), who="bert")
    after_bert = business_hash(two_orgs)
    with pytest.raises(StaleRecordError) as refused:
        save_record(two_orgs, "organisations", replace(_o1(two_orgs), phone="010-2"), "o1",
                    expected=version(start), who="anna")
    assert refused.value.current["phone"] == "010-1"
    assert business_hash(two_orgs) == after_bert


def test_adding_a_record_that_exists_already_is_refused(two_orgs: Graph) -> None:
    before = business_hash(two_orgs)
    with pytest.raises(StaleRecordError) as refused:
        save_record(two_orgs, "organisations", _o1(two_orgs), "o1", expected="", who="anna")
    assert refused.value.current["name"] == "Taalcafé Spangen"
    assert business_hash(two_orgs) == before


def test_of_two_saves_at_the_same_moment_and_version_exactly_one_is_written(two_orgs: Graph) -> None:
    start = version(record_values(two_orgs, "organisations", "o1"))
    gate, outcomes = threading.Barrier(2), []

    def save(phone: str) -> None:
        gate.wait()
        try:
            save_record(two_orgs, "organisations", replace(_o1(two_orgs), phone=phone), "o1",
                        expected=start, who=phone)
            outcomes.append(("saved", phone))
        except StaleRecordError:
            outcomes.append(("refused", phone))

    threads = [threading.Thread(target=save, args=(p,)) for p in ("010-1", "010-2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(kind for kind, _ in outcomes) == ["refused", "saved"]
    winner = next(phone for kind, phone in outcomes if kind == "saved")
    assert record_values(two_orgs, "organisations", "o1")["phone"] == winner
