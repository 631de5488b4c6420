"""Start the desktop application.

    inspector                   the inspections in your data folder
    inspector --demo            the sample inspection (in its own database next to yours)
    inspector --language en     English for this session (Settings keep the default, Vietnamese)
    inspector --data-dir DIR    another data folder for this session
    inspector --quit-after-start  start, open the database, show the first page, quit (tests, benchmarks)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from inspector import paths

FIRST_PAINT_ENV = "INSPECTOR_REPORT_FIRST_PAINT"  # the benchmark reads the first-paint time from stdout
USAGE = "usage: inspector [--demo] [--language vi|en] [--data-dir DIR]   (inspector --help: the commands)"


@dataclass
class AppOptions:
    demo: bool = False
    quit_after_start: bool = False
    language: str | None = None
    data_dir: Path | None = None


def parse_args(argv: Sequence[str]) -> AppOptions:
    """The application's few options, by hand: argparse alone costs a tenth of a bare window's
    start. Anything else (Qt's own options such as -style) is left to Qt."""
    options = AppOptions()
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, _, inline = arg.partition("=")
        if name == "--demo":
            options.demo = True
        elif name == "--quit-after-start":
            options.quit_after_start = True
        elif name in ("--language", "--data-dir"):
            value = inline or (args.pop(0) if args else "")
            if not value:
                raise SystemExit(f"{name} needs a value\n{USAGE}")
            if name == "--language":
                if value not in ("vi", "en"):
                    raise SystemExit(f"--language must be vi or en\n{USAGE}")
                options.language = value
            else:
                options.data_dir = Path(value).expanduser()
    return options


# Qt's own command-line options (QApplication/QGuiApplication), with whether they take a value.
QT_OPTIONS = {"-style": True, "-stylesheet": True, "-platform": True, "-platformpluginpath": True,
              "-platformtheme": True, "-plugin": True, "-qwindowgeometry": True, "-qwindowicon": True,
              "-qwindowtitle": True, "-reverse": False, "-session": True, "-widgetcount": False,
              "-display": True, "-geometry": True, "-nograb": False, "-dograb": False, "-sync": False,
              "-qmljsdebugger": True}
_APP_FLAGS = {"--demo", "--quit-after-start"}
_APP_VALUES = {"--language", "--data-dir"}


def unknown_argument(argv: Sequence[str]) -> str | None:
    """The first word that is neither an option of the app nor one of Qt's, or None.

    Checked before Qt is loaded: only a bare `inspector` or the app's own options open a window.
    """
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, eq, _ = arg.partition("=")
        if name in _APP_FLAGS and not eq:
            continue
        if name in _APP_VALUES:
            if not eq and args:
                args.pop(0)
            continue
        qt_name = name[1:] if name.startswith("--") else name
        if qt_name in QT_OPTIONS:
            if QT_OPTIONS[qt_name] and not eq and args:
                args.pop(0)
            continue
        return arg
    return None


def wants_welcome(settings: object, options: AppOptions) -> bool:
    """Whether this start shows the first-run welcome. Not over the sample `--demo` opens at once
    (the welcome stays due, for the first start on the user's own data), nor in a timed start."""
    from ui.settings import needs_welcome

    return needs_welcome(settings) and not options.quit_after_start and not options.demo  # type: ignore[arg-type]


def setup_logging() -> Path | None:
    """The app's log: the core's rotating file with its redaction of secrets (inspector.logs)."""
    from inspector.logs import configure_logging, level_from_env

    return configure_logging(level_from_env())


def hold_log_records() -> None:
    """Until `setup_logging`, keep what is logged (the window opens its log file once its list
    of inspections shows; `open_held_log` opens it sooner when something must be written now)."""
    from inspector.logs import configured, hold_records, level_from_env

    if configured():  # a later window of this process (tests): reopen it now, as every window did
        setup_logging()
    else:
        hold_records(level_from_env())


def open_held_log() -> None:
    """Open the log file now if records are waiting for it (an uncaught error, closing early)."""
    from inspector.logs import holding_records

    if holding_records():
        setup_logging()


DESKTOP_FILE_NAME = "vn.gov.inspector"  # packaging/linux/vn.gov.inspector.desktop (Wayland app id, taskbar)


def apply_identity(app: object) -> None:
    """Name the application for the desktop: the .desktop file it belongs to and its icon."""
    from PySide6.QtGui import QGuiApplication, QIcon

    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    icon = QIcon()
    folder = paths.resource("icons")
    for size in (16, 24, 32, 48, 64, 128, 256):  # QIcon reads a file only when that size is drawn
        icon.addFile(str(folder / f"inspector-{size}.png"))
    QGuiApplication.setWindowIcon(icon)


def run(argv: Sequence[str]) -> int:
    options = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import APPLICATION, ORGANIZATION, load_settings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    apply_identity(app)
    settings = load_settings()
    install_language(options.language or settings.language)
    database = paths.database_path(options.data_dir) if options.data_dir else None
    first_run = wants_welcome(settings, options)
    window = MainWindow(settings, database=database, demo=options.demo, first_run=first_run)
    if os.environ.get(FIRST_PAINT_ENV):
        window.first_painted.connect(lambda: print(f"first-paint {time.time():.6f}", flush=True))
        window.ready.connect(lambda: print(f"ready {time.time():.6f}", flush=True))
        window.shown.connect(lambda: print(f"shown {time.time():.6f}", flush=True))
    if options.quit_after_start:
        from PySide6.QtCore import QTimer

        def close() -> None:
            if os.environ.get(FIRST_PAINT_ENV):  # the benchmark times the quit from here
                print(f"closing {time.time():.6f}", flush=True)
            window.close()

        window.shown.connect(lambda: QTimer.singleShot(0, close))
        QTimer.singleShot(60_000, window.close)  # never hang a test run
    window.show()
    code = app.exec()
    if getattr(window, "runner", None) is not None:
        window.runner.shutdown()
    return code
