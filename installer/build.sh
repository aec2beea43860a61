#!/usr/bin/env bash
# Build the frozen onedir bundle (dist/akimat-desk), run its self-test offscreen, and compile the NSIS
# installer script against the bundle layout. Usage: installer/build.sh [OUT_DIR]   (default: ./dist)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PY=.venv/bin/python
VERSION=$($PY -c "import akimat_desk; print(akimat_desk.__version__)")
$PY -m akimat_desk.build_translations >/dev/null
$PY installer/make_icon.py "$WORK/icons"
export AKIMAT_DESK_ICONS="$WORK/icons"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$OUT" --workpath "$WORK/build" installer/akimat_desk.spec
echo "bundle: $OUT/akimat-desk ($(du -sh "$OUT/akimat-desk" | cut -f1))"
QT_QPA_PLATFORM=offscreen AKIMAT_DESK_HOME="$WORK/home" "$OUT/akimat-desk/akimat-desk" --self-test
if command -v makensis >/dev/null; then
  makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$(realpath "$OUT/akimat-desk")" -DICON="$WORK/icons/akimat_desk.ico" \
    -DOUTFILE="$(realpath "$OUT")/akimat-desk-$VERSION-setup.exe" -DCOMPRESSION=none installer/akimat_desk.nsi
  echo "installer: $OUT/akimat-desk-$VERSION-setup.exe"
else
  echo "makensis not found: install Debian's nsis to compile the installer script" >&2
  exit 1
fi
