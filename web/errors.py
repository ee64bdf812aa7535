"""Every error as the caller can use it: a page in their language for browsers, JSON for the API.

Browsers (Accept: text/html, outside /api/) get `error.html`: what happened, what to do instead and
links on; the API keeps `{"detail": str, "status": int}` with the detail in Dutch by default.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from graph.errors import DatabaseUnavailableError, InvalidInputError, NetwerkkaartError, NotFoundError
from web.i18n import known, lang_of, text
from web.rendering import render

_LOG = logging.getLogger(__name__)
# How soon the 503 page reloads itself: a managed Neo4j is usually up again within this.
RETRY_SECONDS = 10
# The 500 page (answered outside the middleware) loads only the stylesheet and runs no script.
_OUTSIDE_HEADERS = {"Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none';"
                    " base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
                    "Cache-Control": "no-store", "X-Frame-Options": "DENY",
                    "X-Content-Type-Options": "nosniff"}
# A query parameter's pattern that is just a list of choices, as `Query(pattern="^(nl|en)$")` makes.
_CHOICE_PATTERN = re.compile(r"\^\(([\w|-]+)\)\$")


def wants_json(request: Request) -> bool:
    """Return True for API requests (JSON answers) rather than page requests (HTML answers)."""
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or \
        "text/html" not in request.headers.get("accept", "text/html")


def error_response(request: Request, status: int, message: str, *, problems: list[str] | None = None,
                   headers: dict[str, str] | None = None, extra: dict[str, Any] | None = None) -> Response:
    """Return the error as JSON (API) or as the error page in the caller's language (browsers)."""
    lang = lang_of(request)
    if status == 503:
        headers = {**(headers or {}), "Retry-After": str(RETRY_SECONDS)}
    if wants_json(request):
        body = {"detail": " ".join([message, *(problems or [])]), "status": status, **(extra or {})}
        return JSONResponse(body, status_code=status, headers=headers)
    # A status without a title of its own (422, 429…) reads as invalid input, or as a server error.
    key = f"error_title_{status}" if known(f"error_title_{status}") else \
        f"error_title_{500 if status >= 500 else 400}"
    title = text(key, lang)
    retry = text("error_503_retry", lang).format(seconds=RETRY_SECONDS) if status == 503 else None
    page = render(request, "error.html", lang, status_code=status, status=status, title=title,
                  message=message, problems=problems or [], retry=retry,
                  refresh=RETRY_SECONDS if status == 503 else None,
                  # Relative, so the page never writes back the address or query that was typed.
                  switch_url=f"?lang={'en' if lang == 'nl' else 'nl'}")
    page.headers.update(headers or {})
    return page


def _status(exc: NetwerkkaartError) -> int:
    if hasattr(exc, "http_status"):
        return int(exc.http_status)
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InvalidInputError):
        return 400
    return 503 if isinstance(exc, DatabaseUnavailableError) else 500


async def netwerkkaart_error(request: Request, exc: NetwerkkaartError) -> Response:
    """Answer netwerkkaart's own errors with their status; the message says what was wrong."""
    status, lang = _status(exc), lang_of(request)
    message = exc.text(lang)  # a keyed error in the page's language
    if isinstance(exc, DatabaseUnavailableError):
        # The detail names the database's address and port: for the server's log, not for every user.
        _LOG.warning("%s %s: %s", request.method, request.url.path, exc)
        message = text("database_unavailable", lang)
    elif status == 404:
        # Never the address itself: what someone typed must not come back (a name tried as a path
        # would otherwise read differently for a person than for anything else).
        message = text("error_404", lang)
    elif status == 500:
        _LOG.error("%s %s: %s", request.method, request.url.path, exc)
        message = text("error_500", lang)
    return error_response(request, status, message)


