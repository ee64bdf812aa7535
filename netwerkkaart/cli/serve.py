"""`netwerkkaart serve`: the web app (pages, JSON API, network view) on a local address."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from netwerkkaart.cli.language import say
from netwerkkaart.cli.output import stderr

if TYPE_CHECKING:
    from graph.settings import Settings


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 = this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app: overview, network view, fragility, map, and the JSON API (/docs).

    Example: netwerkkaart serve --port 8080
    """
    import uvicorn

    from graph.settings import Settings
    from web.app import create_app

    settings = Settings()
    stderr.print(say("cli_serving", host=host, port=str(port)))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", **proxy_options(settings))


def proxy_options(settings: Settings) -> dict[str, Any]:
    """Return uvicorn's proxy-header options: trusted only from NETWERKKAART_FORWARDED_ALLOW_IPS."""
    # uvicorn's own default believes X-Forwarded-For from 127.0.0.1: any local client could then
    # claim any address.
    if not settings.forwarded_allow_ips:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": settings.forwarded_allow_ips}
