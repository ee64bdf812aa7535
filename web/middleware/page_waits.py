"""Let page requests wait only briefly for an analysis: longer, and they get the "being computed" page."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from web.background import PAGE_WAIT


class PageWaits:
    """ASGI middleware: browser page requests (GET, HTML, outside /api/) wait at most `seconds`
    (the setting NETWERKKAART_PAGE_WAIT, 1.5 s: long enough for answers from the cache or a small
    graph, short enough not to look broken)."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_page(scope):
            await self.app(scope, receive, send)
            return
        token = PAGE_WAIT.set(self.seconds)
        try:
            await self.app(scope, receive, send)
        finally:
            PAGE_WAIT.reset(token)


def _is_page(scope: Scope) -> bool:
    if scope["method"] != "GET" or scope["path"].startswith(("/api/", "/static/", "/vendor/")):
        return False
    accept = dict(scope["headers"]).get(b"accept", b"")
    # Downloads (?format=csv/xlsx) are files, not pages: they wait for their data.
    return b"text/html" in accept and b"format=" not in scope.get("query_string", b"")
