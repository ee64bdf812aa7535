"""Benchmark: batched UNWIND…MERGE upserts vs one auto-commit query per row, in one run.

Run: .venv/bin/python -m bench.bench_load [--scale city] [--subset 2000]
Starts its own managed Neo4j in a temporary data directory (or uses --data-dir), warms it up with
the `demo` scale, loads the scale with the batched upserts entity by entity (serial), again with
`bulk_load` (independent entities in parallel sessions, as `netwerkkaart demo` does), then times
the per-row baseline on fresh rows of the same shape, then a reference MERGE of bare nodes by id (the
shape of the published ~70,000 rows/s anchor), and prints rows/s and the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path

from graph.admin import wipe
from graph.bulk_load import bulk_load
from graph.connection import connect
from graph.driver import Graph
from graph.load_probe import bare_merge_seconds
from graph.model import ENTITY_ORDER, Dataset
from graph.runtime.server import ManagedServer
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.upserts import WriteContext, contacts_from_partnerships, merged_contacts, upsert_entity
from ingest.synthetic.generator import generate


def batched_load(graph: Graph, data: Dataset, ctx: WriteContext) -> list[tuple[str, int, float]]:
    """Load every entity with the batched upserts; return (entity, rows, seconds) per entity."""
    timings = []
    for name in ENTITY_ORDER:
        items = getattr(data, name)
        if name == "contacts":
            items = merged_contacts(items, contacts_from_partnerships(data.partnerships))
        started = time.perf_counter()
        upsert_entity(graph, name, items, ctx)
        timings.append((name, len(items), time.perf_counter() - started))
    return timings


def fresh_rows(data: Dataset, size: int, tag: str) -> Dataset:
    """Return `size` new people and `size` new referrals (new ids) between existing organisations."""
    people = [dataclasses.replace(p, id=f"{tag}-{p.id}") for p in data.people[:size]]
    referrals = [dataclasses.replace(r, id=f"{tag}-{r.id}") for r in data.referrals[:size]]
    return Dataset(people=people, referrals=referrals)


def timed(graph: Graph, rows: Dataset, ctx: WriteContext, batch: int | None) -> float:
    """Return seconds to upsert `rows`: batched, or one auto-commit query per row (batch=None)."""
    started = time.perf_counter()
    for name in ("people", "referrals"):
        items = getattr(rows, name)
        if batch is None:
            for item in items:
                upsert_entity(graph, name, [item], ctx)
        else:
            upsert_entity(graph, name, items, ctx)
    return time.perf_counter() - started


def parallel_load(graph: Graph, data: Dataset, ctx: WriteContext) -> float:
    """Return seconds for `bulk_load` of `data` into an emptied graph."""
    wipe(graph)
    ensure_schema(graph)
    started = time.perf_counter()
    bulk_load(graph, data, ctx)
    return time.perf_counter() - started


def report(timings: list[tuple[str, int, float]], subset: int, per_row: float,
           same_batched: float, parallel_s: float, bare: tuple[int, float]) -> None:
    """Print rows/s per entity, in total, and the batched / per-row ratio."""
    print(f"{'entity':<15}{'rows':>9}{'seconds':>9}{'rows/s':>10}")
    for name, rows, seconds in timings:
        print(f"{name:<15}{rows:>9}{seconds:>9.2f}{rows / seconds:>10.0f}")
    total_rows = sum(t[1] for t in timings)
    total_s = sum(t[2] for t in timings)
    batched_rate = total_rows / total_s
    print(f"{'batched total':<15}{total_rows:>9}{total_s:>9.2f}{batched_rate:>10.0f}  (serial)")
    parallel_rate = total_rows / parallel_s
    print(f"{'bulk_load':<15}{total_rows:>9}{parallel_s:>9.2f}{parallel_rate:>10.0f}  (parallel sessions)")
    rows = 2 * subset
    print(f"\nsame {rows} fresh rows (people + referrals):")
    print(f"  batched        {same_batched:7.2f} s  {rows / same_batched:9.0f} rows/s")
    print(f"  per-row        {per_row:7.2f} s  {rows / per_row:9.0f} rows/s  (baseline)")
    print(f"\nratio batched/per-row, same rows : {per_row / same_batched:7.0f}x")
    print(f"ratio batched total/per-row     : {batched_rate / (rows / per_row):7.0f}x")
    print(f"ratio bulk_load/per-row         : {parallel_rate / (rows / per_row):7.0f}x")
    print(f"whole load of the scale         : {parallel_s:7.1f} s (bulk_load), {total_s:.1f} s (serial)")
    bare_rate = bare[0] / bare[1]
    print(f"\nreference: bare MERGE by id, {bare[0]} nodes without properties (the published anchor's shape):"
          f" {bare_rate:.0f} rows/s")
    print(f"batched total / bare reference  : {batched_rate / bare_rate:7.2f}  (the cost of the data model's"
          " properties and provenance)")
    print("targets: batched >= 30,000 rows/s and >= 100x per-row; whole city load < 30 s")


def main() -> None:
    """Run the load benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="city", choices=["demo", "city", "large"])
    parser.add_argument("--subset", type=int, default=2000, help="rows per entity for per-row")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="netwerkkaart-bench-"))
    settings = Settings(NETWERKKAART_DATA_DIR=data_dir)
    data = generate(args.scale, seed=1)
    ctx = WriteContext(source="bench", run_id="bench", now=dt.datetime.now(dt.UTC))
    try:
        with connect(settings) as graph:
            parallel_load(graph, generate("demo", seed=2), ctx)  # warm-up: JIT and query plans
            wipe(graph)
            ensure_schema(graph)
            timings = batched_load(graph, data, ctx)
            parallel_s = parallel_load(graph, data, ctx)
            per_row = timed(graph, fresh_rows(data, args.subset, "row"), ctx, batch=None)
            same_batched = timed(graph, fresh_rows(data, args.subset, "bat"), ctx, batch=5000)
            bare_rows = 100_000
            bare = (bare_rows, bare_merge_seconds(graph, bare_rows))
        report(timings, args.subset, per_row, same_batched, parallel_s, bare)
    finally:
        if args.data_dir is None:
            ManagedServer(settings).stop()


if __name__ == "__main__":
    main()
