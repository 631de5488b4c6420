"""Before Qt is loaded: are the system libraries it needs there? If not, one clear sentence naming
the Debian/Ubuntu packages to install, instead of "ImportError: libGL.so.1" (the app) or a wall
of INTERNALERROR (pytest). Imports no Qt; used by ui/launcher.py and tests/conftest.py.

The list is measured on a bare Debian 12 (../shared/design/platform-notes.md): the Qt runtime
needs the first group; a real X display (Qt's xcb plugin) the second, whose absence otherwise
aborts the process with a message that names only xcb-cursor.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable

# shared library → the Debian package that ships it
QT_RUNTIME = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
}
X11_DISPLAY = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
FONTS = "fonts-dejavu-core"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_x11_display(env: dict[str, str] | None = None) -> bool:
    """True when Qt will open windows through its xcb plugin (Linux with an X display)."""
    env = dict(os.environ if env is None else env)
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_packages(*, x11: bool, loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian packages whose libraries cannot be loaded, in install order."""
    wanted = dict(QT_RUNTIME)
    if x11:
        wanted.update(X11_DISPLAY)
    return [package for soname, package in wanted.items() if not loads(soname)]


def install_sentence(packages: list[str]) -> str:
    """What to do, in Vietnamese then English, with a command that can be pasted as it is."""
    command = "sudo apt-get install " + " ".join([*packages, FONTS] if "libgl1" in packages else packages)
    return (
        "Inspector không mở được cửa sổ vì máy còn thiếu thư viện của Qt. Trên Debian/Ubuntu, "
        "hãy cài các gói sau rồi chạy lại Inspector:\n"
        "Inspector cannot open its window: Qt's system libraries are missing. On Debian/Ubuntu, "
        "install these packages, then start Inspector again:\n"
        f"    {command}"
    )


def qt_problem(env: dict[str, str] | None = None, loads: Callable[[str], bool] = _loads,
               import_qt: Callable[[], object] | None = None) -> str | None:
    """None when Qt can start here; else the sentence to show. Linux only (Windows and macOS
    bundles carry their libraries)."""
    if not sys.platform.startswith("linux"):
        return None
    missing = missing_packages(x11=uses_x11_display(env), loads=loads)
    if not missing:
        try:
            (import_qt or _import_qt)()
        except ImportError as exc:  # a library outside the list: name it as the loader did
            soname = re.search(r"(lib[\w.+-]+\.so[\w.]*)", str(exc))
            package = QT_RUNTIME.get(soname.group(1)) if soname else None
            if package is None:
                return install_sentence(list(QT_RUNTIME.values())) + f"\n    ({exc})"
            missing = [package]
    return install_sentence(missing) if missing else None


def _import_qt() -> object:
    import PySide6.QtWidgets

    return PySide6.QtWidgets
