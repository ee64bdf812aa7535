"""Bulk reads of the network as of a date, as plain rows for `analysis/` (a handful of queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from graph.driver import Graph
from graph.queries import Query
from graph.rows import (
    AffiliationRow,
    ContactRow,
    OrgRow,
    PartnershipRow,
    ReferralRow,
    RoleHistory,
    Snapshot,
)
from graph.values import packed, to_date

_ORGANISATIONS = Query("projection_organisations")
_AFFILIATIONS = Query("projection_affiliations")
_HISTORY = Query("projection_affiliation_history")
_CONTACTS = Query("projection_contacts")
_PARTNERSHIPS = Query("projection_partnerships")
_REFERRALS = Query("projection_referrals")
_PEOPLE = Query("projection_people")
PARALLEL_READS = 4
# Referrals within this many days before the date count as current flow.
RECENT_DAYS = 365


def carrier_rows(graph: Graph, as_of: dt.date) -> tuple[list[AffiliationRow], list[ContactRow]]:
    """Return the affiliations and contacts current on `as_of` (all the carrier network needs)."""
    affiliations = [AffiliationRow(p, o, role, to_date(since), to_date(until))
                    for p, o, role, since, until in packed(graph, _AFFILIATIONS, as_of=as_of)]
    contacts = [ContactRow(p, q, strength) for p, q, strength in packed(graph, _CONTACTS, as_of=as_of)]
    return affiliations, contacts


def load_snapshot(graph: Graph, as_of: dt.date, *, fragility: bool = True) -> Snapshot:
    """Return the network as of `as_of`; `fragility=False` skips history, partnerships and names."""
    recent_from = as_of - dt.timedelta(days=RECENT_DAYS)
    reads: dict[str, Callable[[], list[Any]]] = {
        "organisations": lambda: graph.read(_ORGANISATIONS),
        "affiliations": lambda: packed(graph, _AFFILIATIONS, as_of=as_of),
        "contacts": lambda: packed(graph, _CONTACTS, as_of=as_of),
        "referrals": lambda: packed(graph, _REFERRALS, as_of=as_of, recent_from=recent_from)}
    if fragility:
        reads |= {"partnerships": lambda: graph.read(_PARTNERSHIPS, as_of=as_of),
                  "history": lambda: graph.read(_HISTORY, as_of=as_of),
                  "people": lambda: graph.read(_PEOPLE, as_of=as_of)}
    # The reads are independent: Neo4j answers one while this process decodes another (2-3x faster
    # than one after the other on city data, bench.bench_analysis).
    with ThreadPoolExecutor(max_workers=PARALLEL_READS) as pool:
        futures = {name: pool.submit(read) for name, read in reads.items()}
        rows = {name: future.result() for name, future in futures.items()}
    return _snapshot(as_of, rows)


def _snapshot(as_of: dt.date, rows: dict[str, list[Any]]) -> Snapshot:
    snap = Snapshot(as_of=as_of)
    snap.organisations = [
        OrgRow(r["id"], r["name"] or r["id"], r["kind"], r["area"], r["gebied"], tuple(r["services"]))
        for r in rows["organisations"]]
    snap.affiliations = [AffiliationRow(p, o, role, to_date(since), to_date(until))
                         for p, o, role, since, until in rows["affiliations"]]
    snap.contacts = [ContactRow(p, q, strength) for p, q, strength in rows["contacts"]]
    snap.referrals = [ReferralRow(a, b, status, int(count), int(recent))
                      for a, b, status, count, recent in rows["referrals"]]
    if "history" in rows:
        snap.partnerships = [
            PartnershipRow(r["id"], r["a"], r["b"], r["kind"], tuple(r["contact_person_ids"]))
            for r in rows["partnerships"]]
        snap.history = [RoleHistory(r["role"], int(r["ended"]), int(r["days"]) / 365.25)
                        for r in rows["history"]]
        snap.person_names = {r["id"]: r["name"] for r in rows["people"]}
    return snap
