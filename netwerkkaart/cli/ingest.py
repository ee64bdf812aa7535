"""`netwerkkaart ingest PATH…`: validate spreadsheets and write them all at once (or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graph.catalogue import known
from graph.errors import InvalidInputError
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import checked_lang, plural, say
from netwerkkaart.cli.output import print_json, stderr

if TYPE_CHECKING:
    from rich.progress import Progress

    from ingest.pipeline import IngestResult

# Below this many rows a stage is quick enough that a bar is only noise.
BAR_FROM_ROWS = 5_000
SHOWN_ERRORS = 200


class _Bars:
    """A rich progress bar per stage, on stderr, shown only for large inputs."""

    def __init__(self) -> None:
        self.progress: Progress | None = None
        self.tasks: dict[str, int] = {}

    def __call__(self, stage: str, advance: int, total: int) -> None:
        if total < BAR_FROM_ROWS:
            return
        if self.progress is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description:>22}", markup=False), BarColumn(),
                                     MofNCompleteColumn(), TimeElapsedColumn(), console=stderr.console,
                                     transient=True)
            self.progress.start()
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.advance(self.tasks[stage], advance)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(
        help="An .xlsx workbook, .csv files or folders of them (template, Kumu or HSDS), an HSDS .zip or"
             " datapackage.json.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate and count; write nothing.")]
    = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")] = False,
    lang: Annotated[str | None, typer.Option("--lang", envvar="NETWERKKAART_LANG",
                                             help="Language of the messages: nl (default) or en.")] = None,
) -> None:
    """Ingest partnership records (the template's sheets); nothing is written if any row is wrong.

    Example: netwerkkaart ingest partners.xlsx --dry-run
    """
    from ingest.pipeline import ingest

    lang = checked_lang(lang)
    bars = _Bars()
    try:
        with open_graph() as graph:
            result = ingest(graph, paths, dry_run=dry_run, progress=bars, lang=lang)
    finally:
        bars.close()
    if as_json:
        print_json(result.as_json())
    else:
        _print_human(result)
    if not result.ok:
        raise InvalidInputError(say("problems", count=result.problems.total_errors))


def _print_human(result: IngestResult) -> None:
    for warning in result.problems.warnings:
        stderr.print(say("cli_warning", message=warning), markup=False, highlight=False, soft_wrap=True)
    for error in result.problems.errors[:SHOWN_ERRORS]:
        stderr.print(str(error), markup=False, highlight=False, soft_wrap=True)
    for more in result.problems.more_like_this():
        stderr.print(str(more), markup=False, highlight=False, soft_wrap=True)
    total = result.problems.total_errors
    if total > SHOWN_ERRORS:
        stderr.print(say("cli_more_errors", count=total - SHOWN_ERRORS), markup=False)
    if not result.ok:
        return
    verb = say("cli_dry_run") if result.dry_run else say("cli_ingested", run_id=result.run_id)
    stderr.print(say("cli_ingest_rows", verb=verb, rows=plural("n_rows", result.rows)), markup=False)
    for entity, counts in result.counts.items():
        name = say(f"run_entity_{entity}") if known(f"run_entity_{entity}") else entity
        stderr.print("  " + say("cli_ingest_counts", entity=f"{name:>13}", created=counts["created"],
                                updated=counts["updated"], unchanged=counts["unchanged"]), markup=False)