async def database_lost(request: Request, exc: Exception) -> Response:
    """Answer 503 when Neo4j went away mid-request; the driver reconnects once it is back."""
    return await netwerkkaart_error(request, DatabaseUnavailableError(f"{type(exc).__name__}: {exc}"))


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """Answer FastAPI's own 404 (no such route) and 405 (wrong method), and any HTTPException."""
    lang = lang_of(request)
    if exc.status_code == 404:
        message = text("error_404", lang)
        _know_who(request)
    elif exc.status_code == 405:
        message = text("error_405", lang).format(method=request.method)
    else:
        message = str(exc.detail)
    return error_response(request, exc.status_code, message, headers=exc.headers)


def _know_who(request: Request) -> None:
    """Let an unmatched address's page show the header's name and logout: no router (so no guard)
    looked at the caller. Only a session already checked lately counts; nothing is read for it."""
    auth = getattr(request.app.state, "auth", None)
    if auth is None or getattr(request.state, "identity", None) is not None:
        return
    who = auth.identify_without_io(request)
    if who:
        request.state.identity = who


async def validation_error(request: Request, exc: RequestValidationError) -> Response:
    """Answer 422 with one sentence per wrong value saying what to type instead."""
    lang = lang_of(request)
    problems = [problem_text(error, lang) for error in exc.errors()]
    errors = [{k: e.get(k) for k in ("loc", "msg", "type", "input")} for e in exc.errors()]
    return error_response(request, 422, text("error_422", lang), problems=problems,
                          extra={"errors": jsonable_encoder(errors)})


def problem_text(error: dict[str, Any], lang: str) -> str:
    """Return pydantic's validation error as a sentence for people, in `lang`."""
    name = str(error.get("loc", ("",))[-1])
    field = text(name, lang) if name and not name.isdigit() else text("value", lang)
    kind, ctx = str(error.get("type", "")), error.get("ctx") or {}
    value = "" if error.get("input") is None else str(error.get("input"))[:80]
    if kind.startswith(("date", "datetime")):
        key = "field_date"
    elif kind == "missing":
        key = "field_missing"
    elif "expected" in ctx or kind == "string_pattern_mismatch":
        key, ctx = "field_choice", {"expected": _choices(ctx, lang)}
    elif kind.startswith(("int", "float", "greater", "less")):
        limit = next((ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx), None)
        bound = "field_at_least" if {"ge", "gt"} & set(ctx) else "field_at_most"
        ctx = {"range": "" if limit is None else text(bound, lang).format(limit=limit)}
        key = "field_number"
    elif kind.startswith(("string_too_long", "too_long")):
        key, ctx = "field_too_long", {"limit": ctx.get("max_length", "")}
    else:
        key = "field_invalid"
    return text(key, lang).format(**{**ctx, "field": field, "value": value})


def _choices(ctx: dict[str, Any], lang: str) -> str:
    """Return the allowed values as `'a', 'b' of 'c'` (from a Literal's `expected` or a `^(a|b)$` pattern)."""
    simple = _CHOICE_PATTERN.fullmatch(str(ctx.get("pattern", "")))
    if simple:
        *first, last = [f"'{choice}'" for choice in simple.group(1).split("|")]
        return f"{', '.join(first)} {text('or', lang)} {last}" if first else last
    return str(ctx.get("expected") or ctx.get("pattern", "")).replace(" or ", f" {text('or', lang)} ")


async def server_error(request: Request, exc: Exception) -> Response:
    """Answer an unexpected exception with a 500 page (the traceback goes to the server's log)."""
    # Starlette answers this outside the app's middleware, so the page brings its own safety headers.
    return error_response(request, 500, text("error_500", lang_of(request)), headers=_OUTSIDE_HEADERS)


def install(app: FastAPI) -> None:
    """Register the answers for netwerkkaart's errors, a lost database, 404/405, 422 and 500 on `app`."""
    app.add_exception_handler(NetwerkkaartError, netwerkkaart_error)
    for lost in (ServiceUnavailable, SessionExpired):  # raised by the driver outside graph/'s wrapping
        app.add_exception_handler(lost, database_lost)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)
