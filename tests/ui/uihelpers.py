"""Shared constants and small helpers of the UI tests (a module of its own: `conftest` is a
name several test folders use)."""

from __future__ import annotations

from pathlib import Path

from inspector.domain import ProvinceRef

REPO = Path(__file__).resolve().parents[2]
PHU_THO = ProvinceRef("63", "25", "Tỉnh Phú Thọ")
ACTOR = "Nguyễn Văn An"


def open_in_window(qtbot, window, inspection_id: str):
    """Open an inspection in the main window and wait until the workspace shows it."""
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000):
        window.open_inspection(inspection_id)
    return window.workspace


def type_text(widget, text: str) -> None:
    """Type any text, Vietnamese included, one key event per character (as a keyboard with an
    input method delivers it). QTest.keyClicks only knows ASCII and aborts on "ệ"."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        # like a keyboard: keys go to the focus widget (e.g. the cell editor a first key opened)
        target = widget
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            target = focus
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else (ord(ch.upper()) if ch.isascii() else 0)
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
