"""A managed Neo4j of a test module's own, in its own data directory: one its tests may stop or kill."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.runtime.server import ManagedServer, free_port
from graph.settings import Settings


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
