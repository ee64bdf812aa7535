"""The server secret that signs sessions and keys pseudonyms: from the environment or one file."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from graph.errors import RuntimeSetupError
from graph.settings import Settings

SECRET_FILE = "secret"
MIN_SECRET_CHARS = 32


def secret_path(settings: Settings) -> Path:
    """Return where the generated secret lives: `<data dir>/secret`."""
    return settings.data_dir.expanduser().resolve() / SECRET_FILE


def server_secret(settings: Settings) -> bytes:
    """Return the server secret: NETWERKKAART_SECRET_KEY, else the data dir's file (made once, 0600)."""
    if settings.secret_key is not None:
        value = settings.secret_key.get_secret_value()
        if len(value) < MIN_SECRET_CHARS:
            raise RuntimeSetupError.say("err_secret_short", min=MIN_SECRET_CHARS)
        return value.encode()
    return _file_secret(secret_path(settings))


def _file_secret(path: Path) -> bytes:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two processes starting at once must not each write a different secret.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    except OSError as exc:
        raise RuntimeSetupError.say("err_secret_cannot_create", path=path, reason=exc.strerror) from exc
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)  # readable by others would let them forge sessions
    value = path.read_text().strip()
    if len(value) < MIN_SECRET_CHARS:
        raise RuntimeSetupError.say("err_secret_too_short_file", path=path)
    return value.encode()
