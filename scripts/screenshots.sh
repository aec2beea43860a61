#!/usr/bin/env bash
# Screenshots of the real window under Xvfb for the README (docs/img/*.png).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
if ! command -v xvfb-run >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
fi
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/img
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_places.py docs/img
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_scan.py docs/img
ls -l docs/img
