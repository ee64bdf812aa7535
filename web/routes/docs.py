"""`/docs`: Swagger UI from locally served files (FastAPI's default loads it from a CDN)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse

from web.auth.rules import VIEWER, require

router = APIRouter(include_in_schema=False, dependencies=[Depends(require(VIEWER))])


@router.get("/docs")
def swagger_docs() -> HTMLResponse:
    """Return the Swagger UI page for /openapi.json, with its assets under /static/swagger."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="netwerkkaart API",
        swagger_js_url="/static/swagger/swagger-ui-bundle.js",
        swagger_css_url="/static/swagger/swagger-ui.css",
        swagger_favicon_url="/static/swagger/favicon-32x32.png",
    )
