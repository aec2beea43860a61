#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and opens the clerk's window on the embedded SQLite register.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/akimat-desk gui "$@"
