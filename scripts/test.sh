#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs every test, linter and contract. Fails on any failure,
# including pytest's "no tests collected".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider -n 2 "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "no tests collected: failing"; exit 1; fi
exit "$rc"
