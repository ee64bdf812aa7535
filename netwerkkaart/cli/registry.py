"""Where each command module outside `db`/`demo` is added to the root CLI app."""

from __future__ import annotations

import typer


def register_all(app: typer.Typer) -> None:
    """Add every optional command module's commands to `app` (one line per module)."""
    # Modules add themselves here as they land, e.g.:
    #   from netwerkkaart.cli import ingest; ingest.register(app)
    from netwerkkaart.cli import ingest

    ingest.register(app)
    from netwerkkaart.cli import export

    export.register(app)
    from netwerkkaart.cli import analysis

    analysis.register(app)
    from netwerkkaart.cli import serve

    serve.register(app)
    from netwerkkaart.cli import commission

    commission.register(app)
    from netwerkkaart.cli import person, users

    users.register(app)
    person.register(app)
    from netwerkkaart.cli import audit_trail  # last: wraps the commands registered above

    audit_trail.register(app)
    return None
