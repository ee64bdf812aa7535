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
from netwerkkaart.figures.network_page import VIS_DIR
from web.auth import errors as auth_errors
from web.auth.guard import Auth, authorize
from web.auth.rules import PUBLIC, VIEWER, require
from web.i18n import LANGS, text
from web.middleware.download_audit import AuditDownloads
from web.middleware.head_as_get import HeadAsGet
from web.middleware.language import RememberLang
from web.middleware.redaction import PrivacyFilter, RedactForViewers
from web.middleware.security_headers import SecurityHeaders
from web.rendering import render
from web.routes import areas, commission, docs, fragility, network, organisations, overview, people
from web.routes import audit as audit_routes
from web.routes import auth as auth_routes
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
            secret = server_secret(settings)
            app.state.auth = Auth(graph, secret)
            app.state.privacy = PrivacyFilter(graph, secret)
            yield
        finally:
            graph.driver.close()

    app = FastAPI(title="netwerkkaart", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(authorize)],
                  description="De sociale kaart van Rotterdam als netwerk: organisaties, mensen, "
                              "verbindingen en hun kwetsbaarheid. Every page's data as JSON.")
    for module in (overview, organisations, people, areas, network, fragility, commission, docs,
                   auth_routes, audit_routes):
        app.include_router(module.router)
    app.include_router(auth_routes.public)
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    # vis-network from the installed pyvis package (its lib/vis-9.1.2/), never a CDN or a copy.
    app.mount("/vendor/vis-network", StaticFiles(directory=VIS_DIR), name="vis-network")
    app.add_api_route("/vendor/plotly.min.js", _plotly, include_in_schema=False,
                      dependencies=[Depends(require(PUBLIC))])
    app.add_api_route("/openapi.json", lambda: app.openapi(), include_in_schema=False,
                      dependencies=[Depends(require(VIEWER))])
    app.add_exception_handler(NetwerkkaartError, _error)
    for lost in (ServiceUnavailable, SessionExpired):  # raised by the driver outside graph/'s wrapping
        app.add_exception_handler(lost, _database_lost)
    auth_errors.install(app)
    app.add_middleware(AuditDownloads)
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
