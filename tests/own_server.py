"""A managed Neo4j of a test module's own, in its own data directory: one its tests may stop or kill."""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.runtime.jars import ensure_jars
from graph.runtime.java import find_java
from graph.runtime.server import ManagedServer, free_port
from graph.settings import Settings

# What `set-initial-password` leaves in a data directory before its server's first start.
_PASSWORD_FILES = (Path("password"), Path("neo4j") / "data" / "dbms" / "auth.ini")


def own_settings(data_dir: Path, **extra: object) -> Settings:
    """Settings for a second managed server in `data_dir`, ignoring the suite's environment."""
    values: dict[str, object] = {"NETWERKKAART_DATA_DIR": data_dir,
                                 "NETWERKKAART_BOLT_PORT": free_port()}
    values.update(extra)
    return Settings(**values)


def discard(server: ManagedServer) -> None:
    """Stop a test's server for good: SIGKILL, since its data is thrown away.

    A graceful stop checkpoints the store first, about 10 s per server at the end of every worker.
    """
    server.kill()


@contextmanager
def running_server(data_dir: Path, **extra: object) -> Iterator[ManagedServer]:
    """Yield a started managed server in `data_dir` (settings as `own_settings`); discard it after."""
    server = ManagedServer(own_settings(data_dir, **extra))
    server.start()
    try:
        yield server
    finally:
        discard(server)


def with_shared_password(data_dir: Path, template: Path) -> Path:
    """Give the never-started server in `data_dir` the initial password made once in `template`;
    return `data_dir`.

    Setting a new server's password runs neo4j-admin, a JVM of its own (about 3 s of CPU and 7 s
    of waiting per server on the shared two-core machine). The suite's servers live on loopback and
    are thrown away, so they share one password, made once per run; tests/graph/test_server.py
    checks a server's own generated password on a server that makes its own.
    """
    template.mkdir(parents=True, exist_ok=True)
    with open(template / ".lock", "w") as lock:  # the workers of one run share the template
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not all((template / name).exists() for name in _PASSWORD_FILES):
            maker = ManagedServer(own_settings(template))
            maker._write_conf(free_port())  # neo4j-admin finds the data directory in the config
            java = find_java(maker.settings.java).executable
            maker._ensure_password(java, ensure_jars(maker.settings.cache_dir.expanduser(),
                                                     maker.settings.maven))
    for name in _PASSWORD_FILES:
        (data_dir / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template / name, data_dir / name)
    return data_dir
