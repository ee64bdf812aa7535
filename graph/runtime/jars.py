"""Fetch Neo4j Community's jars from Maven Central once, into the cache directory."""

from __future__ import annotations

import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from graph.errors import RuntimeSetupError


def neo4j_version() -> str:
    """Return the Neo4j version the bundled pom.xml pins."""
    pom = resources.files("graph.runtime").joinpath("pom.xml").read_text()
    match = re.search(r"<neo4j.version>([^<]+)</neo4j.version>", pom)
    assert match, "pom.xml must pin neo4j.version"
    return match.group(1)


def neo4j_home(cache_dir: Path) -> Path:
    """Return the folder that holds (or will hold) this Neo4j version's `lib/`."""
    return cache_dir / f"neo4j-{neo4j_version()}"


def ensure_jars(cache_dir: Path, maven: str = "mvn") -> Path:
    """Return the Neo4j home with its jars, fetching them with Maven the first time."""
    home = neo4j_home(cache_dir)
    lib = home / "lib"
    if (home / ".complete").exists():
        return home
    mvn = shutil.which(maven)
    if not mvn:
        raise RuntimeSetupError.say("err_no_maven", maven=maven, lib=lib)
    _fetch(mvn, home, lib)
    return home


def _fetch(mvn: str, home: Path, lib: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    pom = home / "pom.xml"
    pom.write_text(resources.files("graph.runtime").joinpath("pom.xml").read_text())
    cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies",
           "-DincludeScope=runtime", f"-DoutputDirectory={lib}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not any(lib.glob("neo4j-kernel-*.jar")):
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        raise RuntimeSetupError.say("err_maven_failed", tail=" | ".join(tail))
    (home / ".complete").write_text(neo4j_version())
