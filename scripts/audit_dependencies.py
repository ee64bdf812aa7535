"""Check the installed dependencies for known vulnerabilities with pip-audit (run by scripts/test.sh).

Exit 1 when pip-audit reports a vulnerability. When no vulnerability data can be fetched (machines
that reach only package registries: the PyPI JSON API and OSV are then out of reach, and pip-audit
skips every package), say so loudly and exit 0: an audit that could not run is not a pass, and the
message says that it did not run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PIP_AUDIT = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "pip-audit"


def main() -> int:
    """Run pip-audit and return the exit code for the build."""
    command = [str(PIP_AUDIT), "--skip-editable", "--progress-spinner", "off", "--format", "json"]
    proc = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
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
        print(f"pip-audit: NOT RUN — all {len(deps)} dependencies were skipped (no vulnerability data"
              " reachable from this machine); audit them where PyPI's JSON API or OSV is reachable.",
              file=sys.stderr)
        return 0
    print(f"pip-audit: no known vulnerabilities in {len(audited)} dependencies"
          f" ({len(deps) - len(audited)} skipped).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
