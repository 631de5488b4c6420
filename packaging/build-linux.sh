#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/inspector/) and run its self-test.
#
#   bash packaging/build-linux.sh              # the Python in $PYTHON, $VIRTUAL_ENV or .venv/
#   bash packaging/build-linux.sh --venv DIR   # a clean venv in DIR with the project installed
#   bash packaging/build-linux.sh --archive    # also dist/inspector-VERSION-linux-ARCH.tar.gz
#
# Prints the bundle's size, the build time and the self-test result; exits non-zero when the
# build or the self-test fails. Needs binutils (objdump) like every PyInstaller build on Linux.
# A clean venv is the better build: whatever else the development venv holds is not bundled
# by accident (the spec excludes the usual suspects, but only those).
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_REQ='pyinstaller>=6.10,<7'
VENV=""
ARCHIVE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) VENV="$2"; shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if ! command -v objdump >/dev/null; then
  echo "PyInstaller needs objdump: install binutils (apt-get install binutils)" >&2
  exit 1
fi

if [ -n "$VENV" ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  PY="$VENV/bin/python"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet . "$PYINSTALLER_REQ"
elif [ -n "${PYTHON:-}" ]; then
  PY="$PYTHON"
elif [ -n "${VIRTUAL_ENV:-}" ]; then
  PY="$VIRTUAL_ENV/bin/python"
elif [ -x .venv/bin/python ]; then
  PY=.venv/bin/python
else
  echo "No Python environment: set PYTHON, activate a venv, or use --venv DIR" >&2
  exit 1
fi

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  "$PY" -m pip install --quiet "$PYINSTALLER_REQ"
fi
PYI_VERSION=$("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')
VERSION=$("$PY" -c 'import inspector; print(inspector.__version__)')
echo "Building Inspector $VERSION with PyInstaller $PYI_VERSION ($("$PY" -V 2>&1))"

start=$(date +%s.%N)
"$PY" -m PyInstaller packaging/inspector.spec --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller --log-level WARN
built=$(date +%s.%N)
build_seconds=$(awk -v a="$start" -v b="$built" 'BEGIN { printf "%.1f", b - a }')

BUNDLE=dist/inspector
size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "bundle: $BUNDLE, ${size_mb} MB in $files files"
echo "build: ${build_seconds} s"

# The self-test must not write into this machine's user folders: its logs go to build/.
export QT_QPA_PLATFORM=offscreen
export INSPECTOR_LOG_DIR="$PWD/build/selftest-logs"
t0=$(date +%s.%N)
set +e
"$BUNDLE/inspector" --self-test
status=$?
set -e
t1=$(date +%s.%N)
test_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
"$BUNDLE/inspector-console" --version

if [ "$ARCHIVE" = 1 ]; then
  archive="dist/inspector-$VERSION-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" inspector
  echo "archive: $archive, $(du -m "$archive" | cut -f1) MB"
fi

if [ "$status" -eq 0 ]; then
  echo "self-test: passed in ${test_seconds} s"
else
  echo "self-test: FAILED (exit $status) in ${test_seconds} s" >&2
  exit 1
fi
