"""The `netwerkkaart` command: a thin layer that parses input, calls the packages, prints output.

Every command group is registered here, explicitly. The command modules import their heavy
libraries (the Neo4j driver, pandas, networkx, …) inside the commands, so `--help` stays quick.
"""

from __future__ import annotations

import sys

import typer

from graph.errors import NetwerkkaartError
from netwerkkaart.cli import analysis, commission, db, demo, export, ingest, person, runs, serve, users
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
    becomes one `Error:` line with its own exit code.
    """
    try:
        app(args=argv, prog_name="netwerkkaart")
    except NetwerkkaartError as exc:
        print_error(str(exc))
        sys.exit(exc.exit_code)
