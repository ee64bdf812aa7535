"""`netwerkkaart user add|list|remove|disable|enable|password|token`: who may use the web app and API.

Whoever can run this command can read the database's password file, so the command line is the
trust boundary: the first admin is made here, never by a default password.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import plural, say
from netwerkkaart.cli.output import print_json, stderr

app = typer.Typer(help="Manage users and API tokens.", no_args_is_help=True)
token_app = typer.Typer(help="Create, list and revoke API tokens.", no_args_is_help=True)
app.add_typer(token_app, name="token")
PasswordFile = Annotated[Path | None, typer.Option(
    "--password-file", help="Read the password from this file's first line (else stdin or a prompt).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def role_name(role: str) -> str:
    """Return a role's display name in the CLI's language (viewer → kijker), the code when it has none."""
    from graph.catalogue import known

    return say(f"role_{role}") if known(f"role_{role}") else role


def read_password(password_file: Path | None) -> str:
    """Return the new password from --password-file, piped stdin, or a prompt (never echoed)."""
    if password_file is not None:
        try:
            return password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise InvalidInputError(say("cli_password_unreadable", path=password_file)) from exc
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(say("cli_password_prompt"))
    if getpass.getpass(say("cli_password_again")) != first:
        raise InvalidInputError(say("cli_passwords_differ"))
    return first


@app.command("add")
def add(username: Annotated[str, typer.Argument(help="Lowercase login name.")],
        role: Annotated[str, typer.Option("--role", help="viewer, coordinator or admin.")] = "viewer",
        password_file: PasswordFile = None) -> None:
    """Add a user; the password comes from --password-file, stdin or a prompt.

    Example: netwerkkaart user add anna --role admin
    """
    from graph import audit, users

    users.check_username(username)
    users.check_role(role)
    password = users.check_password(read_password(password_file))
    with open_graph() as graph:
        user = users.add_user(graph, username=username, role=role, password=password)
        audit.record(graph, actor=audit.cli_actor(), action="user_add", target=username, detail=role)
    stderr.print(say("cli_user_added", user=user.username, role=role_name(user.role)), markup=False)


@app.command("list")
def list_command(as_json: JsonFlag = False) -> None:
    """List users with their role, state and API tokens (never hashes).

    Example: netwerkkaart user list --json
    """
    from graph import users

    with open_graph() as graph:
        found = users.list_users(graph)
    if as_json:
        print_json({"users": [{"username": u.username, "role": u.role, "created_at": u.created_at,
                               "disabled": u.disabled, "tokens": u.tokens} for u in found]})
        return
    for u in found:
        state = say("cli_user_disabled_mark") if u.disabled else ""
        live = sum(1 for t in u.tokens if not t.get("revoked_at"))
        stderr.print(f"{u.username:<24} {role_name(u.role):<12} {plural('n_tokens', live)}{state}",
                     markup=False)


@app.command("remove")
def remove(username: Annotated[str, typer.Argument(help="The user to remove.")]) -> None:
    """Remove a user and their API tokens.

    Example: netwerkkaart user remove anna
    """
    from graph import audit, users

    with open_graph() as graph:
        tokens = users.remove_user(graph, username)
        audit.record(graph, actor=audit.cli_actor(), action="user_remove", target=username)
    stderr.print(say("cli_user_removed", user=username, tokens=plural("n_tokens", tokens)), markup=False)


@app.command("disable")
def disable(username: Annotated[str, typer.Argument(help="The user to disable.")],
            enable: Annotated[bool, typer.Option("--enable", help="Enable the user again.")] = False,
            ) -> None:
    """Disable a user (no login, tokens stop working), or enable again with --enable.

    Example: netwerkkaart user disable anna
    """
    from graph import audit, users

    with open_graph() as graph:
        users.set_disabled(graph, username, disabled=not enable)
        audit.record(graph, actor=audit.cli_actor(), action="user_enable" if enable else "user_disable",
                     target=username)
    stderr.print(say("cli_user_enabled" if enable else "cli_user_disabled", user=username), markup=False)


@app.command("password")
def password(username: Annotated[str, typer.Argument(help="Whose password to set.")],
             password_file: PasswordFile = None) -> None:
    """Set a user's password (from --password-file, stdin or a prompt).

    Example: netwerkkaart user password anna
    """
    from graph import audit, users

    new = users.check_password(read_password(password_file))
    with open_graph() as graph:
        users.set_password(graph, username, new)
        audit.record(graph, actor=audit.cli_actor(), action="user_password", target=username)
    stderr.print(say("cli_password_set", user=username), markup=False)


@token_app.command("create")
def token_create(username: Annotated[str, typer.Argument(help="Who the token acts as.")],
                 label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "",
                 ) -> None:
    """Create an API token and print it once on stdout (only its hash is stored).

    Example: netwerkkaart user token create anna --label zorgzaam010
    """
    from graph import audit, users

    with open_graph() as graph:
        token_id, token = users.create_token(graph, username=username, label=label)
        audit.record(graph, actor=audit.cli_actor(), action="token_create", target=username,
                     detail=token_id)
    sys.stdout.write(token + "\n")
    stderr.print(say("cli_token_created", id=token_id, user=username), markup=False)


@token_app.command("revoke")
def token_revoke(token_id: Annotated[str, typer.Argument(help="The token's id (tok-…).")]) -> None:
    """Revoke an API token by its id.

    Example: netwerkkaart user token revoke tok-1a2b3c4d5e6f
    """
    from graph import audit, users

    with open_graph() as graph:
        holder = users.revoke_token(graph, token_id)
        audit.record(graph, actor=audit.cli_actor(), action="token_revoke", target=holder,
                     detail=token_id)
    stderr.print(say("cli_token_revoked", id=token_id, user=holder), markup=False)
