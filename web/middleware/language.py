"""Remember the interface language chosen with `?lang=` in a cookie."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.i18n import LANGS


class RememberLang:
    """ASGI middleware: keep the language chosen with `?lang=` in a cookie for the next pages."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        lang = request.query_params.get("lang")
        if lang not in LANGS or request.cookies.get("lang") == lang:
            await self.app(scope, receive, send)
            return

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = Response()
                cookie.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
                message = {**message, "headers": [*message["headers"], *cookie.raw_headers[-1:]]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)
