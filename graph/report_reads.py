"""Lean reads for the report's trend: only what the carrier network needs (no referrals, no history)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.driver import Graph
from graph.projections import AffiliationRow, ContactRow
from graph.queries import Query

# The same statements `load_snapshot` runs; the trend needs these two and nothing else.
_AFFILIATIONS = Query("projection_affiliations")
_CONTACTS = Query("projection_contacts")


def _date(value: Any) -> dt.date | None:
    return value.to_native() if hasattr(value, "to_native") else value


def _packed(graph: Graph, query: Query, **params: Any) -> list[list[Any]]:
    rows = graph.read(query, **params)
    return rows[0]["rows"] if rows else []


def carrier_rows(graph: Graph, as_of: dt.date) -> tuple[list[AffiliationRow], list[ContactRow]]:
    """Return the affiliations and contacts current on `as_of`."""
    affiliations = [AffiliationRow(p, o, role, _date(since), _date(until))
                    for p, o, role, since, until in _packed(graph, _AFFILIATIONS, as_of=as_of)]
    contacts = [ContactRow(p, q, s) for p, q, s in _packed(graph, _CONTACTS, as_of=as_of)]
    return affiliations, contacts
