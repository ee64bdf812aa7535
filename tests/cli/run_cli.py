"""Run the real `netwerkkaart` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def netwerkkaart(*args: str, env: dict[str, str] | None = None,
                 timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Return the finished `netwerkkaart ARGS…` process (stdout, stderr, returncode)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from netwerkkaart.cli.app import main; main()", *args],
        capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=timeout, check=False)
