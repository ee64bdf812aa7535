"""Log every successful download (CSV exports, the report) in the audit log as an `export` event."""

from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph import audit
from web.auth.guard import Identity, client_ip
from web.middleware.head_as_get import HEAD_KEY


class AuditDownloads:
    """ASGI middleware: log every successful download (CSV exports, the report) as an `export` event."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # A HEAD request (run as GET, see head_as_get) downloads nothing: it is not an export.
        if scope["type"] != "http" or scope.get(HEAD_KEY):
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
    await run_in_threadpool(audit.record, request.app.state.auth.graph, actor=identity.name,
                            action="export", target=request.url.path, ip=client_ip(request),
                            detail=f"role={identity.role}")
