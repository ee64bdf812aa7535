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
.venv/bin/ruff check .
took ruff
# Known vulnerabilities in the dependencies; says loudly when no vulnerability data is reachable.
.venv/bin/python scripts/audit_dependencies.py
took "dependency audit"
# Two steps, each in random order (pytest-randomly prints its seed; rerun an order with
# -p randomly --randomly-seed=N), each on two xdist workers with a Neo4j of their own (--dist loadfile
# keeps a module's tests and module fixtures together). The steps run side by side: the slow step is
# mostly waiting (servers starting and stopping, one long city-scale round trip), so the fast tests
# use the CPU it leaves idle. Its output is printed after the fast step's.
# Exit code 5 = "no test selected", e.g. a -k that only matches the other step.
pytest_step() { .venv/bin/python -m pytest -n 2 --dist loadfile "$@" || [ $? -eq 5 ]; }
slow_log=$(mktemp)
trap 'rm -rf "$slow_log" "${slow_tmp:-}"' EXIT
slow_tmp=$(mktemp -d)
(pytest_step -m slow -p no:cacheprovider --basetemp="$slow_tmp" "$@" >"$slow_log" 2>&1) &
slow_pid=$!
echo "== fast tests: pytest -m 'not slow' (the quick loop) ==" >&2
fast_ok=0
pytest_step -m "not slow" "$@" || fast_ok=$?
took "fast tests"
slow_ok=0
wait "$slow_pid" || slow_ok=$?
echo "== slow tests: pytest -m slow (servers of their own, city-scale data; ran beside the fast tests) ==" >&2
cat "$slow_log"
took "slow tests (after the fast ones)"
[ "$fast_ok" -eq 0 ] && [ "$slow_ok" -eq 0 ]
