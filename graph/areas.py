"""Reads of the areas (gebieden and wijken)."""

from __future__ import annotations

from graph.driver import Graph
from graph.queries import Query
from graph.rows import AreaRow

_AREAS = Query("area_rows")


def areas(graph: Graph) -> list[AreaRow]:
    """Return every gebied and wijk."""
    return [AreaRow(**row) for row in graph.read(_AREAS)]
