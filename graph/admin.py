"""Whole-database operations: wipe, dump and a content hash (tests and backups use them)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from graph.driver import Graph
from graph.queries import Query

_WIPE = Query("wipe_all")
_CLEAR_NODES = Query("clear_business_nodes")
_CLEAR_LINKS = Query("clear_reference_links")
BUILTIN_SOURCE = "builtin:rotterdam"
_NODES = Query("dump_nodes")
_RELS = Query("dump_relationships")
_ANY_READ = Query("server_version")


def wipe(graph: Graph, batch: int = 500) -> None:
    """Delete every node and relationship, a few hundred nodes per transaction."""
    graph.run(_WIPE, batch=batch)


def clear_business_data(graph: Graph, batch: int = 500) -> None:
    """Delete all data but the built-in areas and support types; constraints and indexes stay.

    Much cheaper than `wipe` + `ensure_schema` (no DDL, nothing re-seeded): the tests run it between
    tests. Reference data a caller changed is not repaired here (compare `content_hash` to know).
    """
    graph.run(_CLEAR_NODES, builtin_source=BUILTIN_SOURCE, batch=batch)
    graph.run(_CLEAR_LINKS)


def dump(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """Return every node and relationship with labels/type and properties."""
    return {"nodes": graph.read(_NODES), "relationships": graph.read(_RELS)}


def content_hash(graph: Graph) -> str:
    """Return a sha256 over every node and relationship with their properties, order-free."""
    data = dump(graph)
    lines = sorted(json.dumps(row, sort_keys=True, default=str) for row in data["nodes"])
    lines += sorted(json.dumps(row, sort_keys=True, default=str) for row in data["relationships"])
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def last_commit(graph: Graph) -> str:
    """Return a mark of the database's last committed transaction: it changes with every write.

    Equal marks before and after mean nothing at all was written in between; unlike `content_hash`
    it reads nothing but the bookmark a read transaction is given, so it costs one round trip.
    """
    with graph.driver.session(database=graph.database) as session:
        session.execute_read(lambda tx: tx.run(_ANY_READ.text).consume())
        return ",".join(sorted(session.last_bookmarks().raw_values))
