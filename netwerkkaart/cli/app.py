"""The `netwerkkaart` command: a thin layer that parses input, calls the packages, prints output.

Every command group is registered here, explicitly. The command modules import their heavy
libraries (the Neo4j driver, pandas, networkx, …) inside the commands, so `--help` stays quick.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from graph.errors import NetwerkkaartError
from netwerkkaart.cli import analysis, commission, db, demo, export, ingest, person, runs, serve, users
from netwerkkaart.cli.language import checked_lang, choose, cli_lang, install_click_messages, split_lang
from netwerkkaart.cli.output import print_error

app = typer.Typer(
    name="netwerkkaart",
    help="A graph-based map of Rotterdam's support network for newcomers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help and usage errors: one `Error: …` line, and no rich formatting to import.
    rich_markup_mode=None,
)


@app.callback()
def _options(lang: Annotated[str | None, typer.Option(
        "--lang", envvar="NETWERKKAART_LANG", help="Language of the messages: nl (default) or en.")] = None,
) -> None:
    # main() moves `--lang` to the front of the line and chooses the language before click parses
    # anything (its usage errors come before this runs); choosing again here serves callers that
    # invoke `app` directly (typer's CliRunner), and a run without --lang forgets an earlier choice.
    choose(checked_lang(lang) if lang is not None else None)


app.add_typer(db.app, name="db")
app.command("demo")(demo.demo)
app.command("ingest")(ingest.ingest_command)
app.command("template")(export.template)
app.command("export")(export.export)
app.command("restore")(export.restore)
app.command("analyse")(analysis.analyse)
app.command("fragility")(analysis.fragility)
app.command("serve")(serve.serve)
app.command("refer")(commission.refer)
app.command("supply-demand")(commission.supply_demand)
app.command("inventory")(commission.inventory)
app.command("report")(commission.report)
app.command("connecting")(commission.connecting)
app.add_typer(users.app, name="user")
app.add_typer(person.app, name="person")
app.add_typer(runs.app, name="runs")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI and exit: 0 success, 2 invalid input, 1 anything else.

    Click itself handles usage errors (exit 2), `typer.Exit` and aborts; a netwerkkaart error
    becomes one `Fout:` (`Error:`) line with its own exit code. The language (`--lang`, else
    NETWERKKAART_LANG, else Dutch) is chosen before click parses anything, so that its usage errors
    are in that language too.
    """
    lang, args = split_lang(sys.argv[1:] if argv is None else argv)
    choose(None)
    install_click_messages()
    try:
        if lang is not None:
            choose(checked_lang(lang))
            args = ["--lang", lang, *args]  # as the global option, wherever it was on the line
        app(args=args, prog_name="netwerkkaart")
    except NetwerkkaartError as exc:
        print_error(exc.text(cli_lang()))
        sys.exit(exc.exit_code)
    finally:
        choose(None)  # the run's language ends with the run (tests run many in one process)
