"""Neo4j values to Python ones: the one place graph/ converts what the driver hands back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.driver import Graph
from graph.queries import Query


def to_native(value: Any) -> Any:
    """Return `value` with Neo4j temporal types (also inside lists) turned into Python ones."""
    if isinstance(value, list):
        return [to_native(v) for v in value]
    return value.to_native() if hasattr(value, "to_native") else value


def to_date(value: Any) -> dt.date | None:
    """Return a stored date (or None) as a Python `datetime.date`."""
    return to_native(value)


def native_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return `rows` with every value converted by `to_native`."""
    return [{k: to_native(v) for k, v in row.items()} for row in rows]


def packed(graph: Graph, query: Query, **params: Any) -> list[list[Any]]:
    """Return the rows of a query that packs them into one record's `rows` list ([] when none)."""
    # One record holding every row as a list decodes far faster than one record per row.
    rows = graph.read(query, **params)
    return rows[0]["rows"] if rows else []
