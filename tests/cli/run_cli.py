"""Run the real `netwerkkaart` command: in a subprocess, as a user would, or in this process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netwerkkaart.cli.app import main

ROOT = Path(__file__).resolve().parents[2]


def netwerkkaart(*args: str, env: dict[str, str] | None = None,
                 timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Return the finished `netwerkkaart ARGS…` process (stdout, stderr, returncode)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from netwerkkaart.cli.app import main; main()", *args],
        capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=timeout, check=False)


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Return (exit code, stdout, stderr) of `netwerkkaart ARGV…` run in this process."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
        raise SystemExit(0)
    out = capsys.readouterr()
    return int(stop.value.code or 0), out.out, out.err
