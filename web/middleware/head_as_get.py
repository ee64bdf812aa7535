"""ASGI middleware: answer HEAD wherever GET works (same status and headers, no body)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Set in the scope of a HEAD request run as GET.
HEAD_KEY = "netwerkkaart.head"


class HeadAsGet:
    """Run a HEAD request as GET and drop the body: the access rules already treat HEAD as GET."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        # The routes are declared for GET only; FastAPI would answer 405 to HEAD.
        # HEAD_KEY tells inner middleware (the download audit) that no body leaves the server.
        await self.app({**scope, "method": "GET", HEAD_KEY: True}, receive, send_headers_only)
