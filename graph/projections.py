"""Bulk reads of the network as of a date, as plain rows for `analysis/` (a handful of queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from graph.allocation import fewer_collections
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
PARALLEL_READS = 4
# Referrals within this many days before the date count as current flow.
RECENT_DAYS = 365


def carrier_rows(graph: Graph, as_of: dt.date) -> tuple[list[AffiliationRow], list[ContactRow]]:
    """Return the affiliations and contacts current on `as_of` (all the carrier network needs)."""
    affiliations = packed(graph, _AFFILIATIONS, as_of=as_of)
    return _affiliations(affiliations), _contacts(affiliations, packed(graph, _CONTACTS, as_of=as_of))


def _affiliations(rows: list[list[Any]]) -> list[AffiliationRow]:
    return [AffiliationRow(p, o, role, to_date(since), to_date(until))
            for p, o, role, since, until, _ in rows]


def _contacts(affiliations: list[list[Any]], rows: list[list[Any]]) -> list[ContactRow]:
    # Only ties between two people with a current affiliation carry anything (others have left).
    current = {row[0] for row in affiliations}
    return [ContactRow(p, q, strength) for p, q, strength in rows if p in current and q in current]


def load_snapshot(graph: Graph, as_of: dt.date, *, fragility: bool = True) -> Snapshot:
    """Return the network as of `as_of`; `fragility=False` skips history and partnerships."""
    recent_from = as_of - dt.timedelta(days=RECENT_DAYS)
    reads: dict[str, Callable[[], list[Any]]] = {
        "organisations": lambda: graph.read(_ORGANISATIONS),
        "affiliations": lambda: packed(graph, _AFFILIATIONS, as_of=as_of),
        "contacts": lambda: packed(graph, _CONTACTS, as_of=as_of),
        "referrals": lambda: packed(graph, _REFERRALS, as_of=as_of, recent_from=recent_from)}
    if fragility:
        reads |= {"partnerships": lambda: graph.read(_PARTNERSHIPS, as_of=as_of),
                  "history": lambda: graph.read(_HISTORY, as_of=as_of)}
    # The reads are independent: Neo4j answers one while this process decodes another (2-3x faster
    # than one after the other on city data, bench.bench_analysis).
    with fewer_collections(), ThreadPoolExecutor(max_workers=PARALLEL_READS) as pool:
        futures = {name: pool.submit(read) for name, read in reads.items()}
        rows = {name: future.result() for name, future in futures.items()}
        return _snapshot(as_of, rows)


def _referrals(rows: list[list[Any]]) -> list[ReferralRow]:
    # Summed per (source, target, status) here rather than in Cypher: Neo4j's grouping was most of the read.
    sums: dict[tuple[str, str, str], list[int]] = {}
    for a, b, status, count, recent in rows:
        total = sums.setdefault((a, b, status), [0, 0])
        total[0] += count
        total[1] += count if recent else 0
    return [ReferralRow(a, b, status, int(count), int(recent))
            for (a, b, status), (count, recent) in sums.items()]


def _snapshot(as_of: dt.date, rows: dict[str, list[Any]]) -> Snapshot:
    snap = Snapshot(as_of=as_of)
    snap.organisations = [
        OrgRow(r["id"], r["name"] or r["id"], r["kind"], r["area"], r["gebied"], tuple(r["services"]))
        for r in rows["organisations"]]
    snap.affiliations = _affiliations(rows["affiliations"])
    snap.contacts = _contacts(rows["affiliations"], rows["contacts"])
    snap.referrals = _referrals(rows["referrals"])
    if "history" in rows:
        snap.partnerships = [
            PartnershipRow(r["id"], r["a"], r["b"], r["kind"], tuple(r["contact_person_ids"]))
            for r in rows["partnerships"]]
        snap.history = [RoleHistory(r["role"], int(r["ended"]), int(r["days"]) / 365.25)
                        for r in rows["history"]]
        snap.person_names = {row[0]: row[5] for row in rows["affiliations"]}
    return snap
