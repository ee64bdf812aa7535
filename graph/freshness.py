"""When organisations and affiliations were last confirmed, and confirming them unchanged (a run).

`confirmed_at` is set by every write of a record (an ingest, upload or edit that creates or changes it:
writing it is confirming it; cypher/upsert_*.cypher) and by a confirmation, which changes nothing else.
Records written before confirmations were kept count as confirmed at their last write.

`confirmed_at` is bookkeeping, like `updated_at` (graph/backup.py BOOKKEEPING): it says when someone
last looked, not what the network is, so exports leave it out, a re-ingest of an export gives the same
business hash, and a JSON backup (every property) keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from graph import audit
from graph.driver import Graph, TxRunner
from graph.errors import NotFoundError
from graph.queries import Query
from graph.runs import ChangeLog, record_changes
from graph.values import to_native

_ORGS = Query("organisation_confirmations")
_AFFS = Query("affiliation_confirmations")
_CONFIRM_ORGS = Query("organisation_confirm")
_CONFIRM_AFFS = Query("affiliation_confirm")


@dataclass(frozen=True, slots=True)
class OrgConfirmation:
    """An organisation, when it was last confirmed (None: never), its kind, wijk and gebied codes."""

    id: str
    name: str
    kind: str | None
    confirmed: dt.datetime | None
    wijk: str | None
    gebied: str | None


@dataclass(frozen=True, slots=True)
class AffConfirmation:
    """A current affiliation, when it was last confirmed, and its organisation's kind, wijk and gebied."""

    person_id: str
    person_name: str
    role: str
    organisation_id: str
    organisation_name: str
    kind: str | None
    confirmed: dt.datetime | None
    wijk: str | None
    gebied: str | None


@dataclass(frozen=True, slots=True)
class Confirmed:
    """A confirmation run: its id and how many records it confirmed."""

    run_id: str
    organisations: int
    affiliations: int


AffiliationKey = tuple[str, str, str]  # person id, organisation id, role


class UnknownRecordError(NotFoundError):
    """A record to confirm does not exist (nothing was written): its entity and key."""

    def __init__(self, entity: str, key: str | AffiliationKey) -> None:
        super().__init__(f"there is no {entity} {key!r} to confirm")
        self.entity, self.key = entity, key


def organisation_confirmations(graph: Graph) -> list[OrgConfirmation]:
    """Return every organisation with when it was last confirmed, ordered by id."""
    return [OrgConfirmation(**{**row, "confirmed": to_native(row["confirmed"])})
            for row in graph.read(_ORGS)]


def affiliation_confirmations(graph: Graph, *, today: dt.date) -> list[AffConfirmation]:
    """Return every affiliation not ended before `today` with when it was last confirmed."""
    return [AffConfirmation(**{**row, "confirmed": to_native(row["confirmed"])})
            for row in graph.read(_AFFS, today=today)]


def confirm_records(graph: Graph, *, organisations: Sequence[str] = (),
                    affiliations: Sequence[AffiliationKey] = (), who: str, ip: str = "",
                    now: dt.datetime | None = None) -> Confirmed:
    """Confirm the records unchanged in one transaction, recorded as a `confirm` run; return it.

    Raise UnknownRecordError (nothing written) when one of them does not exist.
    """
    moment = now or dt.datetime.now(dt.UTC)

    def work(tx: TxRunner) -> Confirmed:
        log = ChangeLog.start("confirm", who=who)
        orgs = list(dict.fromkeys(organisations))
        affs = list(dict.fromkeys(affiliations))
        if orgs:
            changes = tx.run(_CONFIRM_ORGS, ids=orgs, now=moment, run_id=log.id)[0]["changes"]
            _check_found("organisation", orgs, [c[0] for c in changes])
            log.add("organisations", changes)
        if affs:
            rows = [{"person_id": p, "organisation_id": o, "role": r} for p, o, r in affs]
            changes = tx.run(_CONFIRM_AFFS, rows=rows, now=moment, run_id=log.id)[0]["changes"]
            _check_found("affiliation", affs, [tuple(c[0]) for c in changes])
            log.add("affiliations", changes)
        # Said as confirmed, not updated: nothing but the confirmation changed.
        log.counts = {entity: {"confirmed": len(entries)} for entity, entries in log.entries.items()}
        record_changes(tx, log)
        audit.record(tx, actor=who, action="confirm", target=log.id, ip=ip,
                     detail=f"{len(orgs)} organisations, {len(affs)} affiliations")
        return Confirmed(log.id, len(orgs), len(affs))

    return graph.in_transaction(work)


def _check_found(entity: str, asked: Sequence[str | AffiliationKey],
                 found: Sequence[str | AffiliationKey]) -> None:
    """Raise UnknownRecordError for the first key asked for but not found (the transaction rolls back)."""
    seen = set(found)
    missing = [key for key in asked if key not in seen]
    if missing:
        raise UnknownRecordError(entity, missing[0])
