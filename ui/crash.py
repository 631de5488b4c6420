"""The last-resort handler for exceptions nothing else caught.

Installed at start-up, before the list of inspections shows; the error dialog (`ui.errors`, with
its Qt classes and the core's error types) is imported only when an exception actually arrives,
so installing the handler costs the start-up nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


def install_crash_handler(parent_getter: Callable[[], Any]) -> None:
    """Catch what nothing else caught: log it and tell the user where the log is."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):  # noqa: ANN001 - the sys.excepthook signature
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            from ui.app import open_held_log

            open_held_log()  # the start-up's records and this one reach the file now
        except Exception:  # noqa: BLE001 - without a log file the dialog still tells the user
            pass
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        try:
            from ui.errors import show_error

            show_error(parent_getter(), exc)
        except Exception:  # the crash dialog itself must never crash the app
            previous(exc_type, exc, tb)

    sys.excepthook = hook
