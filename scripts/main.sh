#!/usr/bin/env bash
# The README's main command: set everything up, start the managed Neo4j, load the demo network,
# then serve the web app on http://127.0.0.1:8000 (Ctrl+C stops the web app; `netwerkkaart db stop`
# stops Neo4j). Extra arguments go to `netwerkkaart demo` (e.g. --scale city).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/netwerkkaart demo "$@"
.venv/bin/netwerkkaart db status
exec .venv/bin/netwerkkaart serve
