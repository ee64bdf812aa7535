"""`/docs`: Swagger UI from locally served files (FastAPI's default loads it from a CDN)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse

from web.auth.rules import VIEWER, require
from web.middleware.security_headers import csp_nonce

router = APIRouter(include_in_schema=False, dependencies=[Depends(require(VIEWER))])


@router.get("/docs")
def swagger_docs(request: Request) -> HTMLResponse:
    """Return the Swagger UI page for /openapi.json, with its assets under /static/swagger."""
    page = get_swagger_ui_html(
        openapi_url="/openapi.json", title="netwerkkaart API",
        swagger_js_url="/static/swagger/swagger-ui-bundle.js",
        swagger_css_url="/static/swagger/swagger-ui.css",
        swagger_favicon_url="/static/swagger/favicon-32x32.png",
    )
    # Its start-up script is inline: the Content-Security-Policy lets it run by this request's nonce.
    body = bytes(page.body).replace(b"<script>", f'<script nonce="{csp_nonce(request.scope)}">'.encode())
    # Swagger UI speaks English; its page says so, and a stylesheet of ours lifts its contrast to AA.
    body = body.replace(b"<html>", b'<html lang="en">', 1).replace(
        b"</head>", b'<link rel="stylesheet" href="/static/docs.css"></head>', 1)
    return HTMLResponse(body)
