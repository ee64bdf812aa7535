"""Every route of the app with its access rule, and sample values for its path parameters (access tests)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI
from starlette.routing import Mount

from web.auth.rules import rule_of

# A new path parameter needs a sample here, or the access tests fail (on purpose).
# `run_id`: no such run, so the admin's POST of the route×role test undoes nothing (404).
# A route whose query string needs a value gets one here (the other routes answer without one);
# `url_for` adds it, with {parameter}s filled in as in the path.
QUERY_SAMPLES = {"/api/supply-demand/trend": {"area": "Charlois"},
                 "/api/supply-demand/trend.csv": {"area": "Charlois"},
                 "/refer/slip": {"to": "{org_id}", "need": "taal"}}
SAMPLES = {"code": "WK059901", "which": "nondutch", "run_id": "ingest-not-a-run",
           # Task `edit`: no such partnership (its form answers 404, its POST 409 and writes nothing).
           "partnership_id": "pw-not-a-partnership"}


def routes(app: FastAPI) -> list[tuple[str, str]]:
    """Return (method, path template) for every route, included routers unfolded, mounts left out."""
    return sorted(rules(app))


def rules(app: FastAPI) -> dict[tuple[str, str], str | None]:
    """Return each route's access rule as its router declared it: (method, path) -> lowest role allowed,
    PUBLIC, or None (no rule). HEAD is left out: it is answered, and ruled, by the GET route."""
    found: dict[tuple[str, str], str | None] = {}

    def walk(items: list[Any], prefix: str) -> None:
        for route in items:
            if hasattr(route, "original_router"):  # FastAPI's lazily included router
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))
            elif not isinstance(route, Mount):
                found.update(((m, prefix + route.path), rule_of(route))
                             for m in sorted(route.methods or ()) if m != "HEAD")

    walk(list(app.routes), "")
    return found


def mounts(app: FastAPI) -> list[str]:
    """Return the paths of mounted static folders."""
    return [route.path for route in app.routes if isinstance(route, Mount)]


def url_for(path: str, samples: dict[str, str]) -> str:
    """Return `path` with each {parameter} replaced by its sample value, and the query it needs."""
    query = {k: url_for(v, samples) for k, v in QUERY_SAMPLES.get(path, {}).items()}
    for name, value in samples.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no sample value for a parameter of {path}: add one to SAMPLES"
    return f"{path}?{urlencode(query)}" if query else path


def with_params(url: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """Return (path, query) for `client.get`: the url's own query merged over `params` (httpx would
    otherwise replace the one with the other)."""
    path, _, query = url.partition("?")
    return path, {**params, **dict(parse_qsl(query))}
