"""Users (viewer, coordinator, admin) with argon2 password hashes, and hashed API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError
from graph.queries import Query
from graph.values import to_native

ROLES = ("viewer", "coordinator", "admin")
MIN_PASSWORD_CHARS = 10
TOKEN_PREFIX = "nk_"
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
_Q = {name: Query(f"user_{name}") for name in (
    "create", "get", "list", "remove", "set_password_hash", "set_disabled",
    "token_create", "token_revoke", "token_lookup")}
_HASHER = PasswordHasher()  # argon2id with the library's current (RFC 9106 low-memory) parameters
# Verified when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


@dataclass(frozen=True, slots=True)
class User:
    """A user of the web app and API; never carries the password hash."""

    username: str
    role: str
    created_at: dt.datetime | None = None
    disabled: bool = False
    tokens: list[dict[str, Any]] = field(default_factory=list)
    # Changes with the password, at disabling and when the name is given to a new user: a browser
    # session started under another stamp is over.
    stamp: str = ""

    def at_least(self, role: str) -> bool:
        """Return True when this user's role is `role` or a higher one."""
        return at_least(self.role, role)


def at_least(role: str, needed: str) -> bool:
    """Return True when `role` is `needed` or a higher one (viewer < coordinator < admin)."""
    return ROLES.index(role) >= ROLES.index(needed)


def _user(row: dict[str, Any], tokens: list[dict[str, Any]] | None = None) -> User:
    created = row.get("created_at")
    return User(username=row["username"], role=row["role"],
                created_at=to_native(created),
                disabled=bool(row.get("disabled")), tokens=tokens or [], stamp=str(row.get("stamp") or ""))


def check_username(username: str) -> str:
    """Return `username` if it is valid (lowercase letters, digits, . _ @ -), else raise."""
    if not _USERNAME.match(username):
        raise InvalidInputError.say("err_username_invalid", username=username)
    return username


def check_role(role: str) -> str:
    """Return `role` if it is one of ROLES, else raise InvalidInputError."""
    if role not in ROLES:
        raise InvalidInputError.say("err_role_unknown", role=role, roles=", ".join(ROLES))
    return role


def check_password(password: str) -> str:
    """Return `password` if it is long enough, else raise (the message never contains it)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise InvalidInputError.say("err_password_short", min=MIN_PASSWORD_CHARS)
    return password


def add_user(graph: Graph, *, username: str, role: str, password: str) -> User:
    """Create a user with an argon2id password hash; return it. A taken username is refused."""
    props = {"username": check_username(username), "role": check_role(role),
             "password_hash": _HASHER.hash(check_password(password)), "created_at": _now(),
             "stamp": new_stamp()}
    rows = graph.run(_Q["create"], user=props)
    if not rows:
        raise InvalidInputError.say("err_user_exists", username=username)
    return _user(rows[0]["user"])


def list_users(graph: Graph) -> list[User]:
    """Return every user (with their tokens' id, label, created and revoked times), by name."""
    return [_user(r["user"], [{k: to_native(v) for k, v in t.items()} for t in r["tokens"]])
            for r in graph.read(_Q["list"])]


def get_user(graph: Graph, username: str) -> User:
    """Return the user named `username`; raise NotFoundError when there is none."""
    rows = graph.read(_Q["get"], username=username)
    if not rows:
        raise NotFoundError.say("err_user_unknown", username=username)
    return _user(rows[0]["user"])


def remove_user(graph: Graph, username: str) -> int:
    """Delete a user and their tokens; return how many tokens went with them."""
    rows = graph.run(_Q["remove"], username=username)
    if not rows:
        raise NotFoundError.say("err_user_unknown", username=username)
    return int(rows[0]["tokens"])


def set_disabled(graph: Graph, username: str, *, disabled: bool) -> None:
    """Disable (or enable again) a user: a disabled user cannot log in and their tokens fail."""
    if not graph.run(_Q["set_disabled"], username=username, disabled=disabled, stamp=new_stamp(),
                     now=_now())[0]["updated"]:
        raise NotFoundError.say("err_user_unknown", username=username)


def set_password(graph: Graph, username: str, password: str) -> None:
    """Replace a user's password (hashed with argon2id); their browser sessions end."""
    digest = _HASHER.hash(check_password(password))
    if not graph.run(_Q["set_password_hash"], username=username, password_hash=digest, stamp=new_stamp(),
                     now=_now())[0]["updated"]:
        raise NotFoundError.say("err_user_unknown", username=username)


def authenticate(graph: Graph, username: str, password: str) -> User | None:
    """Return the enabled user whose password this is, else None (same cost for unknown names)."""
    rows = graph.read(_Q["get"], username=username)
    stored = rows[0]["user"] if rows else None
    try:
        _HASHER.verify(stored["password_hash"] if stored else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if stored is None or stored.get("disabled"):
        return None
    if _HASHER.check_needs_rehash(stored["password_hash"]):
        graph.run(_Q["set_password_hash"], username=username, password_hash=_HASHER.hash(password),
                  stamp=None, now=_now())
    return _user(stored)


def create_token(graph: Graph, *, username: str, label: str = "") -> tuple[str, str]:
    """Create an API token for `username`; return (token id, the token itself — shown only once)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    props = {"id": "tok-" + secrets.token_hex(6), "hash": token_hash(token), "label": label,
             "created_at": _now()}
    rows = graph.run(_Q["token_create"], username=username, token=props)
    if not rows:
        raise NotFoundError.say("err_user_unknown", username=username)
    return props["id"], token


def revoke_token(graph: Graph, token_id: str) -> str:
    """Revoke the token with this id; return its holder's username."""
    rows = graph.run(_Q["token_revoke"], id=token_id, now=_now())
    if not rows:
        raise NotFoundError.say("err_token_unknown", id=token_id)
    return str(rows[0]["username"])


def user_for_token(graph: Graph, token: str) -> User | None:
    """Return the enabled user holding this unrevoked token, else None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    rows = graph.read(_Q["token_lookup"], hash=token_hash(token))
    return _user(rows[0]["user"]) if rows else None


def token_hash(token: str) -> str:
    """Return the stored form of a token: sha256 hex (tokens carry 256 random bits, so no salt)."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_stamp() -> str:
    """Return a fresh random credential stamp."""
    return secrets.token_hex(8)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
