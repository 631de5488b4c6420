"""Add or edit one kiến nghị (recommendation): text, responsible unit, deadline, follow-up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import Recommendation, RecommendationStatus
from ui.i18n import translate
from ui.widgets.plain import plain_label


def recommendation_status_label(status: RecommendationStatus) -> str:
    return {
        RecommendationStatus.OPEN: translate("RecommendationStatus", "Open"),
        RecommendationStatus.IN_PROGRESS: translate("RecommendationStatus", "In progress"),
        RecommendationStatus.DONE: translate("RecommendationStatus", "Done"),
    }[status]


@dataclass(frozen=True)
class RecommendationInput:
    text: str
    responsible_unit: str
    deadline: date | None
    status: RecommendationStatus
    note: str
    item_ids: tuple[str, ...] = ()


class RecommendationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, current: Recommendation | None = None,
                 default_unit: str = "", follow_up_only: bool = False,
                 items: Sequence[tuple[str, str]] = ()):
        """`items`: (item id, "2.3 question") of the checklist items the recommendation addresses."""
        super().__init__(parent)
        self.item_ids = tuple(i for i, _ in items) or (current.item_ids if current else ())
        self.setWindowTitle(translate("RecommendationDialog", "Recommendation") if current is None
                            else translate("RecommendationDialog", "Edit recommendation"))
        self.text = QPlainTextEdit(current.text if current else "")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("RecommendationDialog", "What the unit must do, e.g. review the online services…"))
        self.unit = QLineEdit(current.responsible_unit if current else default_unit)
        self.has_deadline = QCheckBox(translate("RecommendationDialog", "Has a deadline"))
        self.deadline = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        if current and current.deadline:
            self.has_deadline.setChecked(True)
            d = current.deadline
            self.deadline.setDate(QDate(d.year, d.month, d.day))
        else:
            self.deadline.setDate(QDate.currentDate().addMonths(3))
        self.deadline.setEnabled(self.has_deadline.isChecked())
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.status = QComboBox()
        for s in RecommendationStatus:
            self.status.addItem(recommendation_status_label(s), s.value)
        if current:
            self.status.setCurrentIndex(list(RecommendationStatus).index(current.status))
        self.note = QLineEdit(current.note if current else "")
        form = QFormLayout()
        if items:
            self.items_label = plain_label("\n".join(label for _, label in items))
            self.items_label.setObjectName("recommendation-items")
            form.addRow(translate("RecommendationDialog", "For the item"), self.items_label)
        form.addRow(translate("RecommendationDialog", "&Recommendation"), self.text)
        form.addRow(translate("RecommendationDialog", "Responsible &unit"), self.unit)
        form.addRow(self.has_deadline, self.deadline)
        form.addRow(translate("RecommendationDialog", "&Follow-up"), self.status)
        form.addRow(translate("RecommendationDialog", "N&ote"), self.note)
        if follow_up_only:  # a finalized inspection: only the follow-up may change
            for w in (self.text, self.unit, self.has_deadline, self.deadline):
                w.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def _accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.text.setFocus()
            self.text.setStyleSheet("border: 1px solid #c62828;")
            return
        self.accept()

    def value(self) -> RecommendationInput:
        q = self.deadline.date()
        return RecommendationInput(
            text=self.text.toPlainText().strip(),
            responsible_unit=self.unit.text().strip(),
            deadline=date(q.year(), q.month(), q.day()) if self.has_deadline.isChecked() else None,
            status=RecommendationStatus(self.status.currentData()),
            note=self.note.text().strip(),
            item_ids=self.item_ids,
        )
