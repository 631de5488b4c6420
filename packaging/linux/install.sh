#!/usr/bin/env bash
# Install (or remove) the Inspector bundle for one user, or system-wide with --prefix.
#
#   ./install.sh                      # from the unpacked bundle: ~/.local/lib/inspector, menu entry
#   ./install.sh --prefix /usr/local  # for every user (run as root)
#   ./install.sh --uninstall          # removes the program; the user's inspections stay
#   packaging/linux/install.sh dist/inspector   # from a source checkout after build-linux.sh
#
# Puts the program in PREFIX/lib/inspector, links PREFIX/bin/inspector and inspector-console,
# and installs the desktop entry (vn.gov.inspector.desktop), the icons (hicolor theme) and the
# AppStream metadata under PREFIX/share. The user's data (~/.local/share/Inspector) and logs
# (~/.local/state/Inspector) are never touched, not even by --uninstall.
set -euo pipefail

APP_ID=vn.gov.inspector
PREFIX="$HOME/.local"
UNINSTALL=0
BUNDLE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) BUNDLE="$1"; shift ;;
  esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
if [ -z "$BUNDLE" ]; then
  if [ -x "$HERE/inspector" ]; then BUNDLE="$HERE"; else BUNDLE="$HERE/../../dist/inspector"; fi
fi
LIB="$PREFIX/lib/inspector"
BIN="$PREFIX/bin"
SHARE="$PREFIX/share"
if [ "$PREFIX" = "$HOME/.local" ]; then SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"; fi
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$LIB"
  rm -f "$BIN/inspector" "$BIN/inspector-console"
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  rm -f "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  refresh_caches
  echo "Inspector removed from $PREFIX. Your inspections are kept (see 'inspector doctor' for the folder)."
  exit 0
fi

BUNDLE="$(cd "$BUNDLE" && pwd)"
if [ ! -x "$BUNDLE/inspector" ] || [ ! -d "$BUNDLE/_internal/linux" ]; then
  echo "$BUNDLE is not an Inspector bundle (build it with packaging/build-linux.sh)" >&2
  exit 1
fi

mkdir -p "$PREFIX/lib" "$BIN" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
if [ "$BUNDLE" != "$LIB" ]; then
  rm -rf "$LIB.new"
  cp -a "$BUNDLE" "$LIB.new"
  rm -rf "$LIB"
  mv "$LIB.new" "$LIB"
fi
ln -sf "$LIB/inspector" "$BIN/inspector"
ln -sf "$LIB/inspector-console" "$BIN/inspector-console"

# The menu entry names the program by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=inspector|Exec=$LIB/inspector|" -e "s|^TryExec=inspector|TryExec=$LIB/inspector|" \
  "$LIB/_internal/linux/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$LIB/_internal/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
cp "$LIB/_internal/resources/icons/inspector.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${s}x${s}/apps"
  cp "$LIB/_internal/resources/icons/inspector-$s.png" "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
refresh_caches
echo "Inspector installed in $LIB; menu entry $SHARE/applications/$APP_ID.desktop; command $BIN/inspector"
