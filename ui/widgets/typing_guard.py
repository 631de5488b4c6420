"""Let a widget where typing means editing (a table) keep plain keys and F2 for itself.

Window shortcuts such as 1–4 (set a status) or F2 (go to the note) would otherwise fire while the
user types "1" into a table cell or presses F2 to edit one. Text editors already claim such keys;
item views do not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class TypingGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride:
            mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            plain = mods == Qt.KeyboardModifier.NoModifier
            if plain and (event.key() == Qt.Key.Key_F2 or (event.text() and event.text().isprintable())):
                event.accept()
                return True
        return False


def guard_typing(widget: QWidget) -> None:
    guard = TypingGuard(widget)
    widget.installEventFilter(guard)
