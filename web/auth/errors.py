"""The guard's refusals and how they are answered: 401 (API) or the login page, 403 as JSON or a page."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import Response

from web.rendering import render


class NotAuthenticated(Exception):
    """No valid session or token (HTTP 401; pages redirect to the login page)."""


class Forbidden(Exception):
    """Logged in, but the role is too low, or a form lacks its CSRF token (HTTP 403)."""


def wants_json(request: Request) -> bool:
    """Return True for API requests (JSON answers) rather than page requests (HTML answers)."""
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or \
        "text/html" not in request.headers.get("accept", "text/html")


async def not_authenticated(request: Request, exc: NotAuthenticated) -> Response:
    """Answer 401 (JSON) to API calls; send browsers to the login page."""
    if wants_json(request):
        return JSONResponse({"detail": str(exc), "status": 401}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def forbidden(request: Request, exc: Forbidden) -> Response:
    """Answer 403 as JSON (API) or as the error page (HTML)."""
    if wants_json(request):
        return JSONResponse({"detail": str(exc), "status": 403}, status_code=403)
    return render(request, "error.html", "nl", status_code=403, message=str(exc), status=403)


def install(app: FastAPI) -> None:
    """Register the 401 and 403 answers on `app`."""
    app.add_exception_handler(NotAuthenticated, not_authenticated)
    app.add_exception_handler(Forbidden, forbidden)
