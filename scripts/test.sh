#!/usr/bin/env bash
# The README's test command: set everything up, then lint and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says how long it took (the whole command's time is part of the job, see issue 11).
took() { echo "-- $1 took $SECONDS s" >&2; SECONDS=0; }
bash scripts/setup.sh
took setup
# Headless Chromium for the browser tests (tests/web/test_browser.py), from Debian: never a downloaded build.
command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
  || echo "chromium could not be installed: the browser tests will be skipped" >&2
# pdftotext (poppler-utils, Debian) reads the printed report's first page back (tests/cli/test_report.py).
command -v pdftotext >/dev/null || (apt-get install -y -qq poppler-utils >/dev/null) \
  || echo "poppler-utils could not be installed: the report's PDF test will be skipped" >&2
.venv/bin/ruff check .
took ruff
# Known vulnerabilities in the dependencies; says loudly when no vulnerability data is reachable.
.venv/bin/python scripts/audit_dependencies.py
took "dependency audit"
# Two steps, each in random order (pytest-randomly prints its seed; rerun an order with
# -p randomly --randomly-seed=N). Exit code 5 = "no test selected", e.g. a -k that only matches the other step.
# Two workers (pytest-xdist), one per core: while one waits for Neo4j the other computes. Each worker
# has its own managed Neo4j; --dist loadfile keeps a module's tests (and its module fixtures) together.
pytest_step() { .venv/bin/python -m pytest -n 2 --dist loadfile "$@" || [ $? -eq 5 ]; }
echo "== fast tests: pytest -m 'not slow' (the quick loop) ==" >&2
pytest_step -m "not slow" "$@"
took "fast tests"
echo "== slow tests: pytest -m slow (servers of their own, city-scale data) ==" >&2
pytest_step -m slow "$@"
took "slow tests"
