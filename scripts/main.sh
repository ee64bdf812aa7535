#!/usr/bin/env bash
# The README's main command: set everything up, start the managed Neo4j, load the demo network,
# make a demo admin with a fresh random password (printed once below), then serve the web app on
# http://127.0.0.1:8000 (Ctrl+C stops the web app; `netwerkkaart db stop` stops Neo4j).
# Extra arguments go to `netwerkkaart demo` (e.g. --scale city).
# It REPLACES the database with the demo each run: for every day on your own data, use
# `.venv/bin/netwerkkaart db start` and `.venv/bin/netwerkkaart serve` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
nk=.venv/bin/netwerkkaart
$nk demo "$@"
$nk db status
# Loading the demo replaces the database (users included), so the demo admin is made anew each run.
password_file=$(mktemp)
trap 'rm -f "$password_file"' EXIT
.venv/bin/python -c "import secrets; print(secrets.token_urlsafe(12))" > "$password_file"
$nk user add demo --role admin --password-file "$password_file" >&2
echo "Log in at http://127.0.0.1:8000 as user 'demo' with password: $(cat "$password_file")" >&2
$nk serve
