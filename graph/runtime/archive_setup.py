"""Make the class-data-sharing archive (graph/runtime/class_archive.py) once, at set-up time.

A server writes the archive only when it stops gracefully, and the test suite discards its servers
with SIGKILL: without this, a fresh machine would start every server of its first runs slowly.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from graph.runtime.class_archive import archive_path
from graph.runtime.jars import ensure_jars
from graph.runtime.java import find_java
from graph.runtime.server import ManagedServer, free_port
from graph.settings import Settings


def ensure_class_archive(settings: Settings) -> Path:
    """Return the archive's path, first starting and stopping a throwaway server when it is missing."""
    home = ensure_jars(settings.cache_dir.expanduser(), settings.maven)
    java = find_java(settings.java).executable
    archive = archive_path(home, java)
    if not archive.exists():
        with tempfile.TemporaryDirectory(prefix="netwerkkaart-archive-") as folder:
            server = ManagedServer(Settings(NETWERKKAART_DATA_DIR=Path(folder),
                                            NETWERKKAART_BOLT_PORT=free_port(),
                                            NETWERKKAART_NEO4J_HEAP="512m",
                                            NETWERKKAART_JAVA=settings.java,
                                            NETWERKKAART_CACHE_DIR=settings.cache_dir))
            server.start()
            server.stop()
    return archive
