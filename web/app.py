"""The FastAPI app factory: one Neo4j driver per app (opened in the lifespan), routers, errors, assets."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import plotly
import swagger_ui_bundle
from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.driver import open_graph
from graph.errors import (
    DatabaseUnavailableError,
    InvalidInputError,
    NetwerkkaartError,
    NotFoundError,
)
from graph.schema import ensure_schema
from graph.secrets_store import server_secret
from graph.settings import Settings
from web import auth
from web.auth_privacy import RedactForViewers
from web.i18n import LANGS, text
from web.rendering import render
from web.routes import areas, commission, docs, fragility, network, organisations, overview, people
from web.routes import audit as audit_routes
from web.routes import auth as auth_routes
from web.security_headers import SecurityHeaders
from web.store import AnalysisStore

_STATIC = Path(__file__).parent / "static"
_PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
_LOG = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Return the netwerkkaart web app; the database is opened when the app starts, not here."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        graph = open_graph(settings)
        try:
            ensure_schema(graph)
            app.state.graph = graph
            app.state.store = AnalysisStore(graph)
            app.state.auth = auth.Auth(graph, server_secret(settings))
            yield
        finally:
            graph.driver.close()

    app = FastAPI(title="netwerkkaart", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(auth.authorize)],
                  description="De sociale kaart van Rotterdam als netwerk: organisaties, mensen, "
                              "verbindingen en hun kwetsbaarheid. Every page's data as JSON.")
    for module in (overview, organisations, people, areas, network, fragility, commission, docs,
                   auth_routes, audit_routes):
        app.include_router(module.router)
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.add_api_route("/vendor/plotly.min.js", _plotly, include_in_schema=False)
    app.add_api_route("/openapi.json", lambda: app.openapi(), include_in_schema=False)
    app.add_exception_handler(NetwerkkaartError, _error)  # type: ignore[arg-type]
    for lost in (ServiceUnavailable, SessionExpired):  # raised by the driver outside graph/'s wrapping
        app.add_exception_handler(lost, _database_lost)
    auth.install(app)
    app.add_middleware(RememberLang)
    app.add_middleware(RedactForViewers)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app


def _plotly() -> FileResponse:
    """Serve plotly.js from the installed plotly package (no CDN)."""
    return FileResponse(_PLOTLY_JS, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


def _status(exc: NetwerkkaartError) -> int:
    if hasattr(exc, "http_status"):
        return int(exc.http_status)
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InvalidInputError):
        return 400
    return 503 if isinstance(exc, DatabaseUnavailableError) else 500


async def _error(request: Request, exc: NetwerkkaartError) -> Response:
    """Turn netwerkkaart's own errors into a JSON problem (API) or an error page (HTML)."""
    status = _status(exc)
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "nl"
    lang = lang if lang in LANGS else "nl"
    message = str(exc)
    if isinstance(exc, DatabaseUnavailableError):
        # The detail names the database's address and port: for the server's log, not for every user.
        _LOG.warning("%s %s: %s", request.method, request.url.path, exc)
        message = text("database_unavailable", lang)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message, "status": status}, status_code=status)
    return render(request, "error.html", lang, status_code=status, message=message, status=status)


async def _database_lost(request: Request, exc: Exception) -> Response:
    """Answer 503 when Neo4j went away mid-request; the driver reconnects once it is back."""
    return await _error(request, DatabaseUnavailableError(f"{type(exc).__name__}: {exc}"))


class HeadAsGet:
    """ASGI middleware: answer HEAD wherever GET works (same status and headers, no body)."""

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

        # The access rules already treat HEAD as GET; the routes are declared for GET only.
        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


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
