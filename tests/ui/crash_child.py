"""Child process of test_ui_crash: the real window types into a note until it is killed.

    python crash_child.py DATABASE INSPECTION_ID

Prints "typed N T" after each character (N characters so far, T = time.time()).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

TEXT = "abcdefghijklmnopqrstuvwxyz"


def main() -> None:
    database, inspection_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    install_language("vi")
    window = MainWindow(AppSettings(inspector_name="Crash"), database=database)
    typed = [0]

    def keystroke() -> None:
        note = window.workspace.item_pane.note
        ch = TEXT[typed[0] % len(TEXT)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(note, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        typed[0] += 1
        print(f"typed {typed[0]} {time.time():.6f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(keystroke)

    def opened(_iid: str) -> None:
        window.workspace.select_item("chung.chuquan")
        window.workspace.focus_note()
        timer.start(20)

    window.ready.connect(lambda: window.open_inspection(inspection_id))
    window.inspection_opened.connect(opened)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
