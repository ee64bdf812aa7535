"""The city-scale demo exported to CSV and ingested into an empty database gives the same business graph.

In a module of its own: at about a minute it is the slowest test, and the test command's workers
take whole modules (`--dist loadfile`), so the other worker runs everything else meanwhile.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.bulk_load import bulk_load
from graph.driver import Graph
from graph.upserts import WriteContext
from ingest.synthetic.generator import SCALES, generate
from tests.ingest.roundtrip import roundtrip_csv


@pytest.mark.slow
def test_the_city_demo_survives_export_and_ingest(graph: Graph, tmp_path: Path) -> None:
    bulk_load(graph, generate("city", 3), WriteContext("demo", "demo", dt.datetime.now(dt.UTC)))
    before, after, counts = roundtrip_csv(graph, tmp_path)
    assert after == before
    assert counts["referrals"]["created"] >= 0.9 * SCALES["city"].referrals
