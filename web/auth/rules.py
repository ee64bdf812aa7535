"""Who may call which route: each router (or route) declares its lowest allowed role where it is made.

    router = APIRouter(dependencies=[Depends(require(VIEWER))])

Roles are ordered viewer < coordinator < admin; a rule names the lowest role allowed, or PUBLIC.
Viewers (the municipality) see aggregates with people pseudonymised; pages about one person and
the search by name are for coordinators (the header search `/search`, `/api/search` is for viewers
but lists people only to coordinators and admins); the verouderd list and its "Klopt nog" (a write)
are for coordinators (web/routes/freshness.py); the audit log is for admins. The app-wide guard
(web/auth/guard.py `authorize`) reads the rule off the matched route and refuses a route without one.
Declare rules on the APIRouter or the route, not in `include_router(...)`: the guard only sees the former.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph import users

PUBLIC = "public"
VIEWER, COORDINATOR, ADMIN = "viewer", "coordinator", "admin"
# Mounted static files (CSS, JS, Swagger UI assets, vis-network from pyvis) hold no data.
PUBLIC_MOUNTS = ("/static", "/static/swagger", "/vendor/vis-network")


@dataclass(frozen=True, slots=True)
class Rule:
    """The lowest role allowed on a router's routes, as a FastAPI dependency the guard looks for."""

    role: str

    async def __call__(self) -> None:
        """Do nothing: the guard, which runs first on every route, enforces the rule (it needs the caller)."""


def require(role: str) -> Rule:
    """Return the rule for `Depends(...)` on an APIRouter or route: `role` (or PUBLIC) and up may call it."""
    if role != PUBLIC:
        users.check_role(role)
    return Rule(role)


def rule_of(route: Any) -> str | None:
    """Return the lowest role allowed on `route` (the strictest of its rules), or None: it has no rule."""
    roles = [d.dependency.role for d in getattr(route, "dependencies", ())
             if isinstance(d.dependency, Rule)]
    return max(roles, key=_rank) if roles else None


def _rank(role: str) -> int:
    return -1 if role == PUBLIC else users.ROLES.index(role)
