"""Headers every answer carries: a Content-Security-Policy, no framing, no MIME sniffing, and no
caching of anything but the static assets (pages and JSON hold personal data)."""

from __future__ import annotations

import secrets

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Everything the pages load comes from this server (plotly and vis-network from local routes). The only
# inline script is Swagger UI's start-up on /docs, which carries the per-request nonce. The bundled
# libraries (the fragility page's chart and network) add two <style> elements and know no nonce:
# they are allowed by their exact hashes (an upgrade that changes them shows in the browser test).
_LIBRARY_STYLES = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' " \
                 "'sha256-ji27qzEtxXZW+7dun6UwjHXJ18e6WAin1VvNtkzIE/o='"
_CSP = ("default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' " + _LIBRARY_STYLES + "; "
        "img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'none'")
# Assets without data, which browsers may keep (they set their own Cache-Control).
CACHEABLE = ("/static/", "/vendor/")


def csp_nonce(scope: Scope) -> str:
    """Return this request's script nonce (for the rare inline <script> that must stay inline)."""
    return str(scope.get("state", {}).get("csp_nonce", ""))


class SecurityHeaders:
    """ASGI middleware: add the security headers to every HTTP answer, and `no-store` outside assets."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        cacheable = scope["path"].startswith(CACHEABLE)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = _CSP.format(nonce=nonce)
                headers["X-Frame-Options"] = "DENY"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                if not cacheable:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
