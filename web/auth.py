"""Who is asking, and may they: sessions and API tokens in, 401/403 out, one guard for every route.

`authorize` is the dependency every route runs (installed app-wide in web/app.py through
web/deps.py). A route without a rule in web/auth_rules.py is refused for everyone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph import audit, users
from graph.driver import Graph
from graph.errors import NotFoundError
from web.auth_devices import KnownDevices
from web.auth_privacy import PrivacyFilter
from web.auth_rules import PUBLIC, required_role
from web.auth_sessions import COOKIE, RECHECK_SECONDS, Session, SessionStore, csrf_matches
from web.auth_throttle import LoginThrottle

# Sessions and tokens are re-read from the database equally often.
TOKEN_RECHECK_SECONDS = RECHECK_SECONDS

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True, slots=True)
class Identity:
    """The user behind a request: name, role, and how they proved it (session or token)."""

    name: str
    role: str
    via: str
    session: Session | None = None


class NotAuthenticated(Exception):
    """No valid session or token (HTTP 401; pages redirect to the login page)."""


class Forbidden(Exception):
    """Logged in, but the role is too low, or a form lacks its CSRF token (HTTP 403)."""


class Auth:
    """The app's sessions, login throttle and viewer privacy filter."""

    def __init__(self, graph: Graph, secret: bytes) -> None:
        self.graph = graph
        self.sessions = SessionStore(secret)
        self.throttle = LoginThrottle()
        self.devices = KnownDevices(secret)
        self.privacy = PrivacyFilter(graph, secret)
        # token sha256 -> (user or None, when looked up): scripts send the same token many times a second.
        self._tokens: dict[str, tuple[users.User | None, float]] = {}

    def identify(self, request: Request) -> Identity | None:
        """Return who sent `request` (Bearer token first, then session cookie), or None."""
        token = _bearer_token(request)
        if token is not None:
            return _token_identity(self._token_user(token))
        session = self.sessions.get(request.cookies.get(COOKIE))
        if session is None or not self._still_valid(session):
            return None
        return _session_identity(session)

    def identify_without_io(self, request: Request) -> Identity | bool | None:
        """Return who sent `request` when that needs no database read, else False (call `identify`)."""
        token = _bearer_token(request)
        if token is not None:
            cached = self._fresh_token(users.token_hash(token))
            return False if cached is None else _token_identity(cached[0])
        session = self.sessions.get(request.cookies.get(COOKIE))
        if session is None:
            return None
        return _session_identity(session) if _checked_lately(session) else False

    def _fresh_token(self, key: str) -> tuple[users.User | None, float] | None:
        """Return the cached (user, when) of a token hash, if it was looked up in the last few seconds."""
        cached = self._tokens.get(key)
        return cached if cached and time.monotonic() - cached[1] < TOKEN_RECHECK_SECONDS else None

    def _token_user(self, token: str) -> users.User | None:
        """Return the token's user, re-read at most every few seconds (a revocation takes that long)."""
        key = users.token_hash(token)
        cached = self._fresh_token(key)
        if cached:
            return cached[0]
        user = users.user_for_token(self.graph, token)
        if len(self._tokens) > 10_000:
            self._tokens.clear()
        self._tokens[key] = (user, time.monotonic())
        return user

    def _still_valid(self, session: Session) -> bool:
        """Re-read a session's user every few seconds: removal, disabling, a new password or role count."""
        if _checked_lately(session):
            return True
        try:
            user = users.get_user(self.graph, session.username)
        except NotFoundError:
            user = None
        if user is None or user.disabled:
            self.sessions.end_user(session.username)
            return False
        if user.stamp != session.stamp:  # a new password (or a new user under the old name)
            self.sessions.end_user(session.username, keep_stamp=user.stamp)
            return False
        session.role, session.checked = user.role, time.monotonic()
        return True


def _bearer_token(request: Request) -> str | None:
    """Return the token of an `Authorization: Bearer …` header, or None."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _token_identity(user: users.User | None) -> Identity | None:
    return Identity(user.username, user.role, "token") if user else None


def _session_identity(session: Session) -> Identity:
    return Identity(session.username, session.role, "session", session)


def _checked_lately(session: Session) -> bool:
    """Return True when the session's user was re-read from the database in the last RECHECK_SECONDS."""
    return time.monotonic() - session.checked < RECHECK_SECONDS


def at_least(role: str, needed: str) -> bool:
    """Return True when `role` is `needed` or higher (viewer < coordinator < admin)."""
    return needed == PUBLIC or users.ROLES.index(role) >= users.ROLES.index(needed)


async def authorize(request: Request) -> Identity | None:
    """Return the request's identity if its route allows it; raise NotAuthenticated or Forbidden."""
    route = request.scope.get("route")
    needed = required_role(request.method, getattr(route, "path", ""))
    if needed is None:
        raise Forbidden("this route has no access rule")
    identity = request.app.state.auth.identify_without_io(request)
    if identity is False:
        # identify() reads Neo4j: off the event loop, so one slow lookup never stalls every request.
        identity = await run_in_threadpool(request.app.state.auth.identify, request)
    request.state.identity = identity
    if needed == PUBLIC:
        return identity
    if identity is None:
        raise NotAuthenticated("log in, or send an API token as `Authorization: Bearer …`")
    if not at_least(identity.role, needed):
        raise Forbidden(f"this needs the {needed} role; you are {identity.role}")
    if request.method not in SAFE_METHODS and identity.session is not None:
        await _check_csrf(request, identity.session)
    return identity


async def _check_csrf(request: Request, session: Session) -> None:
    """A cookie-authenticated write must carry the session's CSRF token (header or form field)."""
    token = request.headers.get(CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        token = (await request.form()).get(CSRF_FIELD)  # type: ignore[assignment]
    if not csrf_matches(session, token):
        raise Forbidden("the form's CSRF token is missing or wrong: reload the page and try again")


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
    from web.rendering import render  # the page machinery is only needed for HTML answers

    if wants_json(request):
        return JSONResponse({"detail": str(exc), "status": 403}, status_code=403)
    return render(request, "error.html", "nl", status_code=403, message=str(exc), status=403)


def install(app: FastAPI) -> None:
    """Register the 401/403 answers and the download audit on `app` (the guard is the app's dependency)."""
    app.add_exception_handler(NotAuthenticated, not_authenticated)  # type: ignore[arg-type]
    app.add_exception_handler(Forbidden, forbidden)  # type: ignore[arg-type]
    app.add_middleware(AuditDownloads)


class AuditDownloads:
    """ASGI middleware: log every successful download (CSV exports, the report) as an `export` event."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_audited(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                disposition = Headers(raw=message["headers"]).get("content-disposition", "")
                identity = scope.get("state", {}).get("identity")
                if identity is not None and disposition.startswith("attachment"):
                    await _record_download(Request(scope), identity)
            await send(message)

        await self.app(scope, receive, send_audited)


async def _record_download(request: Request, identity: Identity) -> None:
    from web.routes.auth import client_ip  # the routes module imports this one

    await run_in_threadpool(audit.record, request.app.state.auth.graph, actor=identity.name,
                            action="export", target=request.url.path, ip=client_ip(request),
                            detail=f"role={identity.role}")
