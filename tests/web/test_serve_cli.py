"""The `netwerkkaart serve` command is registered and documents its options."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from netwerkkaart.cli.registry import register_all


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Root."""

    register_all(app)
    return app


def test_serve_help_lists_host_and_port() -> None:
    result = CliRunner().invoke(_app(), ["serve", "--help"])
    assert result.exit_code == 0, result.output
    assert "--host" in result.output and "--port" in result.output and "Example:" in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(_app(), ["serve", "--port", "70000"])
    assert result.exit_code == 2
