#!/usr/bin/env bash
# Re-pin requirements.lock (runtime) and requirements-dev.lock (tools) from pyproject.toml's ranges.
# Run after changing dependencies; commit both files; CI installs exactly these versions.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/rt" && "$tmp/rt/bin/pip" install -q .
{ echo "# Exact versions CI tested (runtime). Regenerate with scripts/lock.sh."
  "$tmp/rt/bin/pip" freeze | grep -v -i '^cecingest'; } > requirements.lock
python3 -m venv "$tmp/dev" && "$tmp/dev/bin/pip" install -q -c requirements.lock '.[dev]'
{ echo "# Exact versions CI tested (development tools on top of requirements.lock)."
  echo "-r requirements.lock"
  "$tmp/dev/bin/pip" freeze | grep -v -i '^cecingest' | grep -v -x -F -f requirements.lock; } > requirements-dev.lock
echo "pinned $(grep -c '==' requirements.lock) runtime and $(grep -c '==' requirements-dev.lock) development packages"
