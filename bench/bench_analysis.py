"""Benchmark of `analyse` + `fragility` on the `city` demo, with a naive baseline in the same run.

Run: .venv/bin/python -m bench.bench_analysis [--as-of YYYY-MM-DD] [--subset N] [--against REF] [--rounds N]
Uses NETWERKKAART_DATA_DIR (default /tmp/netwerkkaart-bench) and loads the city demo there once.

`--against REF` (default: 90ff086, the code as it was when issue 13 was filed) also runs that
revision's own bench_analysis on the same data in the same run, in a child process from a
`git archive` copy, and prints the ratio of the two whole city runs (issue 13's target: ≤ 1/3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from bench.city import city_graph, server_stopped_after

DEFAULT_DIR = "/tmp/netwerkkaart-bench"
BOLT_PORT = 17731
# The last commit before issues 11-15 were filed: "today's" code in issue 13.
BASELINE_REF = "90ff086"
ROOT = Path(__file__).resolve().parents[1]
_WHOLE = re.compile(r"whole city run .*?: ([0-9.]+) s")
# The environment before this run's own code changed it (analysis sets OMP_NUM_THREADS): the baseline
# revision runs in the environment it would have had on its own.
_START_ENV = dict(os.environ)


class Stages:
    """Wall-clock time per named stage."""

    def __init__(self) -> None:
        self.times: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.times.append((stage, now - self._last))
        print(f"  {stage:<42} {now - self._last:8.2f} s", flush=True)
        self._last = now


def _best(fn: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def naive_key_person(net: Any, subset: int, seed: int) -> tuple[float, int]:
    """Return (seconds per person, people timed) for plain networkx remove-and-recount."""
    h = nx.Graph()
    h.add_nodes_from(("o", o) for o in net.orgs)
    for p, orgs in zip(net.people, net.person_orgs, strict=True):
        h.add_edges_from((("p", p), ("o", net.orgs[o])) for o in orgs)
    h.add_edges_from((("p", net.people[p]), ("p", net.people[q])) for p, q in net.contacts)
    sample = random.Random(seed).sample(net.people, min(subset, len(net.people)))
    start = time.perf_counter()
    for person in sample:
        g = h.copy()
        g.remove_node(("p", person))
        sum(len(c) * (len(c) - 1) // 2 for c in
            ([n for n in comp if n[0] == "o"] for comp in nx.connected_components(g)))
    return (time.perf_counter() - start) / len(sample), len(sample)


def _baseline_env() -> dict[str, str]:
    """Return this process's environment without what its own imports added (not the bench's settings)."""
    env = dict(os.environ)
    if "OMP_NUM_THREADS" not in _START_ENV:
        env.pop("OMP_NUM_THREADS", None)
    return env


def baseline_whole_run(ref: str, as_of: dt.date) -> float:
    """Return the seconds of revision `ref`'s own whole city run on the same data (child process)."""
    with tempfile.TemporaryDirectory(prefix="netwerkkaart-baseline-") as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        print(f"baseline: {ref}'s bench_analysis on the same city data:", flush=True)
        done = subprocess.run([sys.executable, "-m", "bench.bench_analysis", "--as-of", as_of.isoformat()],
                              cwd=folder, env={**_baseline_env(), "PYTHONPATH": folder},
                              check=True, capture_output=True, text=True)
    found = _WHOLE.search(done.stdout)
    if found is None:
        raise SystemExit(f"no whole city run in {ref}'s output:\n{done.stdout}")
    print("  " + found.group(0), flush=True)
    return float(found.group(1))


def _documents(graph: Any, as_of: dt.date,
               timer: Callable[[str], None]) -> tuple[Any, dict[str, Any], float, float, float]:
    """Return (snapshot, fragility document, analyse s, ready s, total s) of one run with write-back."""
    from graph.metric_snapshots import Writes
    from graph.projections import load_snapshot
    from netwerkkaart.documents.analysis import analyse_document, fragility_document

    writes = Writes(graph)
    started = time.perf_counter()
    snap = load_snapshot(graph, as_of)
    timer("read from Neo4j (once, for both)")
    analyse_document(graph, as_of, write_back=True, timer=timer, snap=snap, writes=writes)
    analyse_s = time.perf_counter() - started
    doc = fragility_document(graph, as_of, write_back=True, timer=timer, snap=snap, writes=writes)
    ready = time.perf_counter() - started
    writes.close()
    return snap, doc, analyse_s, ready, time.perf_counter() - started


