"""The "Recommendations" tab (kiến nghị): list, add (Insert), edit (Enter), remove (Delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists import ChecklistTemplate
from inspector.domain import InspectionRecord, Recommendation
from ui.dialogs.recommendation import recommendation_status_label
from ui.i18n import format_date, translate
from ui.models.checklist_tree import item_label, item_number


class RecommendationsTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # Recommendation
    remove_requested = Signal(object)  # Recommendation
    item_requested = Signal(str)  # go to this checklist item

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[Recommendation] = []
        self.read_only = False
        self.template_getter: Callable[[], ChecklistTemplate | None] = lambda: None
        self.hint = QLabel()
        self.hint.setObjectName("recommendations-hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #546e7a; padding: 12px;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("recommendations-table")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.installEventFilter(self)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.go_button = QPushButton()
        self.go_button.clicked.connect(self._go_to_item)
        buttons.insertWidget(3, self.go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            translate("RecommendationsTab", "Recommendation"),
            translate("RecommendationsTab", "Responsible unit"),
            translate("RecommendationsTab", "Deadline"),
            translate("RecommendationsTab", "Follow-up"),
            translate("RecommendationsTab", "For the item"),
        ])
        self.hint.setText(translate(
            "RecommendationsTab", "No recommendations yet. Add one here with Insert, or from a failing item in "
                                  "the checklist with Ctrl+R (Make a recommendation…): it then stays linked to "
                                  "that item."))
        self.go_button.setText(translate("RecommendationsTab", "Go to the item"))
        self.add_button.setText(translate("RecommendationsTab", "Add (Insert)"))
        self.edit_button.setText(translate("RecommendationsTab", "Edit (Enter)"))
        self.remove_button.setText(translate("RecommendationsTab", "Remove (Delete)"))
        self.set_items(self.items)

    def load(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        self.set_items(list(record.recommendations))

    def set_items(self, items: list[Recommendation]) -> None:
        self.items = list(items)
        self.hint.setVisible(not self.items)
        self.table.setRowCount(len(self.items))
        template = self.template_getter()
        for row, rec in enumerate(self.items):
            numbers = ", ".join(item_number(template, i) or i for i in rec.item_ids) if template else ""
            cells = (rec.text, rec.responsible_unit, format_date(rec.deadline),
                     recommendation_status_label(rec.status), numbers)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 4 and template is not None and rec.item_ids:
                    cell.setToolTip("\n".join(item_label(template, i) for i in rec.item_ids))
                self.table.setItem(row, col, cell)
        self.go_button.setEnabled(any(r.item_ids for r in self.items))

    def set_read_only(self, read_only: bool) -> None:
        # follow-up (status, note) stays editable after finalizing; adding and removing do not
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def selected(self) -> Recommendation | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _edit(self) -> None:
        rec = self.selected()
        if rec is not None:
            self.edit_requested.emit(rec)

    def _go_to_item(self) -> None:
        rec = self.selected()
        if rec is not None and rec.item_ids:
            self.item_requested.emit(rec.item_ids[0])

    def _remove(self) -> None:
        rec = self.selected()
        if rec is not None and not self.read_only:
            self.remove_requested.emit(rec)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Insert and not self.read_only:
                self.add_requested.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit()
                return True
            if key == Qt.Key.Key_Delete:
                self._remove()
                return True
        return super().eventFilter(watched, event)
