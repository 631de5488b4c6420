"""Start the desktop application.

    inspector                   the inspections in your data folder
    inspector --demo            the sample inspection (in its own database next to yours)
    inspector --language en     English for this session (Settings keep the default, Vietnamese)
    inspector --data-dir DIR    another data folder for this session
    inspector --quit-after-start  start, open the database, show the first page, quit (tests, benchmarks)
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from inspector import paths

FIRST_PAINT_ENV = "INSPECTOR_REPORT_FIRST_PAINT"  # the benchmark reads the first-paint time from stdout


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inspector", description="Inspector desktop application")
    parser.add_argument("--demo", action="store_true", help="open the sample inspection")
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--language", choices=("vi", "en"), help="language of this session")
    parser.add_argument("--data-dir", type=Path, help="data folder of this session")
    args, _qt_args = parser.parse_known_args(list(argv))  # leave Qt's own options (-style …) to Qt
    return args


def setup_logging() -> Path | None:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / "inspector.log", maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the app from starting
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "inspector.log"


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ui.errors import install_crash_handler
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import APPLICATION, ORGANIZATION, load_settings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    setup_logging()
    settings = load_settings()
    install_language(args.language or settings.language)
    database = paths.database_path(args.data_dir) if args.data_dir else None
    window = MainWindow(settings, database=database, demo=args.demo)
    install_crash_handler(lambda: window)
    if os.environ.get(FIRST_PAINT_ENV):
        window.first_painted.connect(lambda: print(f"first-paint {time.time():.6f}", flush=True))
    if args.quit_after_start:
        from PySide6.QtCore import QTimer

        window.ready.connect(lambda: QTimer.singleShot(0, window.close))
        QTimer.singleShot(60_000, window.close)  # never hang a test run
    window.show()
    code = app.exec()
    window.runner.shutdown()
    return code
