"""The `netwerkkaart serve` command is registered and documents its options."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Request
from typer.testing import CliRunner

from graph.runtime.server import free_port
from graph.settings import Settings
from netwerkkaart.cli.app import app
from netwerkkaart.cli.serve import proxy_options


def test_serve_help_lists_host_and_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    assert "--host" in result.output and "--port" in result.output and "Example:" in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2


def test_serve_believes_no_forwarded_headers_unless_a_proxy_is_configured(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETWERKKAART_FORWARDED_ALLOW_IPS", raising=False)
    assert proxy_options(Settings()) == {"proxy_headers": False}
    monkeypatch.setenv("NETWERKKAART_FORWARDED_ALLOW_IPS", "10.0.0.5")
    assert proxy_options(Settings()) == {"proxy_headers": True, "forwarded_allow_ips": "10.0.0.5"}


def test_a_local_client_cannot_choose_its_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real uvicorn with `serve`'s options: X-Forwarded-For from loopback changes nothing."""
    app = FastAPI()

    @app.get("/who")
    def who(request: Request) -> str:
        return request.client.host if request.client else ""

    monkeypatch.delenv("NETWERKKAART_FORWARDED_ALLOW_IPS", raising=False)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **proxy_options(Settings())))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        seen = httpx.get(f"http://127.0.0.1:{port}/who", headers={"X-Forwarded-For": "203.0.113.9"}).json()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert seen == "127.0.0.1"
