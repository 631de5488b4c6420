"""The list of inspections with search and filters (province, year, status)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import InspectionStatus, InspectionSummary, ProvinceRef
from ui.collation import sorted_by_name
from ui.i18n import translate
from ui.models.inspection_list import PROGRESS_ROLE, InspectionTableModel, status_text
from ui.tasks import TaskContext, TaskRunner


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar under the "45% (58/129)" text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(PROGRESS_ROLE) or 0.0
        r = option.rect
        bar = QRect(r.left() + 6, r.bottom() - 5, r.width() - 12, 3)
        painter.save()
        painter.fillRect(bar, QColor("#e0e0e0"))
        painter.fillRect(QRect(bar.left(), bar.top(), int(bar.width() * value), bar.height()),
                         QColor("#2e7d32" if value >= 1 else "#1976d2"))
        painter.restore()


class InspectionListPage(QWidget):
    open_requested = Signal(str)
    loaded = Signal(int)  # number of rows shown, after each refresh

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.all_rows: list[InspectionSummary] = []
        self.search = QLineEdit()
        self.search.setObjectName("list-search")
        self.search.setClearButtonEnabled(True)
        self.province = QComboBox()
        self.province.setObjectName("filter-province")
        self.province.setMinimumContentsLength(16)
        self.year = QComboBox()
        self.year.setObjectName("filter-year")
        self.status = QComboBox()
        self.status.setObjectName("filter-status")
        self.search_label, self.province_label, self.year_label, self.status_label = (QLabel() for _ in range(4))
        self.search_label.setBuddy(self.search)
        self.province_label.setBuddy(self.province)
        self.year_label.setBuddy(self.year)
        self.status_label.setBuddy(self.status)
        bar = QHBoxLayout()
        for label, widget, stretch in ((self.search_label, self.search, 3), (self.province_label, self.province, 2),
                                       (self.year_label, self.year, 0), (self.status_label, self.status, 0)):
            bar.addWidget(label)
            bar.addWidget(widget, stretch)
        self.model = InspectionTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("inspection-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setItemDelegateForColumn(InspectionTableModel.PROGRESS, ProgressDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InspectionTableModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c; padding: 24px;")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.province, self.year, self.status):
            combo.currentIndexChanged.connect(self._filter_changed)
        self._filling = False
        self.retranslate()
        self.empty.setText(translate("InspectionListPage", "Opening the database…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(translate("InspectionListPage", "Inspections"))
        self.search_label.setText(translate("InspectionListPage", "&Search:"))
        self.province_label.setText(translate("InspectionListPage", "&Province:"))
        self.year_label.setText(translate("InspectionListPage", "&Year:"))
        self.status_label.setText(translate("InspectionListPage", "S&tatus:"))
        self.search.setPlaceholderText(translate("InspectionListPage", "unit, province, place… (without accents is fine)"))
        self.model.retranslate()
        self._fill_filters()
        self._paint_empty()

    # ------------------------------------------------------------- filters
    def _filter_changed(self, _index: int) -> None:
        if not self._filling:  # refilling the choices after a refresh is not a new filter
            self._debounce.start()

    def _fill_filters(self) -> None:
        self._filling = True
        try:
            keep = (self.province.currentData(), self.year.currentData(), self.status.currentData())
            self.province.clear()
            self.province.addItem(translate("InspectionListPage", "All provinces"), None)
            provinces = sorted_by_name({r.province for r in self.all_rows}, lambda p: f"{p.name} {p.era}")
            names = [p.name for p in provinces]
            for p in provinces:
                label = p.name if names.count(p.name) == 1 else f"{p.name} ({p.era})"
                self.province.addItem(label, (p.era, p.code, p.name))
            self.year.clear()
            self.year.addItem(translate("InspectionListPage", "All years"), None)
            years = sorted({(r.started_at or r.updated_at).year for r in self.all_rows
                            if (r.started_at or r.updated_at)}, reverse=True)
            for y in years:
                self.year.addItem(str(y), y)
            self.status.clear()
            self.status.addItem(translate("InspectionListPage", "All"), None)
            for s in InspectionStatus:
                self.status.addItem(status_text(s), s.value)
            for combo, value in zip((self.province, self.year, self.status), keep, strict=True):
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def filters(self) -> dict:
        province = self.province.currentData()
        status = self.status.currentData()
        return {
            "search": self.search.text().strip(),
            "province": ProvinceRef(*province) if province else None,
            "year": self.year.currentData(),
            "status": InspectionStatus(status) if status else None,
        }

    def refresh(self) -> None:
        """Read the list again (on the database lane) with the current filters."""
        if self._filling:
            return
        filters = self.filters()

        def query(ctx: TaskContext) -> tuple[list[InspectionSummary], list[InspectionSummary]]:
            everything = ctx.store.list_inspections()
            if any(filters.values()):
                return everything, ctx.store.list_inspections(**filters)
            return everything, everything

        self.runner.db(query, on_done=lambda r: self.show_rows(*r), name="list-inspections")

    def show_rows(self, everything: list[InspectionSummary], shown: list[InspectionSummary]) -> None:
        selected = self.selected_id()
        self.all_rows = everything
        self._fill_filters()
        self.model.set_rows(shown)
        if shown:
            row = next((n for n, r in enumerate(shown) if r.id == selected), 0)
            self.view.selectRow(row)
        self._paint_empty()
        self.loaded.emit(len(shown))

    def _paint_empty(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            return
        if self.all_rows:
            self.empty.setText(translate("InspectionListPage", "No inspection matches these filters."))
        else:
            self.empty.setText(translate("InspectionListPage", "No inspections yet. Press Ctrl+N to start one."))
        self.empty.show()

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() and index.row() < len(self.model.rows) else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.summary(index.row()).id)

    def focus_list(self) -> None:
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter opens on every platform (QAbstractItemView only maps it to "activated" on some).
        if watched is self.view and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)
