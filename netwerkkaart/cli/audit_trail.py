"""Log the CLI's writes and exports (ingest, export, restore, demo) in the audit log.

The commands are wrapped where they are registered, so the modules that define them stay
unaware of the audit log; the wrapper records one event after a command that succeeded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer

from graph import audit
from graph.connection import connect
from graph.settings import Settings

AUDITED = {"ingest": "ingest", "export": "export", "restore": "restore", "demo": "demo"}


def audited(action: str, command: Callable[..., Any]) -> Callable[..., Any]:
    """Return `command` wrapped to record an audit event `action` (typer sees the same signature)."""

    if getattr(command, "audited_as", None):
        return command  # main() may register twice in one process (tests)

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("dry_run"):
            return command(*args, **kwargs)  # writes nothing, so nothing to attribute
        # A refused command is not logged: bad input must leave the database exactly as it was,
        # audit log included. The error went to the user; nothing was written to attribute.
        result = command(*args, **kwargs)
        log(action, kwargs, "ok")
        return result

    wrapper.audited_as = action  # type: ignore[attr-defined]
    return wrapper


def log(action: str, kwargs: dict[str, Any], outcome: str) -> None:
    """Record one CLI audit event naming the command's files or format, and its outcome."""
    named: list[str] = []
    for key in ("paths", "out", "backup"):
        value = kwargs.get(key)
        named += [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []
    target = ", ".join(named)
    detail = " ".join(f"{k}={v}" for k, v in kwargs.items() if k in ("fmt", "scale", "seed"))
    with connect(Settings()) as graph:
        audit.record(graph, actor=audit.cli_actor(), action=action, target=target[:300],
                     detail=f"{outcome} {detail}".strip())


def register(app: typer.Typer) -> None:
    """Wrap the already registered commands that write or export (call after they are added)."""
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        if name in AUDITED and info.callback is not None:
            info.callback = audited(AUDITED[name], info.callback)
