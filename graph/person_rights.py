"""AVG/GDPR rights of a person: export everything held about them, and erase them.

Erasure anonymises in place rather than deleting: the Person node gets a new random id
(`anon-…`), loses name, e-mail, phone and languages, and keeps its affiliations and contacts, so
anonymous aggregates (link counts, bus factors, fragility over time) stay what they were. The
erase is logged under the new id only, and earlier events about the person (an export just before
the erase, edits) are re-keyed to the new id, so the log holds no trace of who was erased.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from graph import audit
from graph.driver import Graph, TxRunner
from graph.errors import NotFoundError
from graph.queries import Query
from graph.runs import forget_person

_EXPORT = Query("person_export")
_ERASE_NODE = Query("person_erase_node")
_ERASE_PARTNERSHIPS = Query("person_erase_partnerships")
_ERASE_SNAPSHOTS = Query("person_erase_snapshots")
ANON_PREFIX = "anon-"


def export_person(graph: Graph, person_id: str, *, actor: str, ip: str = "") -> dict[str, Any]:
    """Return everything held about a person (JSON-ready) and log the export."""
    rows = graph.read(_EXPORT, person_id=person_id)
    if not rows:
        raise NotFoundError.say("err_person_unknown", id=person_id)
    document = {"person_id": person_id, **{k: _plain(v) for k, v in rows[0].items()}}
    document["audit_events"] = [e.as_json() for e in audit.events(graph, target=person_id, limit=10_000)]
    audit.record(graph, actor=actor, action="person_export", target=person_id, ip=ip)
    return document


def erase_person(graph: Graph, person_id: str, *, actor: str, ip: str = "") -> str:
    """Anonymise a person in one transaction (see module docstring); return their new anonymous id."""
    new_id = ANON_PREFIX + secrets.token_hex(8)
    now = dt.datetime.now(dt.UTC)

    def work(tx: TxRunner) -> str:
        if not tx.run(_ERASE_NODE, person_id=person_id, new_id=new_id, now=now):
            raise NotFoundError.say("err_person_unknown", id=person_id)
        partnerships = tx.run(_ERASE_PARTNERSHIPS, person_id=person_id, new_id=new_id)[0]["updated"]
        snapshots = tx.run(_ERASE_SNAPSHOTS, new_id=new_id)[0]["updated"]
        forget_person(tx, person_id, new_id)  # runs keep prior states: take the person out of those too
        audit.rekey_target(tx, person_id, new_id)
        audit.record(tx, actor=actor, action="erase", target=new_id, ip=ip,
                     detail=f"person anonymised; {partnerships} partnership(s), {snapshots} metric"
                            " snapshot(s) re-keyed")
        return new_id

    return graph.in_transaction(work)


def _plain(value: Any) -> Any:
    """Return `value` with Neo4j temporal types as ISO strings, recursively (JSON-ready)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
