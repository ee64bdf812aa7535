"""The web app as the load benchmarks see it: uvicorn in a child process, one worker, on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx


def start_app(port: int) -> subprocess.Popen[bytes]:
    """Start the app on 127.0.0.1:`port` with this process's environment; return the child process."""
    command = [sys.executable, "-m", "uvicorn", "--factory", "web.app:create_app", "--host", "127.0.0.1",
               "--port", str(port), "--log-level", "warning", "--timeout-keep-alive", "60"]
    return subprocess.Popen(command, env=os.environ.copy())


def wait_until_serving(url: str, server: subprocess.Popen[bytes]) -> None:
    """Return once the login page answers 200; exit if the server dies or takes over 5 minutes."""
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit("the web server exited during start-up")
        try:
            if httpx.get(f"{url}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the web server did not start within 5 minutes")
