"""A departure: the last day of a person's affiliation at an organisation, written as a run of its own.

Setting `until` goes through the affiliation upsert with the run's ChangeLog, so the departure is
listed with who and when (kind `departure`) and can be undone on /admin/runs like any other run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph import audit
from graph.driver import Graph, TxRunner
from graph.model import Affiliation
from graph.queries import Query
from graph.runs import ChangeLog, record_changes
from graph.upserts import WriteContext, upsert_affiliations
from graph.values import to_date

_AFFILIATIONS = Query("person_affiliations")
SOURCE = "netwerkkaart departure"


@dataclass(frozen=True, slots=True)
class Tenure:
    """One affiliation of a person: organisation (id, name), role and dates."""

    organisation: str
    name: str
    role: str
    since: dt.date | None
    until: dt.date | None

    def current_on(self, day: dt.date) -> bool:
        """Return whether the affiliation is current on `day` (since <= day <= until, open ends)."""
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


def tenures(graph: Graph, *, person_id: str) -> list[Tenure]:
    """Return every affiliation of a person (over time), by start date."""
    return [Tenure(r["organisation"], r["name"] or r["organisation"], r["role"], to_date(r["since"]),
                   to_date(r["until"])) for r in graph.read(_AFFILIATIONS, id=person_id)]


def record_departure(graph: Graph, *, person_id: str, organisation_id: str, until: dt.date, who: str,
                     ip: str = "") -> str | None:
    """Set `until` on each of the person's roles at the organisation current on that day; return the run id.

    One transaction: the upsert, the run's change set (kind `departure`) and the audit event. None when
    nothing changed (the same departure reported twice). The caller has checked the person is there.
    """
    rows = [Affiliation(person_id, organisation_id, t.role, t.since, until)
            for t in tenures(graph, person_id=person_id)
            if t.organisation == organisation_id and t.current_on(until)]
    now = dt.datetime.now(dt.UTC)

    def work(tx: TxRunner) -> str | None:
        log = ChangeLog.start("departure", who=who)
        upsert_affiliations(tx, rows, WriteContext(SOURCE, log.id, now, changes=log))
        if not log.entries.get("affiliations"):
            return None
        record_changes(tx, log, source=SOURCE)
        audit.record(tx, actor=who, action="departure", target=person_id, ip=ip,
                     detail=f"{organisation_id} until={until.isoformat()} run={log.id}")
        return log.id

    return graph.in_transaction(work)
