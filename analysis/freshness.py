"""How current the map is: which records are stale, and the share of organisations confirmed lately.

A record is *stale* ("verouderd") when it was last confirmed more than N months ago: before the
cut-off `months_before(now, N)`, or never. Pure functions over the rows graph/freshness.py reads.

Examples
--------
>>> import datetime as dt
>>> months_before(dt.datetime(2025, 3, 31, 12, tzinfo=dt.UTC), 1)
datetime.datetime(2025, 2, 28, 12, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from graph.freshness import AffConfirmation, OrgConfirmation

__all__ = ["Share", "is_stale", "months_before", "share_confirmed", "stale_records"]

Record = OrgConfirmation | AffConfirmation


@dataclass(frozen=True, slots=True)
class Share:
    """How many of `total` organisations were confirmed since `since` (share None when there are none)."""

    confirmed: int
    total: int
    since: dt.datetime

    @property
    def share(self) -> float | None:
        """Return confirmed / total, or None without organisations."""
        return self.confirmed / self.total if self.total else None


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """Return the same moment `months` calendar months earlier (the day clamped to the month's end)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return moment.replace(year=year, month=month + 1, day=min(moment.day, last_day))


def is_stale(confirmed: dt.datetime | None, cutoff: dt.datetime) -> bool:
    """Return whether a record last confirmed at `confirmed` (None: never) is older than `cutoff`."""
    return confirmed is None or confirmed < cutoff


def share_confirmed(organisations: Iterable[OrgConfirmation], cutoff: dt.datetime) -> Share:
    """Return how many organisations were confirmed at or after `cutoff`, of how many."""
    orgs = list(organisations)
    return Share(sum(1 for o in orgs if not is_stale(o.confirmed, cutoff)), len(orgs), cutoff)


def _in_area(record: Record, area: str | None) -> bool:
    return area is None or area in (record.wijk, record.gebied)


def _order(record: Record) -> tuple[object, ...]:
    # Oldest first; never confirmed before everything; then by organisation name and person.
    moment = record.confirmed.timestamp() if record.confirmed else float("-inf")
    if isinstance(record, OrgConfirmation):
        return (moment, record.name.casefold(), "", record.id)
    return (moment, record.organisation_name.casefold(), record.person_name.casefold(),
            record.person_id, record.role)


def stale_records(organisations: Sequence[OrgConfirmation], affiliations: Sequence[AffConfirmation],
                  cutoff: dt.datetime, *, area: str | None = None, kind: str | None = None
                  ) -> list[Record]:
    """Return the stale organisations and affiliations, oldest first.

    `area` (a gebied or wijk code) keeps the records of organisations located in it; `kind` those of
    organisations of that kind.
    """
    chosen = [r for r in [*organisations, *affiliations]
              if is_stale(r.confirmed, cutoff) and _in_area(r, area) and (kind is None or r.kind == kind)]
    return sorted(chosen, key=_order)
