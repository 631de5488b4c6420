"""The main window's size: from the screen it opens on, then as the user left it.

A fixed 1280×820 window hid the status bar and the save indicator below the taskbar of a
1366×768 laptop. The first start fits the window in the screen's available area (leaving room for
the title bar); later starts restore the geometry saved when the window closed, which Qt moves
back onto a screen that exists.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 820)
FRAME_ALLOWANCE = QSize(16, 48)  # window frame and title bar, which resize() does not count
GEOMETRY_KEY = "window/geometry"


def fitting_size(available: QRect, preferred: QSize = PREFERRED) -> QSize:
    """The preferred size, shrunk to what fits in `available` with the window's frame."""
    return QSize(min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()),
                 min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()))


def place_window(window: QWidget, qs: QSettings) -> None:
    """Give `window` its remembered geometry, or a size that fits its screen, centred."""
    saved = qs.value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    screen = window.screen()
    available = screen.availableGeometry()
    size = fitting_size(available)
    window.resize(size)
    window.move(available.x() + (available.width() - size.width()) // 2,
                available.y() + max(0, (available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2))


def remember_window(window: QWidget, qs: QSettings) -> None:
    """Save the window's geometry (size, position, maximized) for the next start."""
    qs.setValue(GEOMETRY_KEY, window.saveGeometry())
    qs.sync()
