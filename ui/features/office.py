"""The office view from the main window: Tools → Office view… (Ctrl+Shift+O, toolbar).

One office window per main window, over the main window's database: it reads and writes on the
task runner's database lane (`RunnerSource`), never on the GUI thread. Double-clicking in it opens
the inspection in the main window and brings that window to the front. It reads the data again
when another database is opened, a few seconds after edits in the main window stop, whenever it
comes to the front after a change (a sync, another program), and on File → Refresh (F5).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionSpec, register_action

QUIET_AFTER_EDITS_MS = 3000  # refresh once the user has stopped typing, not on every autosave
WARM_UP_AFTER_MS = 500  # after the list shows: import the office view's modules in the background

_warm = {"started": False}


def warm_up() -> None:
    """Import the office view's modules (matplotlib alone is most of a second) on a background
    thread while the user reads the list, so the first Office view… opens at once. Imports only:
    no Qt object is made off the GUI thread; Python's import locks make a concurrent first open
    wait for the same import rather than run it twice."""
    if _warm["started"]:
        return
    _warm["started"] = True
    import threading

    def run() -> None:
        try:
            import ui.office.window  # noqa: F401 - the import is the point
        except Exception:  # noqa: BLE001 - the first open will import it and report what fails
            import logging

            logging.getLogger(__name__).exception("warming up the office view failed")

    # Not a daemon: Python waits for it at exit. A daemon thread still inside a C extension's
    # import (matplotlib building its font cache) when the interpreter shut down was unwound by
    # force and aborted the process ("terminate called without an active exception", seen when
    # `inspector --demo --quit-after-start` quit while the warm-up ran).
    threading.Thread(target=run, name="office-warm-up").start()


def on_database_opened(window: Any) -> None:
    """Once a database is open (the list is about to show), warm the office view up."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(WARM_UP_AFTER_MS, window,
                      lambda: None if getattr(window, "_closing", False) or not window.isVisible() else warm_up())


def open_office_view(window: Any) -> Any:
    """Show (or bring to the front) the office window of `window`; returns it."""
    office = getattr(window, "office_window", None)
    if office is not None:
        if office.isMinimized():
            office.showNormal()
        else:
            office.show()
        office.raise_()
        office.activateWindow()
        office.check_for_changes()
        return office

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    # Busy until its tabs show data: the first open may still import the chart library.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from ui.office.source import RunnerSource
        from ui.office.window import OfficeWindow

        office = OfficeWindow(RunnerSource(window.runner), actor=window.settings.actor, parent=window)
    except BaseException:
        QApplication.restoreOverrideCursor()
        raise
    restore = {"done": False}

    def ready() -> None:
        if not restore["done"]:
            restore["done"] = True
            QApplication.restoreOverrideCursor()

    office.refreshed.connect(ready)
    office.destroyed.connect(lambda _obj=None: ready())
    office.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    office.inspection_requested.connect(lambda iid: show_inspection(window, iid))
    window.runner.store_changed.connect(office.refresh)
    quiet = QTimer(office, singleShot=True, interval=QUIET_AFTER_EDITS_MS)
    quiet.timeout.connect(lambda: office.check_for_changes() if office.isVisible() else None)
    window.autosave.saved.connect(quiet.start)
    office.quiet_timer = quiet

    def forget() -> None:
        # Closed: the next Office view… builds a fresh one. The connections above need no
        # disconnect: each goes to a slot of the office window or of its child timer, and Qt drops a
        # connection when its receiver is destroyed. (Disconnecting here, from `destroyed`, raised
        # SystemError: the wrappers are half gone by then.)
        if getattr(window, "office_window", None) is office:
            window.office_window = None

    class CloseWithMain(QObject):
        """The office view goes when the main window closes (its database lane stops then)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if watched is window and event.type() == QEvent.Type.Close:
                office.close()
            return False

    closer = CloseWithMain(office)
    window.installEventFilter(closer)
    office.destroyed.connect(lambda _obj=None: forget())
    window.office_window = office
    office.show()
    return office


def on_data_changed(window: Any) -> None:
    """The data changed outside the main window's editors (`ui.features.notify_data_changed`,
    e.g. after a sync): the office view, if open, reads the data again when it changed."""
    office = getattr(window, "office_window", None)
    if office is not None:
        office.check_for_changes()


def show_inspection(window: Any, inspection_id: str) -> None:
    """Open an inspection asked for in the office view, in the main window, in front."""
    window.open_inspection(inspection_id)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


register_action(ActionSpec(
    "tools.office", QT_TRANSLATE_NOOP("Actions", "&Office view…"), "tools", open_office_view,
    ("Ctrl+Shift+O",),
    QT_TRANSLATE_NOOP("Actions", "Compare provinces and years, follow up recommendations, export the national report"),
    toolbar=True, icon="SP_FileDialogContentsView", order=5))
