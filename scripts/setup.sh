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
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
.venv/bin/python -c "from graph.settings import Settings; from graph.runtime.jars import ensure_jars; s = Settings(); print(ensure_jars(s.cache_dir, s.maven))" >&2
