"""`netwerkkaart person export|erase ID`: a person's AVG/GDPR rights of access and erasure."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import say
from netwerkkaart.cli.output import print_json, stderr

app = typer.Typer(help="Export or erase everything held about one person.", no_args_is_help=True)


@app.command("export")
def export(person_id: Annotated[str, typer.Argument(help="The person's id.")]) -> None:
    """Print everything held about a person as one JSON document (the export is logged).

    Example: netwerkkaart person export p00042 > p00042.json
    """
    from graph import audit
    from graph.person_rights import export_person

    with open_graph() as graph:
        document = export_person(graph, person_id, actor=audit.cli_actor())
    print_json(document)


@app.command("erase")
def erase(person_id: Annotated[str, typer.Argument(help="The person's id.")],
          yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
          ) -> None:
    """Erase a person: anonymised in place (new id, no name or contact details), ties kept, logged.

    Example: netwerkkaart person erase p00042 --yes
    """
    from graph import audit
    from graph.person_rights import erase_person

    if not yes and not (sys.stdin.isatty() and typer.confirm(
            say("cli_erase_confirm", id=person_id), err=True)):
        raise InvalidInputError(say("cli_erase_not_confirmed", id=person_id))
    with open_graph() as graph:
        new_id = erase_person(graph, person_id, actor=audit.cli_actor())
    stderr.print(say("cli_erased", id=person_id, new_id=new_id), markup=False)
