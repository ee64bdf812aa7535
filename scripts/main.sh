#!/usr/bin/env bash
# The README's main command: set everything up, start the managed Neo4j, load the demo, summarise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/netwerkkaart demo "$@"
.venv/bin/netwerkkaart db status
