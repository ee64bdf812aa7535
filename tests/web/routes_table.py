"""Every route of the app, with sample values for its path parameters (for the access tests)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.routing import Mount

# A new path parameter needs a sample here, or the access tests fail (on purpose).
SAMPLES = {"code": "WK059901", "which": "nondutch"}


def routes(app: FastAPI) -> list[tuple[str, str]]:
    """Return (method, path template) for every route, included routers unfolded, mounts left out."""
    found: list[tuple[str, str]] = []

    def walk(items: list[Any], prefix: str) -> None:
        for route in items:
            if hasattr(route, "original_router"):  # FastAPI's lazily included router
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))
            elif not isinstance(route, Mount):
                found.extend((m, prefix + route.path) for m in sorted(route.methods or ()) if m != "HEAD")

    walk(list(app.routes), "")
    return sorted(set(found))


def mounts(app: FastAPI) -> list[str]:
    """Return the paths of mounted static folders."""
    return [route.path for route in app.routes if isinstance(route, Mount)]


def url_for(path: str, samples: dict[str, str]) -> str:
    """Return `path` with each {parameter} replaced by its sample value."""
    for name, value in samples.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no sample value for a parameter of {path}: add one to SAMPLES"
    return path
