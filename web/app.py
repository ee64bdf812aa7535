"""The FastAPI app factory: one Neo4j driver per app (opened in the lifespan), routers, errors, assets."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import plotly
from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from graph.driver import open_graph
from graph.schema import ensure_schema
from graph.secrets_store import server_secret
from graph.settings import Settings
from netwerkkaart.figures.network_page import VIS_DIR
from web import errors
from web.auth import errors as auth_errors
from web.auth.guard import Auth, authorize
from web.auth.rules import PUBLIC, VIEWER, require
from web.background import StillComputing
from web.documents.warm_up import warm_up_steps
from web.middleware.download_audit import AuditDownloads
from web.middleware.head_as_get import HeadAsGet
from web.middleware.language import RememberLang
from web.middleware.page_waits import PageWaits
from web.middleware.redaction import PrivacyFilter, RedactForViewers
from web.middleware.security_headers import SecurityHeaders
from web.routes import (
    areas,
    commission,
    computing,
    departures,
    directory,
    docs,
    fragility,
    network,
    organisations,
    overview,
    people,
    refer,
    uitleg,
)
from web.routes import audit as audit_routes
from web.routes import auth as auth_routes
from web.routes import edit as edit_routes
from web.routes import freshness as freshness_routes
from web.routes import runs as runs_routes
from web.routes import trends as trend_routes
from web.store import AnalysisStore

_STATIC = Path(__file__).parent / "static"
# Swagger UI 5 (which reads the OpenAPI 3.1 FastAPI writes) as the swagger-ui-py package ships it.
_SWAGGER = Path(importlib.util.find_spec("swagger_ui").origin).parent / "static"
_PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def create_app(settings: Settings | None = None) -> FastAPI:
    """Return the netwerkkaart web app; the database is opened when the app starts, not here."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        graph = open_graph(settings)
        try:
            ensure_schema(graph)
            app.state.graph = graph
            app.state.store = AnalysisStore(graph, warm_steps=warm_up_steps if settings.warm_up else None)
            app.state.store.warm(dt.date.today())
            secret = server_secret(settings)
            app.state.auth = Auth(graph, secret)
            app.state.privacy = PrivacyFilter(graph, secret)
            yield
        finally:
            if hasattr(app.state, "store"):
                app.state.store.background.close()
            graph.driver.close()

    app = FastAPI(title="netwerkkaart", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(authorize)],
                  description="De sociale kaart van Rotterdam als netwerk: organisaties, mensen, "
                              "verbindingen en hun kwetsbaarheid. Every page's data as JSON.")
    for module in (overview, directory, organisations, people, areas, network, fragility, commission, refer,
                   docs, auth_routes, audit_routes, computing, trend_routes, runs_routes, freshness_routes,
                   departures, uitleg):
        app.include_router(module.router)
    app.include_router(edit_routes.router)  # task `edit`: editing records in the browser
    app.include_router(auth_routes.public)
    app.mount("/static/swagger", StaticFiles(directory=_SWAGGER), name="swagger")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    # vis-network from the installed pyvis package (its lib/vis-9.1.2/), never a CDN or a copy.
    app.mount("/vendor/vis-network", StaticFiles(directory=VIS_DIR), name="vis-network")
    app.add_api_route("/vendor/plotly.min.js", _plotly, include_in_schema=False,
                      dependencies=[Depends(require(PUBLIC))])
    app.add_api_route("/openapi.json", lambda: app.openapi(), include_in_schema=False,
                      dependencies=[Depends(require(VIEWER))])
    errors.install(app)
    auth_errors.install(app)
    app.add_exception_handler(StillComputing, computing.still_computing)
    app.add_middleware(AuditDownloads)
    app.add_middleware(RememberLang)
    app.add_middleware(PageWaits, seconds=settings.page_wait)
    app.add_middleware(RedactForViewers)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app


def _plotly() -> FileResponse:
    """Serve plotly.js from the installed plotly package (no CDN)."""
    return FileResponse(_PLOTLY_JS, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})
