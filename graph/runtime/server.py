"""The managed local Neo4j: a child process on loopback with its own data directory."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from graph.errors import RuntimeSetupError
from graph.runtime import class_archive
from graph.runtime.jars import ensure_jars, neo4j_version
from graph.runtime.java import find_java
from graph.settings import Settings

DEFAULT_BOLT_PORT = 7687
START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 60.0
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
]


@dataclass(frozen=True, slots=True)
class ServerState:
    """What the data directory says about its server: pid and port, and whether it runs."""

    running: bool
    pid: int | None
    port: int | None
    uri: str | None
    version: str
    data_dir: Path


class ManagedServer:
    """Start, stop and inspect the Neo4j that lives in one data directory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir.expanduser().resolve()
        self.root = self.data_dir / "neo4j"
        self.state_file = self.data_dir / "server.json"
        self.password_file = self.data_dir / "password"
        self.log_file = self.data_dir / "neo4j-console.log"

    # -- public API -------------------------------------------------------------------------
    def state(self) -> ServerState:
        """Return whether the server runs, with its pid, port and Bolt URI."""
        recorded = self._read_state()
        pid, port = recorded.get("pid"), recorded.get("port")
        running = bool(pid and port and self._is_our_process(pid) and _port_open(port))
        return ServerState(
            running=running,
            pid=pid if running else None,
            port=port,
            uri=f"bolt://127.0.0.1:{port}" if port else None,
            version=neo4j_version(),
            data_dir=self.data_dir,
        )

    def password(self) -> str:
        """Return the generated password of this server's `neo4j` user."""
        return self.password_file.read_text().strip()

    def start(self) -> ServerState:
        """Start the server unless it already runs; return its state once Bolt answers."""
        self._check_writable()
        with self._lock():
            current = self.state()
            if current.running:
                return current
            java = find_java(self.settings.java)
            home = ensure_jars(self.settings.cache_dir.expanduser(), self.settings.maven)
            port = self._choose_port()
            self._write_conf(port)
            self._ensure_password(java.executable, home)
            archive_flags, archive = class_archive.start_flags(home, java.executable)
            pid = self._spawn(java.executable, home, archive_flags)
            self._write_state({"pid": pid, "port": port, **archive})
            self._wait_ready(pid, port)
            return self.state()

    def stop(self) -> bool:
        """Stop the server (SIGTERM, wait, then SIGKILL); return True if it was running."""
        with self._lock():
            recorded = self._read_state()
            pid = recorded.get("pid")
            if not pid or not self._is_our_process(pid):
                self._write_state({"pid": None, "port": recorded.get("port")})
                return False
            os.kill(pid, signal.SIGTERM)
            clean = _wait_for_exit(pid, STOP_TIMEOUT_S)
            if not clean:
                os.kill(pid, signal.SIGKILL)
                _wait_for_exit(pid, 10.0)
            class_archive.settle(recorded, exited_cleanly=clean)
            self._write_state({"pid": None, "port": recorded.get("port")})
            return True

    def kill(self) -> None:
        """Kill the server with SIGKILL, as a crash would (for recovery tests)."""
        pid = self._read_state().get("pid")
        if pid and self._is_our_process(pid):
            os.kill(pid, signal.SIGKILL)
            _wait_for_exit(pid, 10.0)
            class_archive.settle(self._read_state(), exited_cleanly=False)

    # -- steps of start ---------------------------------------------------------------------
    def _check_writable(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            probe = self.data_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise RuntimeSetupError.say("err_data_dir_not_writable", path=self.data_dir,
                                        reason=exc.strerror) from exc

    def _choose_port(self) -> int:
        explicit = self.settings.bolt_port
        if explicit is not None:
            if not _port_free(explicit):
                raise RuntimeSetupError.say("err_port_taken", port=str(explicit))
            return explicit
        for candidate in (self._read_state().get("port"), DEFAULT_BOLT_PORT):
            if candidate and _port_free(candidate):
                return candidate
        return free_port()

    def _write_conf(self, port: int) -> None:
        dirs = {name: self.root / name for name in ("conf", "data", "logs", "run", "import")}
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True)
        template = resources.files("graph.runtime").joinpath("neo4j.conf.template").read_text()
        conf = template.format(
            port=port, data=dirs["data"], logs=dirs["logs"], run=dirs["run"],
            import_dir=dirs["import"], heap=self.settings.heap,
            pagecache=self.settings.pagecache,
        )
        (dirs["conf"] / "neo4j.conf").write_text(conf)

    def _ensure_password(self, java: str, home: Path) -> None:
        if self.password_file.exists() and (self.root / "data" / "dbms").exists():
            return
        # Hex, not urlsafe: a password starting with '-' would be read by neo4j-admin as an option.
        password = secrets.token_hex(24)
        env = self._env(home)
        cmd = [java, "-cp", f"{home / 'lib'}/*", ADMIN_ENTRY_POINT, "dbms",
               "set-initial-password", password]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeSetupError.say("err_password_not_set", reason=proc.stderr.strip()[-300:])
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(password)
        os.chmod(self.password_file, 0o600)

    def _spawn(self, java: str, home: Path, extra_flags: list[str]) -> int:
        conf_dir = self.root / "conf"
        # A small initial heap: memory is taken only as transactions need it.
        cmd = [java, "-Xms512m", f"-Xmx{self.settings.heap}", *JVM_FLAGS, *extra_flags,
               *self.settings.jvm_options.split(),
               "-cp", f"{home / 'lib'}/*", ENTRY_POINT, f"--home-dir={home}",
               f"--config-dir={conf_dir}", "--console-mode"]
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(
                cmd, env=self._env(home), stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )
        return proc.pid

    def _wait_ready(self, pid: int, port: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                raise RuntimeSetupError.say("err_neo4j_exited", log=self.log_file, tail=self._log_tail())
            if _port_open(port) and "Started." in self._log_tail(4000):
                return
            time.sleep(0.25)
        raise RuntimeSetupError.say("err_neo4j_slow", seconds=f"{START_TIMEOUT_S:.0f}", log=self.log_file)

    # -- bookkeeping ------------------------------------------------------------------------
    def _env(self, home: Path) -> dict[str, str]:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(home)
        env["NEO4J_CONF"] = str(self.root / "conf")
        return env

    def _read_state(self) -> dict:
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}

    def _write_state(self, state: dict) -> None:
        self.state_file.write_text(json.dumps(state))

    def _is_our_process(self, pid: int) -> bool:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            return False
        return ENTRY_POINT in cmdline and str(self.root / "conf") in cmdline

    def _log_tail(self, chars: int = 600) -> str:
        try:
            with open(self.log_file, "rb") as handle:
                handle.seek(0, os.SEEK_END)
                handle.seek(max(0, handle.tell() - chars))
                return handle.read().decode(errors="replace")
        except OSError:
            return ""

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.data_dir / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and ") Z" in stat.read_text())


def _wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _pid_alive(pid):
            return True
        time.sleep(0.2)
    return not _pid_alive(pid)


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Neo4j binds with SO_REUSEADDR, so a port with connections in TIME_WAIT is still usable.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """Return a TCP port on loopback that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
