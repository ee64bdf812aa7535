"""The class-data-sharing archive: made by a cleanly stopped server, used by every start after it."""

from __future__ import annotations

from pathlib import Path

from graph.runtime.class_archive import archive_path, settle, start_flags
from graph.runtime.server import ManagedServer


def test_without_an_archive_the_server_is_asked_to_write_one_under_a_name_of_its_own(tmp_path: Path) -> None:
    flags, first = start_flags(tmp_path, "/usr/bin/java")
    _, second = start_flags(tmp_path, "/usr/bin/java")
    assert flags[0] == f"-XX:ArchiveClassesAtExit={first['archive_pending']}"
    assert first["archive"] == str(archive_path(tmp_path, "/usr/bin/java"))
    assert first["archive_pending"] != second["archive_pending"]


def test_a_clean_stop_moves_the_written_archive_into_place_and_later_starts_use_it(tmp_path: Path) -> None:
    _, recorded = start_flags(tmp_path, "/usr/bin/java")
    Path(recorded["archive_pending"]).write_bytes(b"classes")
    settle(recorded, exited_cleanly=True)
    assert Path(recorded["archive"]).read_bytes() == b"classes"
    assert not Path(recorded["archive_pending"]).exists()
    assert start_flags(tmp_path, "/usr/bin/java") == ([f"-XX:SharedArchiveFile={recorded['archive']}"], {})


def test_a_killed_or_timed_out_server_leaves_no_archive(tmp_path: Path) -> None:
    _, recorded = start_flags(tmp_path, "/usr/bin/java")
    Path(recorded["archive_pending"]).write_bytes(b"half written")
    settle(recorded, exited_cleanly=False)
    assert not Path(recorded["archive"]).exists() and not Path(recorded["archive_pending"]).exists()


def test_another_java_gets_an_archive_of_its_own(tmp_path: Path) -> None:
    other = tmp_path / "java"
    other.write_text("#!/bin/sh\n")
    assert archive_path(tmp_path, "/usr/bin/java") != archive_path(tmp_path, str(other))


def test_the_suites_server_runs_with_the_archive(server: ManagedServer) -> None:
    cmdline = Path(f"/proc/{server.state().pid}/cmdline").read_bytes().split(b"\0")
    assert any(flag.startswith((b"-XX:SharedArchiveFile=", b"-XX:ArchiveClassesAtExit=")) for flag in cmdline)
