"""The inspection list as a Qt table model, fed with `InspectionSummary` dataclasses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspector.domain import InspectionStatus, InspectionSummary
from ui.i18n import format_date, translate

Index = QModelIndex | QPersistentModelIndex

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1 for the progress delegate


def status_text(status: InspectionStatus) -> str:
    if status is InspectionStatus.FINALIZED:
        return translate("InspectionStatus", "Finalized")
    return translate("InspectionStatus", "Draft")


class InspectionTableModel(QAbstractTableModel):
    PROVINCE, UNIT, DATE, TEMPLATE, STATUS, PROGRESS = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[InspectionSummary] = []

    def set_rows(self, rows: list[InspectionSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> InspectionSummary:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("InspectionTableModel", "Province"),
            translate("InspectionTableModel", "Inspected unit"),
            translate("InspectionTableModel", "Date"),
            translate("InspectionTableModel", "Checklist"),
            translate("InspectionTableModel", "Status"),
            translate("InspectionTableModel", "Progress"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == SUMMARY_ROLE:
            return s
        if role == PROGRESS_ROLE:
            return s.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.PROVINCE:
                return s.province.name
            if col == self.UNIT:
                return s.inspected_unit
            if col == self.DATE:
                return format_date(s.started_at or s.updated_at)
            if col == self.TEMPLATE:
                from inspector.checklists.citation import template_label

                return template_label(s.template.title, s.template.version)
            if col == self.STATUS:
                text = status_text(s.status)
                if s.conflicts:
                    text += " · " + translate("InspectionTableModel", "conflicts: {0}").format(s.conflicts)
                return text
            if col == self.PROGRESS:
                return translate("InspectionTableModel", "{0}% ({1}/{2})").format(
                    round(100 * s.progress), s.answered, s.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TEMPLATE:
                return s.template.title or s.template.id
            if col == self.PROGRESS:
                return translate("InspectionTableModel", "{0} of {1} items answered, {2} not met").format(
                    s.answered, s.total, s.not_met)
            if col == self.UNIT:
                return s.inspected_unit
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            if s.status is InspectionStatus.FINALIZED:
                return QBrush(QColor("#1b5e20"))
            if s.conflicts:
                return QBrush(QColor("#b71c1c"))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 5))
