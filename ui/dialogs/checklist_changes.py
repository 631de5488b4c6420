"""What changed, item by item, between the checklist an inspection was made under and the newest
version installed (e.g. a corrected version the office published through sync).

The inspection keeps its own snapshot; this dialog only shows the differences (core:
inspector.checklists.diff), as plain text: item number and wording, then each changed field with
its old and new value.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.diff import ChangeKind, ItemChange
from inspector.checklists.template import ChecklistTemplate
from ui.i18n import translate
from ui.models.checklist_tree import item_number

_KINDS = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("ChecklistChanges", "Added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("ChecklistChanges", "Removed"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("ChecklistChanges", "Changed"),
}
_FIELDS = {
    "section": QT_TRANSLATE_NOOP("ChecklistChanges", "Section"),
    "text": QT_TRANSLATE_NOOP("ChecklistChanges", "Wording"),
    "requirement": QT_TRANSLATE_NOOP("ChecklistChanges", "Requirement (minutes)"),
    "guidance": QT_TRANSLATE_NOOP("ChecklistChanges", "Guidance"),
    "kind": QT_TRANSLATE_NOOP("ChecklistChanges", "Kind of item"),
    "response": QT_TRANSLATE_NOOP("ChecklistChanges", "Answer type"),
    "citations": QT_TRANSLATE_NOOP("ChecklistChanges", "Legal basis"),
    "legal_ref": QT_TRANSLATE_NOOP("ChecklistChanges", "Legal reference (note)"),
    "ref_confidence": QT_TRANSLATE_NOOP("ChecklistChanges", "Reference checked"),
    "probe": QT_TRANSLATE_NOOP("ChecklistChanges", "Live check"),
}


class ChecklistChangesDialog(QDialog):
    def __init__(self, old: ChecklistTemplate, new: ChecklistTemplate, changes: list[ItemChange],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklist-changes")
        self.setWindowTitle(translate("ChecklistChanges", "Changes in the checklist"))
        self.changes = changes
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if changes:
            self.summary.setText(translate(
                "ChecklistChanges",
                "This inspection uses “{0}”, version {1}. Version {2} is installed; {3} items differ. "
                "The inspection keeps its own version: this list only shows what the newer one says.").format(
                    old.title, old.version, new.version, len(changes)))
        else:
            self.summary.setText(translate(
                "ChecklistChanges", "This inspection uses version {0} of “{1}”, the newest installed: "
                                    "nothing to compare.").format(old.version, old.title))
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklist-changes-tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([translate("ChecklistChanges", "Item"),
                                   translate("ChecklistChanges", "Before (version {0})").format(old.version),
                                   translate("ChecklistChanges", "After (version {0})").format(new.version)])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        for change in changes:
            template = new if change.new is not None else old
            number = item_number(template, change.item_id)
            kind = translate("ChecklistChanges", _KINDS[change.kind])
            top = QTreeWidgetItem([f"{number} {change.text}", "", ""])
            top.setToolTip(0, f"{kind}: {change.item_id}")
            if change.kind is ChangeKind.ADDED:
                top.setText(2, kind)
            elif change.kind is ChangeKind.REMOVED:
                top.setText(1, kind)
            for f in change.fields:
                label = translate("ChecklistChanges", _FIELDS.get(f.field, f.field))
                row = QTreeWidgetItem([label, f.old or "—", f.new or "—"])
                for col in (1, 2):
                    row.setToolTip(col, row.text(col))
                top.addChild(row)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        # The tree shows one line per field; the pane below shows the selected item in full.
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("checklist-changes-detail")
        self.detail.setReadOnly(True)
        self.tree.currentItemChanged.connect(self._show_detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([300, 200])
        layout.addWidget(split, 1)
        self._versions = (old.version, new.version)
        self._numbers = {c.item_id: item_number(new if c.new is not None else old, c.item_id) for c in changes}
        if changes:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)

    def _show_detail(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        """The selected item's change in full: wording, then each field before and after."""
        if current is None:
            self.detail.setPlainText("")
            return
        top = current.parent() or current
        change = self.changes[self.tree.indexOfTopLevelItem(top)]
        old_v, new_v = self._versions
        kind = translate("ChecklistChanges", _KINDS[change.kind])
        lines = [f"{self._numbers[change.item_id]} {change.text}", f"{kind}", ""]
        for f in change.fields:
            lines.append(translate("ChecklistChanges", _FIELDS.get(f.field, f.field)))
            lines.append(translate("ChecklistChanges", "Before (version {0})").format(old_v) + f": {f.old or '—'}")
            lines.append(translate("ChecklistChanges", "After (version {0})").format(new_v) + f": {f.new or '—'}")
            lines.append("")
        self.detail.setPlainText("\n".join(lines).rstrip())
