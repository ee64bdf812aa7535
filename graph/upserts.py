"""Batched upserts (`UNWIND $rows … MERGE`) of every entity and relationship in the data model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from graph.driver import Runner
from graph.model import (
    ENTITY_ORDER,
    Affiliation,
    Area,
    Contact,
    Dataset,
    Demand,
    Organisation,
    Partnership,
    Person,
    Referral,
    as_props,
    period_bounds,
)
from graph.queries import Query
from graph.runs import ChangeLog

BATCH_SIZE = 5000

_Q = {name: Query(f"upsert_{name}") for name in ENTITY_ORDER}
_LINK_PARENTS = Query("link_area_parents")
_LINK_ORG_AREAS = Query("link_organisation_areas")


@dataclass(slots=True)
class Counts:
    """How many rows an upsert created, updated and left unchanged."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: dict[str, int]) -> None:
        """Add one batch's counts."""
        self.created += other["created"]
        self.updated += other["updated"]
        self.unchanged += other["unchanged"]

    def as_dict(self) -> dict[str, int]:
        """Return the counts as a plain dict (the ingest JSON shape)."""
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


@dataclass(frozen=True, slots=True)
class WriteContext:
    """Who and what a write is attributed to, and the change log that keeps what it replaced.

    With `changes`, every record an upsert creates or changes is logged with its prior state, so the
    run can be undone (graph/runs.py); without it (built-in reference data) nothing is logged.
    """

    source: str
    run_id: str
    now: dt.datetime
    changes: ChangeLog | None = None


def _batched(runner: Runner, name: str, rows: Sequence[dict[str, Any]], ctx: WriteContext,
             progress: Callable[[int], None] | None) -> Counts:
    counts = Counts()
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start:start + BATCH_SIZE]
        result = runner.run(_Q[name], rows=batch, now=ctx.now, source=ctx.source, run_id=ctx.run_id,
                            record=ctx.changes is not None)
        counts.add(result[0])
        if ctx.changes is not None:
            ctx.changes.add(name, result[0]["changes"])
        if progress:
            progress(len(batch))
    return counts


def _rows(name: str, items: Sequence[Any]) -> list[dict[str, Any]]:
    builders: dict[str, Callable[[Any], dict[str, Any]]] = {
        "areas": lambda a: {"id": a.code, "props": as_props(a, ("parent",))},
        "organisations": lambda o: {"id": o.id, "props": as_props(o, ("id",))},
        "people": lambda p: {"id": p.id, "props": as_props(p, ("id",))},
        "affiliations": lambda r: {
            "person_id": r.person_id, "organisation_id": r.organisation_id, "role": r.role,
            "props": {"since": r.since, "until": r.until}},
        "contacts": _contact_row,
        "partnerships": lambda r: {
            "id": r.id, "a": r.organisation_id, "b": r.partner_id,
            "props": as_props(r, ("id", "organisation_id", "partner_id"))},
        "referrals": lambda r: {
            "id": r.id, "a": r.from_organisation_id, "b": r.to_organisation_id,
            "props": as_props(r, ("id", "from_organisation_id", "to_organisation_id"))},
        "demand": _demand_row,
    }
    return [builders[name](item) for item in items]


# The key each upsert statement logs a record under (cypher/upsert_*.cypher, `change`), from its row.
_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "areas": lambda r: r["id"], "organisations": lambda r: r["id"], "people": lambda r: r["id"],
    "affiliations": lambda r: [r["person_id"], r["organisation_id"], r["role"]],
    "contacts": lambda r: [r["a"], r["b"]], "partnerships": lambda r: [r["id"], r["a"], r["b"]],
    "referrals": lambda r: [r["id"], r["a"], r["b"]], "demand": lambda r: [r["id"], r["area"], r["need"]],
}


def keyed_props(name: str, items: Sequence[Any]) -> list[tuple[Any, dict[str, Any]]]:
    """Return (key, properties) of each row as its upsert writes it, keyed as the change log keys it."""
    return [(_KEYS[name](row), row["props"]) for row in _rows(name, items)]


def _contact_row(c: Contact) -> dict[str, Any]:
    a, b = sorted((c.person_id, c.other_person_id))
    return {"a": a, "b": b, "props": {"since": c.since, "context": c.context,
                                      "strength": c.strength}}


