"""The `netwerkkaart` command: a thin layer that parses input, calls the packages, prints output."""

from __future__ import annotations

import sys

import typer

from graph.errors import NetwerkkaartError
from netwerkkaart.cli import db, demo
from netwerkkaart.cli.output import print_error

app = typer.Typer(
    name="netwerkkaart",
    help="A graph-based map of Rotterdam's support network for newcomers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.command("demo")(demo.demo)


def _register_optional() -> None:
    """Add the command groups of the other packages (each module registers itself)."""
    from netwerkkaart.cli import registry

    registry.register_all(app)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; translate netwerkkaart errors into one `Error:` line and an exit code."""
    _register_optional()
    try:
        # Without standalone mode a command's `typer.Exit(code)` comes back as the return value.
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except NetwerkkaartError as exc:
        print_error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print_error("aborted")
        sys.exit(1)
    except typer.TyperException as exc:
        # Usage errors (bad option, unknown command): typer's own message, exit code 2.
        exc.show()  # type: ignore[attr-defined]
        sys.exit(2)
