"""Busy feedback for work that takes longer than a person waits without a sign (0.3 s): while
the database lane has been busy that long, the pointer shows busy and the status bar says so.
Quick work (almost all of it) shows nothing, so the window does not flicker."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.i18n import translate

BUSY_AFTER_MS = 300


class BusyFeedback(QObject):
    def __init__(self, window: QMainWindow, runner: QObject):
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.shown = False
        self.timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self.timer.timeout.connect(self._show)
        runner.db_busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.timer.start()
            return
        self.timer.stop()
        if self.shown:
            self.shown = False
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()

    def _show(self) -> None:
        if self.runner.db_busy and not self.shown:
            self.shown = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.window.statusBar().showMessage(translate("MainWindow", "Working…"))
