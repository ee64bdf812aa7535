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
# It mostly waits for the vulnerability database over the network, so it runs beside the tests and
# its report is printed after them (its own step, its own exit status).
audit_report=$(mktemp)
.venv/bin/python scripts/audit_dependencies.py >"$audit_report" 2>&1 &
audit_pid=$!
# The tests in random order (pytest-randomly prints its seed; rerun an order with
# -p randomly --randomly-seed=N), on two workers (pytest-xdist; NETWERKKAART_TEST_WORKERS=N for
# another number), one per core: while one waits for Neo4j the other computes. Each worker has its own managed Neo4j; --dist loadfile keeps a module's
# tests (and its module fixtures) together. Exit code 5 = "no test selected" (e.g. a -k matching nothing).
# The fast tests (-m "not slow", the quick loop) and the slow ones (-m slow: servers of their own,
# city-scale data, axe-core on every page) are two steps of ONE run, each reported on its own line
# at the end (tests/steps.py): two runs started every worker's servers, demo and app twice, and each
# step waited for its own last module while the other core had nothing to do.
echo "== tests: fast step (-m 'not slow') and slow step (-m slow) in one run, reported apart at the end ==" >&2
tests_status=0
# --no-loadscope-reorder: xdist would otherwise hand out the modules with the most tests first, which
# left the one-test city round trip (minutes long) to start last while the other worker sat idle;
# tests/steps.py orders the modules, the longest slow ones first.
.venv/bin/python -m pytest -n "${NETWERKKAART_TEST_WORKERS:-2}" --dist loadfile --no-loadscope-reorder "$@" \
  || tests_status=$?
[ "$tests_status" -eq 5 ] && tests_status=0
took "tests (fast and slow steps)"
echo "== dependency audit (ran beside the tests) ==" >&2
audit_status=0
wait "$audit_pid" || audit_status=$?
cat "$audit_report" >&2
rm -f "$audit_report"
took "dependency audit (after the tests)"
[ "$tests_status" -eq 0 ] && [ "$audit_status" -eq 0 ]
