"""The Help menu: user manual, the first-run welcome, the log folder, About.

Registers its actions at import (cheap: dialogs are imported when first opened). `help.about`
replaces the built-in one of ui/actions.py with the full About box.

Folders open with `QDesktopServices.openUrl` (the system's file manager): tests watch those
requests with `QDesktopServices.setUrlHandler("file", …)`, Qt's own hook, so nothing is mocked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionSpec, register_action
from ui.i18n import translate


def open_folder(window: Any, folder: Path) -> bool:
    """Show `folder` in the system's file manager; when none answers, tell the user where it is."""
    from ui.desktop import open_local

    if open_local(folder):
        return True
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, translate("Help", "Folder"),
                      translate("Help", "The folder could not be opened here. It is:\n{0}").format(folder),
                      QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is not markup
    box.open()
    window.folder_message = box
    return False


def open_log_folder(window: Any) -> None:
    from inspector.logs import log_folder

    open_folder(window, log_folder())  # log_folder() creates it when missing


def open_manual(window: Any) -> None:
    """The manual inside the program when it is shipped; else the docs folder, else a message."""
    from PySide6.QtCore import Qt

    from inspector import paths

    index = paths.manual_index()
    if index is None:
        docs = paths.docs_dir()
        if docs is not None:
            open_folder(window, docs)
            return
        from PySide6.QtWidgets import QMessageBox

        window.folder_message = QMessageBox(
            QMessageBox.Icon.Information, translate("Help", "User manual"),
            translate("Help", "This copy of Inspector was installed without its manual."),
            QMessageBox.StandardButton.Ok, window)
        window.folder_message.open()
        return
    from ui.dialogs.manual import ManualDialog

    dialog = ManualDialog(index, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.manual_dialog = dialog
    dialog.open()


def open_about(window: Any) -> None:
    from ui.dialogs.about import open_about as show

    show(window)


for _spec in (
    ActionSpec("help.manual", QT_TRANSLATE_NOOP("Actions", "User &manual"), "help", open_manual, (),
               QT_TRANSLATE_NOOP("Actions", "Read the user manual: step by step, with pictures"), order=5),
    ActionSpec("help.welcome", QT_TRANSLATE_NOOP("Actions", "&Welcome…"), "help", lambda w: w.show_welcome(), (),
               QT_TRANSLATE_NOOP("Actions", "Your name, title and unit, the sample inspection, where data is kept"),
               order=20),
    ActionSpec("help.logs", QT_TRANSLATE_NOOP("Actions", "Open &log folder"), "help", open_log_folder, (),
               QT_TRANSLATE_NOOP("Actions", "Open the folder of the log files, to send them to support"),
               order=30, separator_before=True),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Inspector"), "help", open_about, (), order=90,
               separator_before=True),
):
    register_action(_spec)
