"""Inspection ▸ Compare with the newest checklist…: per item, what a newer version of the
inspection's checklist (e.g. a correction the office published through sync) says differently.

Registers its action at import; the dialog and the core diff are imported when first used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui import actions as A


def compare_with_newest(window: Any) -> None:
    """Open the per-item changes between the open inspection's checklist and the newest installed."""
    ws = window.workspace
    if ws.record is None or ws.template is None:
        return
    old = ws.template

    def show(catalog: Any, _provinces: Any) -> None:
        from PySide6.QtCore import Qt

        from inspector.checklists.diff import diff_templates
        from ui.dialogs.checklist_changes import ChecklistChangesDialog

        try:
            newest = catalog.get(old.id)
        except KeyError:
            newest = old  # the checklist is no longer installed: only the inspection's own copy
        dialog = ChecklistChangesDialog(old, newest, diff_templates(old, newest), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.checklist_changes_dialog = dialog
        dialog.open()

    window.with_reference(show)


def on_data_changed(window: Any) -> None:
    """A sync may have brought a checklist version the office published: the window reads the
    installed checklists again the next time it needs them."""
    window.forget_reference()


A.register_action(A.ActionSpec(
    "inspection.checklist_changes", QT_TRANSLATE_NOOP("Actions", "Compare with the newest &checklist…"),
    "inspection", compare_with_newest, (),
    QT_TRANSLATE_NOOP("Actions", "Show, item by item, what a newer version of this inspection's checklist says "
                                 "differently (for example a correction published by the office)"),
    requires=frozenset({A.INSPECTION}), order=75))
