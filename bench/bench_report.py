"""Benchmark of `netwerkkaart report` on the `city` demo (target: under 10 s), stage by stage.

Run: .venv/bin/python -m bench.bench_report [--as-of YYYY-MM-DD] [--runs N] [--out FILE]
Uses NETWERKKAART_DATA_DIR (default /tmp/netwerkkaart-bench) and loads the city demo there once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from bench.bench_analysis import BOLT_PORT, DEFAULT_DIR, Stages
from bench.city import city_graph


def main() -> None:
    """Build the city report once, print the time per stage and the total against the 10 s target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--as-of", default="2025-06-01")
    parser.add_argument("--runs", type=int, default=50, help="turnover simulation runs (the CLI default)")
    parser.add_argument("--out", default="/tmp/netwerkkaart-city-report.html")
    args = parser.parse_args()
    from netwerkkaart.report.build import build_report

    as_of = dt.date.fromisoformat(args.as_of)
    with city_graph(DEFAULT_DIR, BOLT_PORT) as graph:
        stages = Stages()
        print(f"report as of {as_of} ({args.runs} simulation runs):")
        started = time.perf_counter()
        html = build_report(graph, as_of, secret=b"bench", runs=args.runs, timer=stages)
        total = time.perf_counter() - started
    Path(args.out).write_text(html, encoding="utf-8")
    print(f"city report: {total:.2f} s (target < 10 s), {len(html) / 1024:.0f} kB → {args.out}")


if __name__ == "__main__":
    main()
