"""Sync at the office (issue 6): Tools › Sync now, Sync settings…, Sync conflicts…, and the
status bar's last-sync line. Cheap to import: the controller and dialogs load on first use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionSpec, register_action


def controller(window: Any) -> Any:
    """The window's SyncController, made on first use."""
    existing = getattr(window, "sync_controller", None)
    if existing is None:
        from ui.sync.controller import SyncController

        existing = window.sync_controller = SyncController(window)
        existing.refresh()
    return existing


def on_database_opened(window: Any) -> None:
    """Called by the main window each time a database is opened: show its last sync. At start
    this waits until the list of inspections is painted (`MainWindow.shown`): the sync modules
    (keyring, the engine) cost a tenth of a second or more to import, which the user would
    otherwise wait for before seeing the list."""
    if getattr(window, "_ready_sent", True):
        controller(window).refresh()
        return
    if getattr(window, "_sync_after_ready", False):
        return
    window._sync_after_ready = True
    from PySide6.QtCore import QTimer

    # `shown`, not `ready`: queued after `ready`, the import ran before Qt painted the list
    window.shown.connect(lambda: QTimer.singleShot(
        0, window, lambda: None if getattr(window, "_closing", False) else controller(window).refresh()))


register_action(ActionSpec(
    "tools.sync_now", QT_TRANSLATE_NOOP("Actions", "S&ync now"), "tools", lambda w: controller(w).sync_now(),
    ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Actions", "Merge this computer's inspections with the office's sync target"),
    True, "SP_DriveNetIcon", order=30, separator_before=True))
register_action(ActionSpec(
    "tools.sync_settings", QT_TRANSLATE_NOOP("Actions", "Sync se&ttings…"), "tools",
    lambda w: controller(w).open_settings(), (),
    QT_TRANSLATE_NOOP("Actions", "Choose the office's sync folder or WebDAV server"), order=31))
register_action(ActionSpec(
    "tools.sync_conflicts", QT_TRANSLATE_NOOP("Actions", "Sync con&flicts…"), "tools",
    lambda w: controller(w).open_conflicts(), (),
    QT_TRANSLATE_NOOP("Actions", "Items changed on two computers: compare and keep one version"), order=32))
