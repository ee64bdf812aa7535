"""Faults: Neo4j killed (SIGKILL) in the middle of an upload's commit ("Doorvoeren").

A managed server of this module's own (its own data directory and port), since the test kills it; the
suite's shared server is never touched. The commit goes through the same service function the route
calls (netwerkkaart/documents/upload.py), with a progress hook to kill the server mid-write.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.admin import wipe
from graph.backup import business_hash
from graph.connection import connect
from graph.errors import DatabaseUnavailableError
from graph.runs import list_runs
from graph.runtime.server import ManagedServer
from graph.stats import graph_counts
from ingest.synthetic.generator import SCALES, generate
from netwerkkaart.documents.upload import commit_upload, preview_upload
from netwerkkaart.documents.upload_store import UploadMeta, UploadStore
from tests.ingest.test_faults import kill, write_csv
from tests.own_server import running_server

pytestmark = [pytest.mark.slow(seconds=100), pytest.mark.own_server]
WHO = "coordinator-anna"


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ManagedServer]:
    """A managed Neo4j this test may kill, in a data directory of its own."""
    with running_server(tmp_path_factory.mktemp("upload-faults"), NETWERKKAART_CONNECT_TIMEOUT=4) as server:
        yield server


def upload(store: UploadStore, folder: Path) -> UploadMeta:
    """Keep the folder's CSV files as one upload, as the route does with the files a browser sent."""
    files = sorted(folder.glob("*.csv"))
    handles = [path.open("rb") for path in files]
    try:
        return store.save(zip([p.name for p in files], handles, strict=True), who=WHO)
    finally:
        for handle in handles:
            handle.close()


def test_a_kill_during_an_uploads_commit_leaves_nothing_and_the_rerun_equals_a_clean_commit(
        own_server: ManagedServer, tmp_path: Path) -> None:
    settings, folder = own_server.settings, write_csv(generate("demo", 3), tmp_path)
    store = UploadStore(tmp_path / "uploads", 10**9)
    seen: list[str] = []

    def kill_mid_write(stage: str, advance: int, total: int) -> None:
        seen.append(stage)
        # Contacts are written after people and affiliations, in the same transaction.
        if stage == "write contacts" and own_server.state().running:
            kill(own_server)

    with connect(settings) as graph:
        wipe(graph)
    with connect(settings) as graph:  # connecting puts the reference areas back
        meta = upload(store, folder)
        assert preview_upload(graph, store, meta, lang="nl")["ok"]
        before = business_hash(graph)
        meta = store.meta(meta.token, who=WHO)
        with pytest.raises(DatabaseUnavailableError, match="er is niets geschreven"):
            commit_upload(graph, store, meta, sha256=meta.sha256, lang="nl", progress=kill_mid_write)
    assert "write people" in seen
    own_server.start()
    with connect(settings) as graph:
        assert graph_counts(graph).labels.get("Person", 0) == 0, "the killed transaction left rows"
        assert business_hash(graph) == before and list_runs(graph) == []
        # The upload was kept for a second try: "Doorvoeren" again commits it.
        meta = store.meta(meta.token, who=WHO)
        done = commit_upload(graph, store, meta, sha256=meta.sha256, lang="nl")
        assert done["run_id"] and [r.kind for r in list_runs(graph)] == ["upload"]
        rerun, people = business_hash(graph), graph_counts(graph).labels["Person"]
        wipe(graph)
    with connect(settings) as graph:  # a clean upload of the same files, never interrupted
        clean = upload(store, folder)
        assert preview_upload(graph, store, clean, lang="nl")["ok"]
        clean = store.meta(clean.token, who=WHO)
        commit_upload(graph, store, clean, sha256=clean.sha256, lang="nl")
        assert business_hash(graph) == rerun
    assert people == SCALES["demo"].people
