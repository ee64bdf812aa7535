"""The test command's two steps in one pytest run: the fast tests and the slow ones (`-m slow`).

One run instead of two: each xdist worker starts its Neo4j servers, loads the demo and imports the
app once, not once per step, and one worker runs the fast tests while the other is still busy with a
long slow module (the steps used to wait for each other's last module). The slow modules are handed
out first, so the longest work does not start last; within each step the order stays random
(pytest-randomly shuffles before this hook runs). The steps are still reported apart, each with its
own line at the end of the run, and `-m "not slow"` remains the quick loop.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import pytest

SLOW = "slow"
STEPS = {False: "fast tests (-m 'not slow')",
         True: "slow tests (-m slow: servers of their own, city-scale data, axe-core on every page)"}


def _seconds(item: pytest.Item) -> float:
    """Return what the item's slow marker says it takes (`slow(seconds=N)`; 0 unsaid), -1 if not slow."""
    marker = item.get_closest_marker(SLOW)
    return -1.0 if marker is None else float(marker.kwargs.get("seconds", 0))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the modules that hold slow tests to the front, the longest first, keeping the shuffled
    order otherwise: a worker given the longest module last runs alone at the end of the run."""
    longest: dict[object, float] = {}
    for item in items:
        longest[item.path] = max(longest.get(item.path, -1.0), _seconds(item))
    items.sort(key=lambda item: -longest[item.path])  # stable: the shuffled order within equals


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Write one line per step: how many of its tests passed, failed or were skipped, and their time."""
    outcomes: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    seconds: dict[bool, float] = {False: 0.0, True: 0.0}
    for category, reports in terminalreporter.stats.items():
        for report in reports:
            if not isinstance(report, pytest.TestReport):
                continue
            slow = SLOW in report.keywords
            seconds[slow] += report.duration
            if report.when == "call" or category in ("error", "skipped") or report.outcome == "failed":
                outcomes[slow][category] += 1
    for slow, name in STEPS.items():
        counts = ", ".join(f"{n} {category}" for category, n in sorted(outcomes[slow].items()))
        terminalreporter.write_sep("=", f"{name}: {counts or 'none run'}; {seconds[slow]:.0f} s of test time")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """With NETWERKKAART_TEST_TIMELINE=FILE, append each phase's worker, start and stop to FILE.

    The suite's time is a matter of how its two workers share the run (issue 11): this shows where a
    worker waited or ran out of work.
    """
    path = os.environ.get("NETWERKKAART_TEST_TIMELINE")
    if not path:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(path, "a", encoding="utf-8") as timeline:
        timeline.write(json.dumps([worker, report.nodeid, report.when, report.start, report.stop]) + "\n")
