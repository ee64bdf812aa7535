"""What the background is computing: a JSON status, and the page a browser gets meanwhile."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from web.auth.rules import VIEWER, require
from web.background import StillComputing
from web.deps import StoreDep
from web.i18n import lang_of
from web.rendering import render

router = APIRouter(tags=["computing"], dependencies=[Depends(require(VIEWER))])


@router.get("/api/computing")
def api_computing(store: StoreDep) -> dict[str, Any]:
    """Return what the background computes: the warm-up's `done` of `total` steps, `current`, `seconds`,
    and `busy` (true while anything a page waits for is still being computed)."""
    return store.background.status()


async def still_computing(request: Request, exc: StillComputing) -> Response:
    """Answer a page whose figures are not ready with a page that says so and reloads itself."""
    headers = {"Cache-Control": "no-store", "Retry-After": "2"}
    page = render(request, "computing.html", lang_of(request), status_code=200, progress=exc.progress)
    page.headers.update(headers)
    return page
