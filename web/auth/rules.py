"""Who may call which route: one rule per (method, path template); a route without a rule is refused.

Roles are ordered viewer < coordinator < admin; a rule names the lowest role allowed, or PUBLIC.
Viewers (the municipality) see aggregates with people pseudonymised; pages about one person and
the search by name are for coordinators; the audit log is for admins.
"""

from __future__ import annotations

PUBLIC = "public"
VIEWER, COORDINATOR, ADMIN = "viewer", "coordinator", "admin"

_VIEWER_GETS = (
    "/", "/api/overview", "/api/organisations", "/api/organisations/{org_id}", "/organisations/{org_id}",
    "/api/areas", "/api/areas/{code}", "/api/map", "/map", "/areas/{code}",
    "/api/network", "/network", "/api/fragility", "/fragility", "/api/introductions", "/introductions",
    "/api/supply-demand", "/api/supply-demand.csv", "/supply-demand", "/api/refer", "/refer",
    "/api/inventory/{which}.csv", "/api/inventory/{which}", "/inventory/{which}",
    "/api/connecting", "/connecting", "/report.html", "/commission",
    "/docs", "/openapi.json", "/api/me",
)
_COORDINATOR_GETS = ("/api/people", "/api/people/{person_id}", "/people/{person_id}")
_ADMIN_GETS = ("/audit", "/api/audit")

RULES: dict[tuple[str, str], str] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): VIEWER,
    ("GET", "/vendor/plotly.min.js"): PUBLIC,
    ("POST", "/api/refer/record"): COORDINATOR,
    **{("GET", path): VIEWER for path in _VIEWER_GETS},
    **{("GET", path): COORDINATOR for path in _COORDINATOR_GETS},
    **{("GET", path): ADMIN for path in _ADMIN_GETS},
}
# Mounted static files (CSS, JS, Swagger UI assets) hold no data.
PUBLIC_MOUNTS = ("/static", "/static/swagger")


def required_role(method: str, path: str) -> str | None:
    """Return the lowest role allowed to call `method path` (PUBLIC for anyone), or None: no rule."""
    if method == "HEAD":
        method = "GET"
    return RULES.get((method, path))
