"""The server secret: from NETWERKKAART_SECRET_KEY, else generated once into the data dir (0600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from graph.errors import RuntimeSetupError
from graph.secrets_store import secret_path, server_secret
from graph.settings import Settings


def settings_in(data_dir: Path, **extra: object) -> Settings:
    return Settings(NETWERKKAART_DATA_DIR=data_dir, **extra)


def test_the_secret_is_generated_once_and_readable_by_the_owner_only(tmp_path: Path) -> None:
    settings = settings_in(tmp_path / "data")
    first = server_secret(settings)
    assert len(first) >= 64 and server_secret(settings) == first
    assert stat.S_IMODE(os.stat(secret_path(settings)).st_mode) == 0o600
    assert server_secret(settings_in(tmp_path / "other")) != first


def test_a_secret_file_others_can_read_is_tightened(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    server_secret(settings)
    secret_path(settings).chmod(0o644)
    server_secret(settings)
    assert stat.S_IMODE(os.stat(secret_path(settings)).st_mode) == 0o600


def test_the_environment_wins_over_the_file(tmp_path: Path) -> None:
    key = "k" * 40
    assert server_secret(settings_in(tmp_path, NETWERKKAART_SECRET_KEY=key)) == key.encode()
    assert not secret_path(settings_in(tmp_path)).exists()


def test_a_short_secret_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuntimeSetupError, match="korter dan 32 tekens"):
        server_secret(settings_in(tmp_path, NETWERKKAART_SECRET_KEY="short"))
    settings = settings_in(tmp_path)
    secret_path(settings).write_text("\n")
    with pytest.raises(RuntimeSetupError, match="leeg of te kort"):
        server_secret(settings)
