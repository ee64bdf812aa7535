"""Load a whole dataset fast: entities that lock disjoint nodes are written in parallel sessions."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from graph.driver import Graph
from graph.model import Dataset
from graph.upserts import Counts, WriteContext, contacts_from_partnerships, merged_contacts, upsert_entity

# Entities in one phase never lock the same nodes (writing a relationship locks both its ends;
# organisations also link to areas), so their batches cannot deadlock; phases run in order so the
# endpoints exist before the relationships that need them.
PHASES = (
    ("areas", "people"),                # Area | Person
    ("organisations", "contacts"),      # Organisation, Area | Person
    ("referrals", "demand"),            # Organisation | Area, SupportType
    ("affiliations",),                  # Person, Organisation
    ("partnerships",),                  # Organisation
)
# The labels each entity's upsert locks, checked by the tests against the phases above.
LOCKS = {
    "areas": {"Area"}, "people": {"Person"}, "organisations": {"Organisation", "Area"},
    "contacts": {"Person"}, "referrals": {"Organisation"}, "demand": {"Area", "SupportType"},
    "affiliations": {"Person", "Organisation"}, "partnerships": {"Organisation"},
}


def bulk_load(graph: Graph, data: Dataset, ctx: WriteContext,
              progress: Callable[[str, int], None] | None = None) -> dict[str, Counts]:
    """Upsert every entity of `data`, phase by phase, one session per entity; return counts.

    Each batch commits on its own: use `upsert_dataset` inside one transaction when the load
    must be all or nothing (ingest).
    """
    rows = {name: getattr(data, name) for phase in PHASES for name in phase}
    rows["contacts"] = merged_contacts(data.contacts, contacts_from_partnerships(data.partnerships))
    counts: dict[str, Counts] = {}

    def load(name: str) -> None:
        step = (lambda n: progress(name, n)) if progress else None
        counts[name] = upsert_entity(graph, name, rows[name], ctx, step)

    with ThreadPoolExecutor(max_workers=max(len(phase) for phase in PHASES)) as pool:
        for phase in PHASES:
            list(pool.map(load, phase))
    return counts
