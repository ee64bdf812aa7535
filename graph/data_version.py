"""A cheap version of the business data, for "has anything changed since I looked?" (the upload's preview).

`business_hash` reads and hashes every record (seconds on the demo, minutes on a city); this one asks
Neo4j for totals and the latest change time, which any write that `business_hash` would notice moves.
"""

from __future__ import annotations

import json

from graph.backup import BUSINESS_LABELS, BUSINESS_TYPES
from graph.driver import Graph
from graph.queries import Query

_VERSION = Query("business_version")


def business_version(graph: Graph) -> str:
    """Return a short text that changes whenever the business data (what `business_hash` covers) may have."""
    row = graph.read(_VERSION, labels=sorted(BUSINESS_LABELS), types=sorted(BUSINESS_TYPES))[0]
    return json.dumps(row, sort_keys=True, default=str)
