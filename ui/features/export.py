"""Export the minutes (biên bản kiểm tra) from the window, and edit their wording.

Registers "Export minutes…" (Inspection menu and toolbar, Ctrl+Shift+E; any open inspection,
draft or finalized) and "Minutes wording…" (Tools). The dialogs and the core are imported when
first used, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui import actions as A


def export_minutes(window: Any) -> None:
    """Open the export dialog for the inspection shown in `window`."""
    ws = window.workspace
    if ws.record is None:
        return
    from PySide6.QtCore import Qt

    from ui.dialogs.export_minutes import ExportMinutesDialog

    dialog = ExportMinutesDialog(window.runner, window.autosave, ws.record.inspection,
                                 data_dir=window.main_database.parent, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.export_dialog = dialog
    dialog.open()


def edit_wording(window: Any) -> None:
    """Open the dialog that changes the wording of the minutes (kept in the user's config folder)."""
    from PySide6.QtCore import Qt

    from ui.dialogs.minutes_wording import MinutesWordingDialog

    dialog = MinutesWordingDialog(data_dir=window.main_database.parent, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.wording_dialog = dialog
    dialog.open()


A.register_action(A.ActionSpec(
    "inspection.export_minutes", QT_TRANSLATE_NOOP("Actions", "E&xport minutes…"), "inspection",
    export_minutes, ("Ctrl+Shift+E",),
    QT_TRANSLATE_NOOP("Actions", "Write the minutes (biên bản) of this inspection as a Word file"),
    True, "SP_DialogSaveButton", requires=frozenset({A.INSPECTION}), order=70, separator_before=True))
A.register_action(A.ActionSpec(
    "tools.minutes_wording", QT_TRANSLATE_NOOP("Actions", "Minutes &wording…"), "tools",
    edit_wording, (),
    QT_TRANSLATE_NOOP("Actions", "Agency names, signature titles, fixed sentences and copies printed on the minutes"),
    order=15))
