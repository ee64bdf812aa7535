"""Who is asking, and may they: sessions and API tokens in, 401/403 out, one guard for every route.

`authorize` is the dependency every route runs (installed app-wide in web/app.py); it enforces the
rule the route's router declares with `require` (web/auth/rules.py) and refuses a route without one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from graph import users
from graph.driver import Graph
from graph.errors import NotFoundError
from web.auth.devices import KnownDevices
from web.auth.errors import Forbidden, NotAuthenticated
from web.auth.rules import PUBLIC, rule_of
from web.auth.sessions import COOKIE, RECHECK_SECONDS, Session, SessionStore, csrf_matches
from web.auth.throttle import LoginThrottle

# Sessions and tokens are re-read from the database equally often.
TOKEN_RECHECK_SECONDS = RECHECK_SECONDS

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is calling: name, role, and how they proved it (session or token); the web's one user type."""

    name: str
    role: str
    via: str
    session: Session | None = None


class Auth:
    """The app's sessions, login throttle and known browsers."""

    def __init__(self, graph: Graph, secret: bytes) -> None:
        self.graph = graph
        self.sessions = SessionStore(secret)
        self.throttle = LoginThrottle()
        self.devices = KnownDevices(secret)
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


async def authorize(request: Request) -> Identity | None:
    """Return the request's identity if its route allows it; raise NotAuthenticated or Forbidden."""
    needed = rule_of(request.scope.get("route"))
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
    if not users.at_least(identity.role, needed):
        raise Forbidden(f"this needs the {needed} role; you are {identity.role}", needed=needed,
                        role=identity.role)
    if request.method not in SAFE_METHODS and identity.session is not None:
        await _check_csrf(request, identity.session)
    return identity


async def _check_csrf(request: Request, session: Session) -> None:
    """A cookie-authenticated write must carry the session's CSRF token (header or form field)."""
    token = request.headers.get(CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        token = (await request.form()).get(CSRF_FIELD)
    if not csrf_matches(session, token):
        raise Forbidden("the form's CSRF token is missing or wrong: reload the page and try again",
                        csrf=True)


def client_ip(request: Request) -> str:
    """Return the caller's address (as the server sees it; behind a proxy, run uvicorn with proxy headers)."""
    return request.client.host if request.client else ""
