"""Benchmark: export the `city` demo to CSVs, then ingest them end to end into an empty database.

Run: .venv/bin/python -m bench.bench_ingest [--scale city] [--seed 1]
Reports rows/s for the read, validate and write stages and end to end (target: ≥ 10,000 rows/s).
Uses its own managed Neo4j in a temporary data directory, never the user's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from graph.admin import wipe
from graph.backup import business_hash, read_dataset
from graph.connection import connect
from graph.runtime.server import ManagedServer, free_port
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.upserts import WriteContext, upsert_dataset
from ingest.export import write_csv
from ingest.pipeline import ingest
from ingest.synthetic.generator import generate


def main() -> None:
    """Run the benchmark and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="city")
    parser.add_argument("--seed", type=int, default=1)
    # One transaction holds the whole city (~240k rows): Neo4j's default 1g heap caps a
    # transaction at ~700 MiB, too little, so the benchmark's own server gets more.
    parser.add_argument("--heap", default="3g")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        os.environ["NETWERKKAART_DATA_DIR"] = str(Path(tmp) / "neo4j")
        os.environ["NETWERKKAART_BOLT_PORT"] = str(free_port())
        os.environ["NETWERKKAART_NEO4J_HEAP"] = args.heap
        os.environ.pop("NEO4J_URI", None)
        settings = Settings()
        try:
            run(settings, Path(tmp) / "csv", args.scale, args.seed)
        finally:
            ManagedServer(settings).stop()


def run(settings: Settings, folder: Path, scale: str, seed: int) -> None:
    """Load the demo, export it to CSV, wipe, ingest the CSVs; print figures per stage."""
    with connect(settings) as graph:
        started = time.perf_counter()
        upsert_dataset(graph, generate(scale, seed), WriteContext("demo", "bench", dt.datetime.now(dt.UTC)))
        print(f"loaded the {scale} demo in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        expected = business_hash(graph)
        print(f"business hash in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        paths = write_csv(read_dataset(graph), folder)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"exported to CSV ({size:.1f} MB) in {time.perf_counter() - started:.1f} s")
        wipe(graph)
        ensure_schema(graph)
        started = time.perf_counter()
        marks: dict[str, float] = {}
        result = ingest(graph, paths, progress=lambda stage, n, total: marks.__setitem__(
            stage, time.perf_counter()))
        total = time.perf_counter() - started
        assert result.ok, [str(e) for e in result.problems.errors[:5]]
        rows = result.rows
        print(f"ingested {rows:,} rows; the same graph back: {business_hash(graph) == expected}")
        for stage in ("read", "validate", "write"):
            seconds = result.seconds[stage]
            print(f"  {stage:>9}: {seconds:7.2f} s  {rows / seconds:>10,.0f} rows/s")
        print(f"  {'end to end':>9}: {total:7.2f} s  {rows / total:>10,.0f} rows/s")
        print("write stage, seconds per entity (until its last batch):")
        previous = marks.get("validate", started)
        for stage, at in marks.items():
            if stage.startswith("write "):
                print(f"  {stage[6:]:>13}: {at - previous:6.2f} s")
                previous = at


if __name__ == "__main__":
    main()
