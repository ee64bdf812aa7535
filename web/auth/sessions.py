"""Browser sessions: a random session id in a signed cookie, the session itself kept on the server.

The id is replaced at every login (no session fixation), each session carries its own CSRF token,
and a session ends after `IDLE` without use or `ABSOLUTE` after login, or at logout.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

COOKIE = "nk_session"
IDLE_SECONDS = 8 * 3600
ABSOLUTE_SECONDS = 24 * 3600
# How long a session trusts the role it was given before the user is looked up again (as long as a
# token is trusted): a new password, disabling, removal or a new role take effect within seconds.
RECHECK_SECONDS = 5.0


@dataclass(slots=True)
class Session:
    """One logged-in browser: who, with which role, its CSRF token and its times."""

    username: str
    role: str
    stamp: str = ""  # the user's credential stamp at login (graph.users.User.stamp)
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    created: float = field(default_factory=time.monotonic)
    used: float = field(default_factory=time.monotonic)
    checked: float = field(default_factory=time.monotonic)


class SessionStore:
    """Sessions by id, in memory (one server process); cookie values are `id.signature`."""

    def __init__(self, secret: bytes) -> None:
        self._key = hmac.new(secret, b"netwerkkaart session cookie", hashlib.sha256).digest()
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, username: str, role: str, replaces: str | None = None,
               stamp: str = "") -> tuple[str, Session]:
        """Start a session (ending the one in cookie `replaces`); return (cookie value, session)."""
        self.end(replaces)
        sid = secrets.token_urlsafe(32)
        session = Session(username=username, role=role, stamp=stamp)
        with self._lock:
            self._sessions[sid] = session
        return f"{sid}.{self._sign(sid)}", session

    def get(self, cookie: str | None) -> Session | None:
        """Return the live session a cookie value names, or None (unsigned, unknown or expired)."""
        sid = self._verified(cookie)
        now = time.monotonic()
        with self._lock:
            session = self._sessions.get(sid) if sid else None
            if session is None:
                return None
            if now - session.used > IDLE_SECONDS or now - session.created > ABSOLUTE_SECONDS:
                del self._sessions[sid]
                return None
            session.used = now
            return session

    def end(self, cookie: str | None) -> None:
        """End the session a cookie value names, if any."""
        sid = self._verified(cookie)
        with self._lock:
            self._sessions.pop(sid or "", None)

    def end_user(self, username: str, keep_stamp: str | None = None) -> None:
        """End every session of `username` (removed or disabled), or those not under `keep_stamp`."""
        with self._lock:
            for sid in [s for s, v in self._sessions.items()
                        if v.username == username and (keep_stamp is None or v.stamp != keep_stamp)]:
                del self._sessions[sid]

    def _sign(self, sid: str) -> str:
        return hmac.new(self._key, sid.encode(), hashlib.sha256).hexdigest()

    def _verified(self, cookie: str | None) -> str | None:
        sid, _, signature = (cookie or "").partition(".")
        if not sid or not hmac.compare_digest(signature, self._sign(sid)):
            return None
        return sid


def csrf_matches(session: Session, token: str | None) -> bool:
    """Return True when `token` is this session's CSRF token (constant-time comparison)."""
    return bool(token) and hmac.compare_digest(session.csrf, str(token))