def _whole_run(as_of: dt.date) -> tuple[Any, dict[str, Any], float]:
    """Return (network, fragility document, seconds) of analyse + fragility with write-back, timed."""
    from netwerkkaart.documents.analysis import network_of

    with city_graph(DEFAULT_DIR, BOLT_PORT) as graph:
        # As the web app does it (AnalysisStore.snapshot): the network is read once per date and data
        # change, and both documents start from that one read.
        # One untimed run first, so that this run and the baseline's meet the same server: warm (a
        # server just started answers its first queries slowly: cold page cache, JIT) and holding
        # this date's snapshots already (the first run on a date creates ~18,000 nodes, a later one
        # only sets their values; without it only this run would pay for creating them).
        _documents(graph, as_of, lambda _: None)
        stages = Stages()
        snap, doc, analyse_s, ready, total = _documents(graph, as_of, stages)
        print(f"  documents ready after {ready:.2f} s", flush=True)
        print(f"  all written after {total:.2f} s (the writes ran behind the computing)", flush=True)
    print(f"whole city run (analyse + fragility, Neo4j read → metrics → write back): {total:.2f} s "
          f"(analyse {analyse_s:.2f} s, fragility and waiting for the writes {total - analyse_s:.2f} s; "
          f"ready after {ready:.2f} s; target < 20 s)")
    return network_of(snap), doc, total


def main() -> None:
    """Run the benchmark and print every figure and ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("--subset", type=int, default=40, help="people timed in the naive baseline")
    parser.add_argument("--against", default=BASELINE_REF, help="revision to compare with ('' for none)")
    parser.add_argument("--rounds", type=int, default=2, help="timed runs of each, taking turns")
    args = parser.parse_args()
    from analysis import centrality
    from analysis.busfactor import links_broken
    from analysis.graphs import org_graph
    from analysis.keyperson import key_person_impacts

    as_of = dt.date.fromisoformat(args.as_of)
    with server_stopped_after(DEFAULT_DIR, BOLT_PORT):
        # This run and the baseline's take turns, `--rounds` times each, and the best of each counts:
        # both meet a server as warm as the other's (Neo4j's JIT keeps warming over the first runs).
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.rounds):
            net, doc, total = _whole_run(as_of)
            ours.append(total)
            if args.against:
                theirs.append(baseline_whole_run(args.against, as_of))
        print(f"network: {len(net.orgs)} orgs, {len(net.people)} current people, "
              f"{len(net.contacts)} contacts, {len(net.links)} carried links, "
              f"{len(doc['uncarried_links'])} uncarried")
        print("whole city runs, in turn: this " + ", ".join(f"{t:.2f}" for t in ours) + " s"
              + ("; baseline " + ", ".join(f"{t:.2f}" for t in theirs) + " s" if theirs else ""))
        if theirs:
            print(f"whole city run vs {args.against} in this run (best of {args.rounds} each): "
                  f"{min(ours):.2f} s / {min(theirs):.2f} s = {min(ours) / min(theirs):.2f} (target ≤ 0.33)")

    fast = _best(lambda: (key_person_impacts(net), links_broken(net)))
    per_person, timed = naive_key_person(net, args.subset, seed=1)
    naive = per_person * len(net.people)
    print(f"key-person impact, all {len(net.people)} people: articulation pass {fast * 1000:.1f} ms; "
          f"naive networkx remove-and-recount {per_person * 1000:.1f} ms/person on {timed} people "
          f"→ {naive:.0f} s for all; ratio {naive / fast:,.0f}× (target ≥ 1,000×)")

    g = org_graph(net)
    h, _, _ = centrality.to_igraph(g)
    # Converting to igraph counts, as on a graph seen for the first time (not the shared conversion).
    ours = _best(lambda: (centrality.forget(g), centrality.betweenness(g)))
    igraph_own = _best(lambda: h.betweenness())
    print(f"exact betweenness, org graph ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges): "
          f"ours {ours * 1000:.1f} ms, igraph on the same graph {igraph_own * 1000:.1f} ms; "
          f"ratio {ours / igraph_own:.2f} (target ≤ 1.5)")


if __name__ == "__main__":
    main()
