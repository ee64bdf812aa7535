"""The city-scale demo exported to CSV and ingested into an empty database gives the same business graph.

In a module of its own: at several minutes it is the slowest test, and the test command's workers
take whole modules (`--dist loadfile`), so the other worker runs everything else meanwhile. The two
sides are compared as typed rows, one whole-graph read each: two business hashes of the city took
about half of the test's time (py-spy, 2026-12-08); tests/ingest/test_roundtrip.py compares hashes
at small scale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path

import pytest

from graph.bulk_load import bulk_load
from graph.driver import Graph
from graph.model import Dataset
from graph.upserts import WriteContext
from ingest.synthetic.generator import SCALES, generate
from tests.ingest.roundtrip import roundtrip_dataset


@pytest.mark.slow(seconds=240)
def test_the_city_demo_survives_export_and_ingest(graph: Graph, tmp_path: Path) -> None:
    bulk_load(graph, generate("city", 3), WriteContext("demo", "demo", dt.datetime.now(dt.UTC)))
    before, after, counts = roundtrip_dataset(graph, tmp_path)
    assert _sorted(after) == _sorted(before)
    assert counts["referrals"]["created"] >= 0.9 * SCALES["city"].referrals


def _sorted(dataset: Dataset) -> dict[str, list]:
    """Return each table's rows in one order (the reads give them in storage order)."""
    return {field.name: sorted(getattr(dataset, field.name), key=repr) for field in fields(dataset)}
