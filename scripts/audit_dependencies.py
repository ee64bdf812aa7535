"""Check the installed dependencies for known vulnerabilities with pip-audit (run by scripts/test.sh).

Exit 1 when pip-audit reports a vulnerability. When no vulnerability data can be fetched (machines
that reach only package registries: the PyPI JSON API and OSV are then out of reach, and pip-audit
skips every package), say so loudly and exit 0: an audit that could not run is not a pass, and the
message says that it did not run.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

PIP_AUDIT = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "pip-audit"


def main() -> int:
    """Run pip-audit and return the exit code for the build."""
    command = [str(PIP_AUDIT), "--skip-editable", "--progress-spinner", "off", "--format", "json"]
    # The fallback's documents are fetched while pip-audit runs (each takes ~15 s here, one after
    # the other ~30 s); where pip-audit works, the fetches are simply dropped.
    pool = ThreadPoolExecutor(max_workers=16)
    names = {dist.metadata["Name"] for dist in importlib.metadata.distributions()}
    prefetched = {_canonical(name): pool.submit(_project_json, name) for name in names if name}
    try:
        proc = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
        return _verdict(proc, prefetched)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _verdict(proc: subprocess.CompletedProcess[str], prefetched: dict[str, Future[dict | None]]) -> int:
    """Return the exit code for pip-audit's finished run (the PyPI JSON fallback when it audited nothing)."""
    try:
        deps = json.loads(proc.stdout)["dependencies"]
    except (ValueError, KeyError):
        print("pip-audit: NOT RUN — could not reach a vulnerability service from this machine:\n"
              + proc.stderr.strip()[-400:], file=sys.stderr)
        return 0
    vulnerable = [d for d in deps if d.get("vulns")]
    audited = [d for d in deps if "skip_reason" not in d]
    for dep in vulnerable:
        ids = ", ".join(v["id"] for v in dep["vulns"])
        print(f"pip-audit: {dep['name']} {dep['version']} has known vulnerabilities: {ids}", file=sys.stderr)
    if vulnerable:
        return 1
    if not audited:
        return audit_with_project_json(deps, prefetched)
    print(f"pip-audit: no known vulnerabilities in {len(audited)} dependencies"
          f" ({len(deps) - len(audited)} skipped).", file=sys.stderr)
    return 0


def audit_with_project_json(deps: list[dict], prefetched: dict[str, Future[dict | None]]) -> int:
    """Fallback where only PyPI's per-project JSON is reachable (its per-version endpoint is not).

    That document lists the known vulnerabilities of the project's newest release, so a dependency
    is audited when the installed version is the newest; older ones are named as not audited.
    `prefetched` holds the documents already being fetched, by canonical name.
    """
    vulnerable, audited, unchecked = [], 0, []
    for dep in deps:
        name, version = dep["name"], dep.get("version") or _installed_version(dep["name"])
        future = prefetched.get(_canonical(name))
        doc = future.result() if future is not None and not future.cancelled() else _project_json(name)
        if doc is None or doc["info"]["version"] != version:
            unchecked.append(f"{name} {version}")
            continue
        audited += 1
        vulnerable += [f"{name} {version}: {v['id']}" for v in doc.get("vulnerabilities", [])]
    for line in vulnerable:
        print(f"pip-audit (PyPI JSON): known vulnerability in {line}", file=sys.stderr)
    print(f"pip-audit (PyPI JSON): {audited} of {len(deps)} dependencies audited at their newest release,"
          f" {len(vulnerable)} known vulnerabilities; not audited (older than newest or unreachable):"
          f" {', '.join(unchecked) or 'none'}", file=sys.stderr)
    return 1 if vulnerable else 0


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _project_json(name: str) -> dict | None:
    """Return PyPI's JSON document of project `name`, or None when it cannot be fetched."""
    try:
        with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=20) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None


if __name__ == "__main__":
    sys.exit(main())
