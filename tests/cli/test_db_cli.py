"""`netwerkkaart demo` and `db start|stop|status` as a user runs them.

One smoke test starts the installed command in subprocesses with a server of its own; the others run
the command in this process.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.runtime.server import free_port
from tests.cli.run_cli import netwerkkaart, run_main


@pytest.mark.slow(seconds=100)
@pytest.mark.own_server
def test_demo_leaves_a_running_database_whose_counts_survive_stop_and_start(tmp_path: Path) -> None:
    env = {"NETWERKKAART_DATA_DIR": str(tmp_path / "data"),
           "NETWERKKAART_BOLT_PORT": str(free_port())}
    try:
        loaded = netwerkkaart("demo", "--seed", "2", env=env)
        assert loaded.returncode == 0, loaded.stderr
        assert "De demo 'demo' (startgetal 2) is geladen" in loaded.stderr
        first = json.loads(netwerkkaart("db", "status", "--json", env=env).stdout)
        assert first["running"] is True
        assert first["labels"]["Organisation"] == 300
        assert first["labels"]["Person"] == 2500
        assert first["data_dir"] == str(tmp_path / "data")
        assert first["version"].startswith("5.26")

        assert netwerkkaart("db", "stop", env=env).returncode == 0
        stopped = json.loads(netwerkkaart("db", "status", "--json", env=env).stdout)
        assert stopped["running"] is False

        assert netwerkkaart("db", "start", env=env).returncode == 0
        again = json.loads(netwerkkaart("db", "status", "--json", env=env).stdout)
        assert (again["nodes"], again["relationships"], again["labels"]) == \
            (first["nodes"], first["relationships"], first["labels"])
    finally:
        netwerkkaart("db", "stop", env=env)


def test_a_setup_error_is_one_error_line_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NETWERKKAART_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NETWERKKAART_JAVA", str(tmp_path / "missing-java"))
    code, _, err = run_main(["db", "start"], capsys)
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines[0].startswith("Fout: Geen Java gevonden: installeer OpenJDK 17")
    assert "Traceback" not in err


def test_an_unknown_scale_is_invalid_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(["demo", "--scale", "huge"], capsys)
    assert code == 2
    assert "onbekende schaal 'huge'" in err


def test_every_command_has_help_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["db", "start"], ["db", "stop"], ["db", "status"], ["demo"]):
        code, out, _ = run_main([*command, "--help"], capsys)
        assert code == 0
        assert "Example: netwerkkaart" in out, command
