"""The guard's refusals and how they are answered: 401 (API) or the login page, 403 as JSON or a page
saying which role is needed and whom to ask."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import Response

from web.errors import error_response, wants_json
from web.i18n import lang_of, text


class NotAuthenticated(Exception):
    """No valid session or token (HTTP 401; pages redirect to the login page)."""


class Forbidden(Exception):
    """Logged in, but the role is too low, or a form lacks its CSRF token (HTTP 403).

    `needed` and `role` name the route's lowest role and the caller's, when that is the reason;
    `csrf` marks a form without its token. The message itself is for logs and tests (English).
    """

    def __init__(self, message: str, *, needed: str | None = None, role: str | None = None,
                 csrf: bool = False) -> None:
        super().__init__(message)
        self.needed, self.role, self.csrf = needed, role, csrf


async def not_authenticated(request: Request, exc: NotAuthenticated) -> Response:
    """Answer 401 (JSON) to API calls; send browsers to the login page."""
    if wants_json(request):
        return JSONResponse({"detail": text("error_401", lang_of(request)), "status": 401}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def forbidden(request: Request, exc: Forbidden) -> Response:
    """Answer 403 as JSON (API) or as the error page (HTML), saying which role is needed and whom to ask."""
    lang = lang_of(request)
    if exc.needed and exc.role:
        message = text("error_403_role", lang).format(needed=text(f"role_{exc.needed}", lang),
                                                      role=text(f"role_{exc.role}", lang))
    else:
        message = text("error_403_csrf" if exc.csrf else "error_403", lang)
    return error_response(request, 403, message)


def install(app: FastAPI) -> None:
    """Register the 401 and 403 answers on `app`."""
    app.add_exception_handler(NotAuthenticated, not_authenticated)
    app.add_exception_handler(Forbidden, forbidden)
