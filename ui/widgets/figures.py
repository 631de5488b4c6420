"""Named figures of a finding (e.g. "Số văn bản đã đăng" = 1 250): a small two-column table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.i18n import format_number, parse_number, translate
from ui.widgets.table_editor import build_table_editor


class FiguresEditor(QWidget):
    """Emits `figures_changed` with every complete, valid row; bad numbers are marked red."""

    figures_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._filling = False
        self.read_only = False
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("figures-table")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(110)
        self.table.itemChanged.connect(self._changed)
        self.add_button, self.remove_button = build_table_editor(self, self.table, self.add_row,
                                                                 self.remove_current_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate("FiguresEditor", "Figure"),
                                              translate("FiguresEditor", "Number")])
        self.add_button.setText(translate("FiguresEditor", "Add figure"))
        self.remove_button.setText(translate("FiguresEditor", "Remove figure"))

    def set_figures(self, figures: dict[str, float]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for name, value in figures.items():
                self._append(name, format_number(value))
        finally:
            self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_row(self) -> None:
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and not self.read_only:
            self.table.removeRow(row)
            self._emit()

    def figures(self) -> dict[str, float] | None:
        """The valid rows, or None when a row has a name but a number that cannot be read."""
        out: dict[str, float] = {}
        valid = True
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = (name_item.text() if name_item else "").strip()
            text = value_item.text() if value_item else ""
            try:
                value = parse_number(text)
                ok = True
            except ValueError:
                value, ok = None, False
            if value_item is not None:
                filling, self._filling = self._filling, True  # colouring is not an edit
                value_item.setBackground(QBrush() if ok else QBrush(QColor("#ffcdd2")))
                self._filling = filling
            if not ok:
                valid = False
            elif name and value is not None:
                out[name] = value
        return out if valid else None

    def _append(self, name: str, value: str) -> None:
        filling, self._filling = self._filling, True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        value_item = QTableWidgetItem(value)
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, value_item)
        self._filling = filling

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self._emit()

    def _emit(self) -> None:
        figures = self.figures()
        if figures is not None:
            self.figures_changed.emit(figures)