def _demand_row(d: Demand) -> dict[str, Any]:
    start, end = period_bounds(d.period)
    return {"id": f"{d.area}|{d.need}|{d.period}", "area": d.area, "need": d.need, "period": d.period,
            "props": {"count": d.count, "period_start": start, "period_end": end}}


def contacts_from_partnerships(partnerships: Iterable[Partnership]) -> list[Contact]:
    """Return the KNOWS ties a partnership's contact persons imply (every pair of them)."""
    ties: dict[tuple[str, str], Contact] = {}
    for p in partnerships:
        people = sorted(set(p.contact_person_ids))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                ties.setdefault((a, b), Contact(a, b, since=p.since, context="partnership"))
    return list(ties.values())


def merged_contacts(explicit: Iterable[Contact], implied: Iterable[Contact]) -> list[Contact]:
    """Return one contact per pair of people: an explicit row wins over a partnership's implied tie."""
    merged: dict[tuple[str, ...], Contact] = {}
    for contact in [*implied, *explicit]:
        merged[tuple(sorted((contact.person_id, contact.other_person_id)))] = contact
    return list(merged.values())


def upsert_entity(runner: Runner, name: str, items: Sequence[Any], ctx: WriteContext,
                  progress: Callable[[int], None] | None = None) -> Counts:
    """Upsert one entity's rows in batches; return created/updated/unchanged counts."""
    counts = _batched(runner, name, _rows(name, items), ctx, progress)
    if name == "areas":
        parents = [{"id": a.code, "parent": a.parent} for a in items]
        for start in range(0, len(parents), BATCH_SIZE):
            runner.run(_LINK_PARENTS, rows=parents[start:start + BATCH_SIZE])
    if name == "organisations":
        ids = [o.id for o in items]
        for start in range(0, len(ids), BATCH_SIZE):
            runner.run(_LINK_ORG_AREAS, ids=ids[start:start + BATCH_SIZE])
    return counts


def upsert_dataset(runner: Runner, data: Dataset, ctx: WriteContext,
                   progress: Callable[[str, int], None] | None = None) -> dict[str, Counts]:
    """Upsert a whole dataset in dependency order; return counts per entity."""
    result: dict[str, Counts] = {}
    for name in ENTITY_ORDER:
        items = getattr(data, name)
        if name == "contacts":
            items = merged_contacts(items, contacts_from_partnerships(data.partnerships))
        step = (lambda n, name=name: progress(name, n)) if progress else None
        result[name] = upsert_entity(runner, name, items, ctx, step)
    return result


# Typed entry points, named for what they write.
def upsert_areas(runner: Runner, rows: Sequence[Area], ctx: WriteContext) -> Counts:
    """Upsert areas and their PART_OF links; return counts."""
    return upsert_entity(runner, "areas", rows, ctx)


def upsert_organisations(runner: Runner, rows: Sequence[Organisation], ctx: WriteContext) -> Counts:
    """Upsert organisations with their LOCATED_IN/SERVES links; return counts."""
    return upsert_entity(runner, "organisations", rows, ctx)


def upsert_people(runner: Runner, rows: Sequence[Person], ctx: WriteContext) -> Counts:
    """Upsert people; return counts."""
    return upsert_entity(runner, "people", rows, ctx)


def upsert_affiliations(runner: Runner, rows: Sequence[Affiliation], ctx: WriteContext) -> Counts:
    """Upsert AFFILIATED_WITH relationships; return counts."""
    return upsert_entity(runner, "affiliations", rows, ctx)


def upsert_contacts(runner: Runner, rows: Sequence[Contact], ctx: WriteContext) -> Counts:
    """Upsert KNOWS relationships; return counts."""
    return upsert_entity(runner, "contacts", rows, ctx)


def upsert_partnerships(runner: Runner, rows: Sequence[Partnership], ctx: WriteContext) -> Counts:
    """Upsert PARTNERS_WITH relationships (not their contact ties); return counts."""
    return upsert_entity(runner, "partnerships", rows, ctx)


def upsert_referrals(runner: Runner, rows: Sequence[Referral], ctx: WriteContext) -> Counts:
    """Upsert REFERRED relationships; return counts."""
    return upsert_entity(runner, "referrals", rows, ctx)


def upsert_demand(runner: Runner, rows: Sequence[Demand], ctx: WriteContext) -> Counts:
    """Upsert HAS_DEMAND relationships; return counts."""
    return upsert_entity(runner, "demand", rows, ctx)
