"""Faults: Neo4j killed (SIGKILL) in the middle of an ingest's transaction, and after commits.

Each test module gets a managed server of its own (its own data directory and port), because
these tests kill it; the suite's shared server is never touched.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.admin import dump, wipe
from graph.connection import connect
from graph.errors import DatabaseUnavailableError
from graph.model import Dataset
from graph.runtime.server import ManagedServer, _pid_alive, _port_free
from graph.schema import ensure_schema
from graph.stats import graph_counts
from graph.upserts import upsert_dataset
from ingest.pipeline import ingest
from ingest.synthetic.generator import SCALES, generate
from tests.graph.test_upserts import ctx, small_dataset
from tests.own_server import running_server, with_shared_password

pytestmark = [pytest.mark.slow(seconds=130), pytest.mark.own_server]
# Provenance differs between two runs of the same file by design; everything else must be equal.
PROVENANCE = {"run_id", "created_at", "updated_at", "confirmed_at"}


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory, password_template: Path) -> Iterator[ManagedServer]:
    """A managed Neo4j these tests may kill, in a data directory of its own."""
    with running_server(with_shared_password(tmp_path_factory.mktemp("faults"), password_template),
                        NETWERKKAART_CONNECT_TIMEOUT=4) as server:
        yield server


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's people, organisations, affiliations and contacts as template CSV files.

    Demo scale is enough: the kill comes when the ingest reaches its contacts, whatever the size.
    """
    return write_csv(generate("demo", 3), tmp_path_factory.mktemp("demo-csv"))


def test_a_kill_during_an_ingest_leaves_nothing_and_the_rerun_equals_a_clean_ingest(
        own_server: ManagedServer, big_folder: Path) -> None:
    settings = own_server.settings
    with connect(settings) as graph:
        wipe(graph)
    seen: list[str] = []

    def kill_mid_write(stage: str, advance: int, total: int) -> None:
        seen.append(stage)
        # Contacts are written after people and affiliations, in the same transaction.
        if stage == "write contacts" and own_server.state().running:
            kill(own_server)

    with connect(settings) as graph, pytest.raises(DatabaseUnavailableError, match="er is niets geschreven"):
        ingest(graph, [big_folder], progress=kill_mid_write)
    assert "write people" in seen
    own_server.start()
    with connect(settings) as graph:
        assert graph_counts(graph).labels.get("Person", 0) == 0, "the killed transaction left rows"
        assert ingest(graph, [big_folder]).ok
        rerun = business_hash(graph)
        people = graph_counts(graph).labels["Person"]
        wipe(graph)
    with connect(settings) as graph:
        assert ingest(graph, [big_folder]).ok
        assert business_hash(graph) == rerun
    assert people == SCALES["demo"].people


def test_committed_data_survives_a_kill(own_server: ManagedServer) -> None:
    settings = own_server.settings
    with connect(settings) as graph:
        wipe(graph)
        ensure_schema(graph)  # the reference areas come back at every connect; have them now too
        upsert_dataset(graph, small_dataset(), ctx())  # committed just before the crash
        before, counts = full_hash(graph), graph_counts(graph)
    kill(own_server)
    own_server.start()
    with connect(settings) as graph:
        assert graph_counts(graph) == counts and full_hash(graph) == before
    assert counts.labels["Person"] == 3


def kill(server: ManagedServer) -> None:
    """SIGKILL the server and wait until the process is gone and its port is free again.

    A killed JVM can hold its port for a moment while the kernel tears it down; `start()` right
    then would find the port taken (see the report: the server could wait for this itself).
    """
    pid, port = server.state().pid, server.state().port
    assert pid is not None and port is not None
    server.kill()
    while _pid_alive(pid) or not _port_free(port):
        time.sleep(0.2)
    assert not server.state().running


def business_hash(graph: Any) -> str:
    """Return a sha256 over nodes and relationships without ingest provenance (runs, audit, times)."""
    data = dump(graph)
    provenance = {"IngestRun", "AuditEvent"}
    lines = sorted(_line(row) for row in data["nodes"] if not provenance & set(row["labels"]))
    lines += sorted(_line(row) for row in data["relationships"] if row["type"] != "WROTE")
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def full_hash(graph: Any) -> str:
    """Return a sha256 over every node and relationship with every property."""
    data = dump(graph)
    rows = [json.dumps(r, sort_keys=True, default=str) for r in data["nodes"] + data["relationships"]]
    return hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()


def _line(row: dict[str, Any]) -> str:
    props = {k: v for k, v in row["props"].items() if k not in PROVENANCE}
    return json.dumps({**row, "props": props}, sort_keys=True, default=str)


def write_csv(data: Dataset, folder: Path) -> Path:
    """Write four sheets of `data` as CSV files in the ingest template's columns; return the folder."""
    sheets: dict[str, tuple[list[str], list[list[Any]]]] = {
        "organisations": (["id", "name", "kind"], [[o.id, o.name, o.kind] for o in data.organisations]),
        "people": (["id", "name", "email"], [[p.id, p.name, p.email] for p in data.people]),
        "affiliations": (["person_id", "organisation_id", "role", "since", "until"],
                         [[a.person_id, a.organisation_id, a.role, a.since, a.until]
                          for a in data.affiliations]),
        "contacts": (["person_id", "other_person_id", "since", "context", "strength"],
                     [[c.person_id, c.other_person_id, c.since, c.context, c.strength]
                      for c in data.contacts]),
    }
    for name, (header, rows) in sheets.items():
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([["" if v is None else v for v in row] for row in rows])
    return folder
