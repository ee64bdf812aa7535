"""Benchmark: the `city` export (CSV, as `netwerkkaart export` writes it) through the upload route.

Run: .venv/bin/python -m bench.bench_upload [--scale city] [--seed 1] [--heap 3g]
Prints the seconds of the upload's preview (POST /upload/preview, a rolled-back rehearsal) and of its
commit (POST /upload/{token}/commit) next to the CLI's `ingest --dry-run` and `ingest` of the same files,
measured in the same run on the same empty database, and whether both end in the same graph.
Uses its own managed Neo4j in a temporary data directory, never the user's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from graph.admin import wipe
from graph.backup import business_hash, read_dataset
from graph.connection import connect
from graph.runtime.server import ManagedServer, free_port
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.upserts import WriteContext, upsert_dataset
from graph.users import add_user, create_token
from ingest.export import write_csv
from ingest.pipeline import ingest
from ingest.synthetic.generator import generate
from web.app import create_app


def main() -> None:
    """Run the benchmark and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="city")
    parser.add_argument("--seed", type=int, default=1)
    # One transaction holds the whole file (as for `bench_ingest`): the city needs more than 1g.
    parser.add_argument("--heap", default="3g")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-upload-") as tmp:
        os.environ["NETWERKKAART_DATA_DIR"] = str(Path(tmp) / "neo4j")
        os.environ["NETWERKKAART_BOLT_PORT"] = str(free_port())
        os.environ["NETWERKKAART_NEO4J_HEAP"] = args.heap
        os.environ["NETWERKKAART_WARM_UP"] = "false"  # no analyses computed beside the measurement
        os.environ.pop("NEO4J_URI", None)
        settings = Settings()
        try:
            run(settings, Path(tmp) / "csv", args.scale, args.seed)
        finally:
            ManagedServer(settings).stop()


def run(settings: Settings, folder: Path, scale: str, seed: int) -> None:
    """Export the demo to CSV; time the upload route and the CLI pipeline on it, each from empty."""
    with connect(settings) as graph:
        upsert_dataset(graph, generate(scale, seed), WriteContext("demo", "bench", dt.datetime.now(dt.UTC)))
        paths = write_csv(read_dataset(graph), folder)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"the {scale} export: {len(paths)} CSV files, {size:.1f} MB")
        empty(graph)
        # One unmeasured rehearsal first: a fresh server's first big transaction also warms its JIT and
        # page cache, and whichever of upload and CLI ran first would otherwise pay for that alone.
        assert ingest(graph, paths, dry_run=True).ok
        preview, commit = through_upload(graph, settings, paths)
        uploaded = business_hash(graph)
        empty(graph)
        started = time.perf_counter()
        assert ingest(graph, paths, dry_run=True).ok
        dry = time.perf_counter() - started
        started = time.perf_counter()
        result = ingest(graph, paths)
        cli = time.perf_counter() - started
        assert result.ok
        print(f"{'':>9}  {'upload':>9}  {'CLI':>9}  ({result.rows:,} rows)")
        print(f"{'preview':>9}  {preview:8.2f}s  {dry:8.2f}s  (CLI: ingest --dry-run)")
        print(f"{'commit':>9}  {commit:8.2f}s  {cli:8.2f}s  (CLI: ingest)")
        print(f"the same graph after both: {business_hash(graph) == uploaded}")


def through_upload(graph: object, settings: Settings, paths: list[Path]) -> tuple[float, float]:
    """Return the seconds of the upload's preview and commit (a coordinator's API token: no CSRF)."""
    add_user(graph, username="bench-coordinator", role="coordinator", password="bench password 123")
    token = create_token(graph, username="bench-coordinator")[1]
    app = create_app(settings.model_copy(update={"upload_max_mb": 10_000}))
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}, follow_redirects=False) as http:
        handles = [p.open("rb") for p in paths]
        started = time.perf_counter()
        files = [("files", (p.name, h, "text/csv")) for p, h in zip(paths, handles, strict=True)]
        sent = http.post("/upload/preview", files=files)
        location = sent.headers.get("location", "")
        page = http.get(location)  # the preview page itself is part of what the user waits for
        preview = time.perf_counter() - started
        for handle in handles:
            handle.close()
        assert sent.status_code == 303 and page.status_code == 200, sent.text[:500]
        sha = page.text.split('name="sha256" value="', 1)[1][:64]
        started = time.perf_counter()
        done = http.post(f"{location}/commit", data={"sha256": sha})
        commit = time.perf_counter() - started
        assert done.status_code == 303, done.text[:500]
    return preview, commit


def empty(graph: object) -> None:
    """Wipe the database down to its schema and reference data."""
    wipe(graph)
    ensure_schema(graph)


if __name__ == "__main__":
    main()
