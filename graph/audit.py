"""The audit log: who ingested, edited, erased, exported or logged in, when and from where.

Append-only from the app's side: there are only create and read queries for `AuditEvent`, and one
rewrite, which an erasure needs so that no earlier event names the erased person's old id.
Events carry ids, never names, e-mail addresses, phone numbers, passwords or tokens.
"""

from __future__ import annotations

import datetime as dt
import getpass
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from graph.driver import Graph, Runner
from graph.queries import Query
from graph.values import to_native

_CREATE = Query("audit_create")
_LIST = Query("audit_list")
_REKEY = Query("audit_rekey_target")
ACTIONS = ("login", "login_failed", "logout", "ingest", "edit", "erase", "export", "restore", "demo",
           "person_export", "user_add", "user_remove", "user_disable", "user_enable", "user_password",
           "token_create", "token_revoke", "undo", "confirm", "departure")
MAX_DETAIL_CHARS = 500


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One thing someone did: when, who, what, to which id, from which address, and a short detail."""

    id: str
    at: dt.datetime
    actor: str
    action: str
    target: str = ""
    ip: str = ""
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        """Return the event as a JSON-ready dict (time as ISO 8601)."""
        return {**asdict(self), "at": self.at.isoformat()}


def record(runner: Runner, *, actor: str, action: str, target: str = "", ip: str = "",
           detail: str = "") -> AuditEvent:
    """Append an audit event (in the caller's transaction when `runner` is one); return it."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")  # a programming error, not user input
    event = AuditEvent(id=uuid.uuid4().hex, at=dt.datetime.now(dt.UTC), actor=actor, action=action,
                       target=target, ip=ip, detail=detail[:MAX_DETAIL_CHARS])
    runner.run(_CREATE, event=asdict(event))
    return event


def rekey_target(runner: Runner, old_id: str, new_id: str) -> int:
    """Point every event whose target is `old_id` at `new_id` instead; return how many there were."""
    return int(runner.run(_REKEY, old_id=old_id, new_id=new_id)[0]["updated"])


def events(graph: Graph, *, action: str | None = None, actor: str | None = None,
           target: str | None = None, limit: int = 200) -> list[AuditEvent]:
    """Return audit events, newest first, optionally filtered by action, actor or target."""
    rows = graph.read(_LIST, action=action, actor=actor, target=target, limit=limit)
    return [_event(row["event"]) for row in rows]


def cli_actor() -> str:
    """Return the actor name for command-line actions: `cli:<operating-system user>`."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def _event(props: dict[str, Any]) -> AuditEvent:
    return AuditEvent(id=props["id"], at=to_native(props["at"]),
                      actor=props.get("actor") or "", action=props["action"],
                      target=props.get("target") or "", ip=props.get("ip") or "",
                      detail=props.get("detail") or "")
