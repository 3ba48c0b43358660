#!/usr/bin/env bash
# One-step setup for cecingest on Debian/Ubuntu, then one job:
#
#   ./bootstrap.sh          set up, then import samples/ into ./cecingest.db and print the summary and review queue
#   ./bootstrap.sh test     set up (with development tools), then run ruff, mypy and the whole test suite
#
# Setup installs what is missing and nothing else: Tesseract OCR 5 with English and orientation data
# (through apt-get when run as root, or with passwordless sudo; otherwise it prints the command to run),
# a virtualenv in .venv (or $CECINGEST_VENV), and the package with the exact versions of requirements*.lock.
# Re-running is cheap: an unchanged lock file is not installed twice.
set -euo pipefail

mode="${1:-run}"
case "$mode" in
  run|test) ;;
  -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [run|test]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")"
VENV="${CECINGEST_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
APT_PACKAGES_OCR=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)

say() { printf '[bootstrap] %s\n' "$*" >&2; }

# Run apt-get as root, through passwordless sudo, or print the command for a person to run.
apt_install() {
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      runner=(sudo -n)
    else
      say "missing system packages; run this, then re-run $0:"
      say "  sudo apt-get update && sudo apt-get install -y $*"
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "no apt-get here; install these with your package manager, then re-run $0: $*"
    exit 1
  fi
  say "installing system packages: $*"
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_python() {
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    apt_install python3 python3-venv
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    say "cecingest needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1). Set PYTHON=/path/to/python3.11"
    exit 1
  fi
  # Debian splits venv (and its bundled pip) out of python3.
  if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    local minor
    minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install "python${minor}-venv"
  fi
}

ensure_tesseract() {
  local langs=""
  if command -v tesseract >/dev/null 2>&1; then
    langs=$(tesseract --list-langs 2>/dev/null || true)
  fi
  if ! grep -qx eng <<<"$langs" || ! grep -qx osd <<<"$langs"; then
    apt_install "${APT_PACKAGES_OCR[@]}"
  fi
  say "$(tesseract --version 2>&1 | head -n 1) ($(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' '))"
}

ensure_venv() {
  local lock="$1" extras="$2" stamp
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating virtualenv $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  stamp="$VENV/.cecingest-$(cat "$lock" requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
  if [ ! -e "$stamp" ]; then
    say "installing cecingest and pinned dependencies from $lock"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$lock"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e ".$extras"
    rm -f "$VENV"/.cecingest-*
    touch "$stamp"
  fi
}

ensure_python
ensure_tesseract

if [ "$mode" = run ]; then
  ensure_venv requirements.lock ""
  say "importing samples/ into ${CECINGEST_DB:-cecingest.db}"
  "$VENV/bin/cecingest" import samples
  say "the review queue"
  exec "$VENV/bin/cecingest" records --status needs_review
fi

ensure_venv requirements-dev.lock "[dev]"
say "ruff"
"$VENV/bin/ruff" check src tests scripts
say "mypy"
"$VENV/bin/mypy"
say "pytest"
exec "$VENV/bin/python" -m pytest "${@:2}"
