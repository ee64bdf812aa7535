#!/usr/bin/env bash
# Set up everything netwerkkaart needs on a fresh machine: a virtualenv with the project
# installed, and Neo4j Community's jars from Maven Central (fetched once into the user cache).
set -euo pipefail
cd "$(dirname "$0")/.."
need() { command -v "$1" >/dev/null 2>&1; }
if ! need java || ! need mvn; then
  if need apt-get && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
  else
    echo "Error: netwerkkaart needs Java 17 and Maven: install openjdk-17-jre-headless and maven." >&2
    exit 1
  fi
fi
# Install only when something the install depends on changed (the dependencies in pyproject.toml,
# the Python, where this checkout lives) or the venv is missing: a clean clone installs everything,
# a second run takes a second.
stamp=.venv/.netwerkkaart-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $(python3 --version) $PWD"
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  # -qq: errors only (setuptools' note on editable installs is no news here).
  .venv/bin/python -m pip install -qq -e '.[dev]'
  echo "$want" > "$stamp"
else
  echo "setup: .venv is up to date with pyproject.toml (delete .venv to reinstall)" >&2
fi
# Neo4j's jars, and the archive of its loaded classes that makes every later server start a third
# quicker (graph/runtime/class_archive.py): made once per machine by starting and stopping a server.
.venv/bin/python -c "from graph.settings import Settings; from graph.runtime.archive_setup import ensure_class_archive; print(ensure_class_archive(Settings()))" >&2
# The message catalogues: the compiled .mo files are committed; this recompiles any .po edited since.
.venv/bin/python scripts/catalogue.py compile
# axe-core for the accessibility browser tests, pinned by package-lock.json into ./node_modules
# (test-only: the app never serves it). Reinstalled only when the lock file changed.
if need npm; then
  lock="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat node_modules/.netwerkkaart-lock 2>/dev/null)" != "$lock" ]; then
    npm ci --no-audit --no-fund --silent && echo "$lock" > node_modules/.netwerkkaart-lock
  fi
else
  echo "setup: npm is missing: the accessibility tests (axe-core) will be skipped" >&2
fi
