"""The "Saved" mark in the status bar: the user sees that every change reached the disk."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from inspector import clock
from ui.i18n import format_time, translate

SAVED, PENDING, SAVING, FAILED = "saved", "pending", "saving", "failed"


class SaveIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.state = SAVED
        self.saved_at: datetime | None = None
        self.setMinimumWidth(160)
        self._paint()

    def set_state(self, state: str, when: datetime | None = None) -> None:
        self.state = state
        if state == SAVED:
            self.saved_at = when or clock.now_utc()
        self._paint()

    def retranslate(self) -> None:
        self._paint()

    def _paint(self) -> None:
        if self.state == SAVED:
            text = (translate("SaveIndicator", "✓ Saved at {0}").format(format_time(self.saved_at))
                    if self.saved_at else translate("SaveIndicator", "✓ All changes saved"))
            color = "#2e7d32"
        elif self.state in (PENDING, SAVING):
            text = translate("SaveIndicator", "Saving…")
            color = "#5d4037"
        else:
            text = translate("SaveIndicator", "⚠ Not saved yet: will retry")
            color = "#c62828"
        self.setText(text)
        self.setStyleSheet(f"color: {color}; padding: 0 8px;")
