"""The audit log for admins: who ingested, edited, erased, exported or logged in, when and from where."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from graph import audit
from web.auth.rules import ADMIN, require
from web.deps import GraphDep, LangDep
from web.rendering import render

router = APIRouter(tags=["audit"], dependencies=[Depends(require(ADMIN))])
Action = Annotated[str | None, Query(max_length=40, description="only this action, e.g. login or erase")]
Actor = Annotated[str | None, Query(max_length=100, description="only this user (cli:NAME for the CLI)")]
Target = Annotated[str | None, Query(max_length=300, description="only events about this id or file")]
Limit = Annotated[int, Query(ge=1, le=5000)]


def _events(graph: Any, action: str | None, actor: str | None, target: str | None,
            limit: int) -> list[audit.AuditEvent]:
    return audit.events(graph, action=action or None, actor=actor or None, target=target or None,
                        limit=limit)


@router.get("/api/audit")
def api_audit(graph: GraphDep, action: Action = None, actor: Actor = None, target: Target = None,
              limit: Limit = 200) -> dict[str, Any]:
    """Return audit events, newest first (admins only)."""
    return {"events": [e.as_json() for e in _events(graph, action, actor, target, limit)]}


@router.get("/audit", include_in_schema=False)
def page_audit(request: Request, graph: GraphDep, lang: LangDep, action: Action = None,
               actor: Actor = None, target: Target = None, limit: Limit = 200) -> Response:
    """Return the audit log page with its filters."""
    return render(request, "audit.html", lang, events=_events(graph, action, actor, target, limit),
                  actions=audit.ACTIONS, action=action or "", actor=actor or "", target=target or "")
