"""What "the graph did not change" compares: counts and a content hash, the audit log left out.

Used where an audit event is expected (a successful run); a refused run must leave even the
audit log as it was (see test_malformed.assert_unchanged).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from graph.admin import dump
from graph.driver import Graph

AUDIT = "AuditEvent"


def graph_state(graph: Graph) -> tuple[int, int, dict[str, int], str]:
    """Return node and relationship counts, counts per label and a content hash (audit left out)."""
    data = dump(graph)
    nodes = [n for n in data["nodes"] if AUDIT not in n["labels"]]
    lines = sorted(json.dumps(row, sort_keys=True, default=str) for row in nodes)
    lines += sorted(json.dumps(row, sort_keys=True, default=str) for row in data["relationships"])
    labels = Counter(label for n in nodes for label in n["labels"])
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return len(nodes), len(data["relationships"]), dict(labels), digest
