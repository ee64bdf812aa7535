"""`netwerkkaart runs list|undo`: every change set as a run, and undoing one."""

from __future__ import annotations

from typing import Annotated

import typer

from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import checked_lang
from netwerkkaart.cli.output import print_json, stderr

app = typer.Typer(help="List the runs (change sets) and undo one.", no_args_is_help=True)
Lang = Annotated[str | None, typer.Option(
    "--lang", envvar="NETWERKKAART_LANG", help="Language of the text: nl (default) or en.")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


@app.command("list")
def list_command(as_json: JsonFlag = False, lang: Lang = None,
                 limit: Annotated[int, typer.Option(min=1, help="At most this many runs.")] = 500,
                 ) -> None:
    """List the runs, newest first: id, kind, when, who and what they created or changed.

    Example: netwerkkaart runs list --json
    """
    from analysis.i18n import text
    from netwerkkaart.documents.runs import as_json as runs_json
    from netwerkkaart.documents.runs import run_rows

    lang = checked_lang(lang)
    with open_graph() as graph:
        rows = run_rows(graph, lang, limit=limit)
    if as_json:
        print_json(runs_json(rows))
        return
    if not rows:
        stderr.print(text("runs_empty", lang))
        return
    header = [text(k, lang) for k in ("run_col_id", "run_col_kind", "run_col_at", "run_col_who",
                                      "run_col_state")]
    stderr.print(" | ".join(header))
    for row in rows:
        stderr.print(f"{row.run.id} | {row.kind} | {row.at} | {row.run.who} | {row.state}")
        stderr.print(f"    {row.what}")


@app.command("undo")
def undo_command(run_id: Annotated[str, typer.Argument(help="The run's id (see `runs list`).")],
                 as_json: JsonFlag = False, lang: Lang = None) -> None:
    """Restore the state before a run, as a new run (refused if later runs changed the same records).

    Example: netwerkkaart runs undo ingest-20250301T101500-1a2b3c4d
    """
    from analysis.i18n import text
    from graph.audit import cli_actor
    from graph.errors import NotFoundError
    from netwerkkaart.documents.runs import counts_text, undo, undone_message

    lang = checked_lang(lang)
    with open_graph() as graph:
        try:
            result = undo(graph, run_id, who=cli_actor(), lang=lang)
        except NotFoundError as exc:
            raise NotFoundError(f"{exc} {text('run_unknown_hint', lang)}") from exc
    if as_json:
        print_json({"id": result.id, "undid": result.undid, "counts": result.counts})
    stderr.print(undone_message(result, lang))
    stderr.print(f"    {counts_text(result.counts, lang)}")
