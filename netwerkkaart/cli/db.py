"""`netwerkkaart db start|stop|status`: the managed local Neo4j."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from netwerkkaart.cli.language import plural, say
from netwerkkaart.cli.output import print_json, stderr

if TYPE_CHECKING:
    from graph.settings import Settings

app = typer.Typer(help="Start, stop and inspect the database.", no_args_is_help=True)
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


@app.command()
def start() -> None:
    """Start the managed local Neo4j and wait until it answers.

    Example: netwerkkaart db start
    """
    from graph.connection import connect
    from graph.runtime.server import ManagedServer
    from graph.settings import Settings

    settings = Settings()
    if not settings.managed:
        stderr.print(say("cli_db_external", uri=settings.neo4j_uri))
        return
    state = ManagedServer(settings).start()
    with connect(settings):
        pass
    stderr.print(say("cli_db_runs", version=state.version, uri=state.uri, data_dir=state.data_dir))


@app.command()
def stop() -> None:
    """Stop the managed local Neo4j cleanly.

    Example: netwerkkaart db stop
    """
    from graph.runtime.server import ManagedServer
    from graph.settings import Settings

    settings = Settings()
    if not settings.managed:
        stderr.print(say("cli_db_external_stop"))
        return
    was_running = ManagedServer(settings).stop()
    stderr.print(say("cli_db_stopped" if was_running else "cli_db_not_running"))


@app.command()
def status(as_json: JsonFlag = False) -> None:
    """Say whether the database runs, with its version, URI, data directory and counts.

    Example: netwerkkaart db status --json
    """
    from graph.settings import Settings
    document = status_document(Settings())
    if as_json:
        print_json(document)
        return
    state = say("cli_db_state_running" if document["running"] else "cli_db_state_stopped")
    stderr.print(say("cli_db_status", version=document["version"], state=state, uri=document["uri"]))
    stderr.print(say("cli_db_data_dir", path=document["data_dir"]))
    if document["running"]:
        stderr.print(f"{plural('n_nodes', document['nodes'])}, "
                     f"{plural('n_relationships', document['relationships'])}")
        for label, count in document["labels"].items():
            stderr.print(f"  {label}: {count}")


def status_document(settings: Settings) -> dict[str, Any]:
    """Return the `db status --json` document (DESIGN.md shape); counts only when running."""
    from graph.runtime.server import ManagedServer

    doc: dict[str, Any] = {"running": False, "uri": settings.neo4j_uri or "", "version": "",
                           "data_dir": str(settings.data_dir), "nodes": 0, "relationships": 0,
                           "labels": {}}
    if settings.managed:
        state = ManagedServer(settings).state()
        doc.update(uri=state.uri or "", version=state.version, running=state.running)
        if not state.running:
            return doc  # without importing the Neo4j driver: `db status` on a stopped server is quick
    from graph.connection import connect
    from graph.stats import graph_counts, server_version

    with connect(settings, apply_schema=False) as graph:
        counts = graph_counts(graph)
        doc.update(running=True, version=server_version(graph), nodes=counts.nodes,
                   relationships=counts.relationships, labels=counts.labels)
    return doc
