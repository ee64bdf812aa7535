"""A class-data-sharing archive of Neo4j's classes, so that a server starts in about two thirds of
the time and CPU (measured on two cores: 5-6 s of CPU instead of 8, 6 s to ready instead of 9).

The JVM writes the archive only when it exits normally (`-XX:ArchiveClassesAtExit`), so the first
server without one records where its archive will appear, and a graceful `stop` moves a completed
archive into place; a killed server leaves nothing. An archive that does not fit the JVM (another
Java build) is ignored by the JVM itself, which then loads the classes as usual.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path


def archive_path(home: Path, java: str) -> Path:
    """Return where the archive for this Neo4j home and this java executable lives."""
    real = Path(java).resolve()
    try:
        stamp = f"{real}:{real.stat().st_size}:{real.stat().st_mtime_ns}"
    except OSError:
        stamp = str(real)
    key = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    return home / "class-archive" / f"{key}.jsa"


def start_flags(home: Path, java: str) -> tuple[list[str], dict[str, str]]:
    """Return (JVM flags, what `settle` needs after a stop): use the archive, or have this run make one."""
    final = archive_path(home, java)
    if final.exists():
        return [f"-XX:SharedArchiveFile={final}"], {}
    final.parent.mkdir(parents=True, exist_ok=True)
    # One name per server: servers started side by side each write their own, the last one wins.
    pending = final.with_name(f"{final.stem}.{secrets.token_hex(4)}.pending")
    # -Xlog:cds=off: the dump lists every class it skips (signed jars, old class files) as a warning.
    recorded = {"archive_pending": str(pending), "archive": str(final)}
    return [f"-XX:ArchiveClassesAtExit={pending}", "-Xlog:cds=off"], recorded


def settle(recorded: dict, exited_cleanly: bool) -> None:
    """Move the archive a cleanly stopped server wrote into place; drop anything else it left."""
    pending = recorded.get("archive_pending")
    if not pending:
        return
    path = Path(pending)
    if exited_cleanly and path.exists() and path.stat().st_size > 0:
        os.replace(path, recorded["archive"])
    else:
        path.unlink(missing_ok=True)
