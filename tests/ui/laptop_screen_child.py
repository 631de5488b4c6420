"""Child process of test_ui_site_day: the real main window on a 1366×768 screen (Qt's offscreen
platform with a screen of that size), an inspection open; prints what the user could see, as JSON.

    python laptop_screen_child.py DATABASE INSPECTION_ID [WIDTHxHEIGHT to resize to before closing]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import AppSettings  # noqa: E402


def main() -> None:
    database, inspection_id = Path(sys.argv[1]), sys.argv[2]
    resize_to = sys.argv[3] if len(sys.argv) > 3 else ""
    app = QApplication([])
    install_language("vi")
    window = MainWindow(AppSettings(inspector_name="Laptop"), database=database)
    out: dict = {}

    def visible_in_screen(widget) -> bool:
        if widget is None or not widget.isVisible():
            return False
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
        screen = window.screen().availableGeometry()
        return screen.contains(top_left) and screen.contains(bottom_right)

    def measure() -> None:
        screen = window.screen().availableGeometry()
        out["screen"] = [screen.width(), screen.height()]
        out["window"] = [window.width(), window.height()]
        out["status_bar"] = visible_in_screen(window.statusBar())
        out["save_indicator"] = visible_in_screen(window.save_indicator)
        out["item_pane_note"] = visible_in_screen(window.workspace.item_pane.note)
        if resize_to:
            w, h = (int(n) for n in resize_to.split("x"))
            window.resize(w, h)
        window.close()

    window.ready.connect(lambda: window.open_inspection(inspection_id))
    window.inspection_opened.connect(lambda _iid: QTimer.singleShot(200, measure))
    QTimer.singleShot(30_000, window.close)
    window.show()
    app.exec()
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
