"""Start the desktop application (a minimal window until the workspace lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from inspector import __version__
    from inspector.storage import Store

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    store = Store.open()
    window = QMainWindow()
    window.setWindowTitle(f"Inspector {__version__}")
    count = len(store.list_inspections())
    label = QLabel(window.tr("Inspector — {0} cuộc kiểm tra trong {1}").format(count, store.path))
    window.setCentralWidget(label)
    window.resize(900, 600)
    window.show()
    if "--quit-after-start" in argv:  # used by tests and the startup benchmark
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    code = app.exec()
    store.close()
    return code
