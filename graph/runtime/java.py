"""Find a Java runtime that Neo4j 5.26 accepts (17 or 21)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from graph.errors import RuntimeSetupError

SUPPORTED_JAVA = (17, 21)
_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


@dataclass(frozen=True, slots=True)
class JavaRuntime:
    """A java executable and its major version."""

    executable: str
    major: int


def find_java(explicit: str | None = None) -> JavaRuntime:
    """Return the Java runtime to run Neo4j with, or raise RuntimeSetupError saying how to fix it."""
    candidate = explicit or _from_java_home() or shutil.which("java")
    if not candidate or not Path(candidate).exists():
        raise RuntimeSetupError.say("err_no_java")
    major = java_major_version(candidate)
    if major < SUPPORTED_JAVA[0]:
        raise RuntimeSetupError.say("err_java_too_old", major=major, path=candidate)
    if major not in SUPPORTED_JAVA:
        raise RuntimeSetupError.say("err_java_unsupported", major=major, path=candidate)
    return JavaRuntime(executable=candidate, major=major)


def java_major_version(executable: str) -> int:
    """Return the major version `executable -version` reports (8 for "1.8.0")."""
    try:
        proc = subprocess.run(
            [executable, "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except OSError as exc:
        raise RuntimeSetupError.say("err_java_cannot_run", path=executable, reason=exc) from exc
    match = _VERSION.search(proc.stderr + proc.stdout)
    if not match:
        raise RuntimeSetupError.say("err_java_version", path=executable)
    first, second = int(match.group(1)), int(match.group(2) or 0)
    return second if first == 1 else first


def _from_java_home() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return None
