"""`netwerkkaart serve`: the web app (pages, JSON API, network view) on a local address."""

from __future__ import annotations

from typing import Annotated

import typer

from netwerkkaart.cli.output import stderr


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

    stderr.print(f"netwerkkaart on http://{host}:{port} (API docs at /docs); Ctrl+C stops it.")
    uvicorn.run(create_app(Settings()), host=host, port=port, log_level="warning")
