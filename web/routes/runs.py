"""Runs for admins: every change set with who, when and what, and undoing one (with a confirmation step)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import RedirectResponse, Response

from graph.errors import InvalidInputError, NotFoundError
from netwerkkaart.documents.runs import RunRow, as_json, run_rows, undo
from web.auth.rules import ADMIN, require
from web.deps import GraphDep, IdentityDep, LangDep
from web.i18n import text
from web.rendering import render

router = APIRouter(tags=["runs"], dependencies=[Depends(require(ADMIN))])
RunId = Annotated[str, Path(max_length=200, description="a run's id, as `GET /api/runs` lists it")]


@router.get("/api/runs")
def api_runs(graph: GraphDep, lang: LangDep,
             limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict[str, Any]]:
    """Return the runs, newest first: [{id, kind, at, who, counts, undoes, undone_by, undoable}]."""
    return as_json(run_rows(graph, lang, limit=limit))


@router.get("/admin/runs", include_in_schema=False)
def page_runs(request: Request, graph: GraphDep, lang: LangDep,
              undone: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    """Return the list of runs, each with an "Ongedaan maken" button while it can be undone."""
    rows = run_rows(graph, lang)
    # Only a run that exists is named back (never what was typed in the address).
    done = next((r for r in rows if undone and r.run.id == undone and r.run.undoes), None)
    message = text("run_undone", lang).format(id=done.run.undoes, undo=done.run.id) if done else ""
    return render(request, "runs.html", lang, rows=rows, message=message)


@router.get("/admin/runs/{run_id}", include_in_schema=False)
def page_confirm(request: Request, graph: GraphDep, lang: LangDep, run_id: RunId) -> Response:
    """Return the confirmation step for undoing one run (404 for an unknown id)."""
    return render(request, "run_confirm.html", lang, row=_row(graph, run_id, lang), refusal="")


@router.post("/admin/runs/{run_id}/undo", include_in_schema=False)
def post_undo(request: Request, graph: GraphDep, lang: LangDep, caller: IdentityDep,
              run_id: RunId) -> Response:
    """Undo the run (CSRF-checked by the guard) and go back to the list; a refusal is shown (409)."""
    row = _row(graph, run_id, lang)
    ip = request.client.host if request.client else ""
    try:
        result = undo(graph, run_id, who=caller.name, lang=lang, ip=ip)
    except InvalidInputError as refused:
        return render(request, "run_confirm.html", lang, status_code=409, row=row, refusal=str(refused))
    # The cached analyses follow by themselves: the undo's own run record changes the data stamp.
    return RedirectResponse(f"/admin/runs?undone={result.id}", status_code=303)


def _row(graph: Any, run_id: str, lang: str) -> RunRow:
    row = next((r for r in run_rows(graph, lang, limit=5000) if r.run.id == run_id), None)
    if row is None:
        raise NotFoundError(text("run_unknown", lang).format(id=run_id))
    return row
