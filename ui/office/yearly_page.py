"""Year over year tab: one province's inspections under one checklist side by side per item;
cells that improved since the previous inspection are green, those that got worse red, items
not in an inspection's checklist version grey ("—", never a failure). Data is read where the
Store lives (`ui/office/source.py`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from inspector.collation import vietnamese_sort_key
from inspector.domain.inspection import ProvinceRef
from inspector.minutes.formats import place_name
from inspector.office.yearly import Change, YearComparison, compare_years
from inspector.storage import Store
from ui.office.common import (
    IMPROVED,
    MISSING,
    WORSE,
    item,
    item_numbers,
    percent,
    status_name,
    table,
)
from ui.office.dashboard_page import checklist_ids
from ui.office.source import OfficeSource


def province_choices(store: Store) -> tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """The checklists, and for each the provinces inspected under it: (label, "era:code")."""
    provinces: dict[str, dict[tuple[str, str], ProvinceRef]] = {}
    for s in store.list_inspections():
        provinces.setdefault(s.template.id, {}).setdefault((s.province.era, s.province.code), s.province)
    by_template = {tid: [(place_name(p.name), ":".join(key)) for key, p in
                         sorted(found.items(), key=lambda kv: vietnamese_sort_key(place_name(kv[1].name)))]
                   for tid, found in provinces.items()}
    return checklist_ids(store), by_template


class YearOverYearPage(QWidget):
    inspection_requested = Signal(str)
    loaded = Signal()

    def __init__(self, source: OfficeSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.comparison: YearComparison | None = None
        self.provinces_by_template: dict[str, list[tuple[str, str]]] = {}
        self._asked = 0
        self.template_box = QComboBox()
        self.province_box = QComboBox()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Checklist:")))
        controls.addWidget(self.template_box, 1)
        controls.addWidget(QLabel(self.tr("Province:")))
        controls.addWidget(self.province_box, 1)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.grid = table([self.tr("Item"), self.tr("Requirement")])
        self.grid.horizontalHeader().setToolTip(self.tr("Double-click an inspection's heading to open it."))
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        self.template_box.currentIndexChanged.connect(self._fill_provinces)
        self.province_box.currentIndexChanged.connect(self.refresh)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self._open_column)
        # The window calls reload() once its signals are connected.

    def reload(self) -> None:
        """Read the checklists and provinces again, then the comparison shown."""
        self.source.run(lambda job: province_choices(job.store), on_done=self._choices_loaded,
                        name="office-yearly-choices")

    def _choices_loaded(self, choices: tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]) -> None:
        checklists, self.provinces_by_template = choices
        current = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for tid, title in checklists:
            self.template_box.addItem(title, tid)  # the checklist's name; its id is internal
        if current is not None and self.template_box.findData(current) >= 0:
            self.template_box.setCurrentIndex(self.template_box.findData(current))
        self.template_box.blockSignals(False)
        self._fill_provinces()

    def _fill_provinces(self) -> None:
        current = self.province_box.currentData()
        self.province_box.blockSignals(True)
        self.province_box.clear()
        for label, key in self.provinces_by_template.get(self.template_box.currentData(), []):
            self.province_box.addItem(label, key)
        if current is not None and self.province_box.findData(current) >= 0:
            self.province_box.setCurrentIndex(self.province_box.findData(current))
        self.province_box.blockSignals(False)
        self.refresh()

    def select_province(self, era: str, code: str) -> None:
        index = self.province_box.findData(f"{era}:{code}")
        if index >= 0:
            self.province_box.setCurrentIndex(index)

    def refresh(self) -> None:
        template_id, key = self.template_box.currentData(), self.province_box.currentData()
        self._asked += 1
        if template_id is None or key is None:
            self.comparison = None
            self.grid.setRowCount(0)
            self.summary.setText(self.tr("No inspections for this checklist."))
            self.loaded.emit()
            return
        era, code = key.split(":", 1)
        asked = self._asked
        self.source.run(lambda job: (compare_years(job.store, ProvinceRef(era, code, ""), template_id),
                                     item_numbers(job.store, template_id)),
                        on_done=lambda loaded: self._show(*loaded, asked), name="office-yearly")

    def _show(self, cmp: YearComparison, numbers: dict[str, str], asked: int) -> None:
        if asked != self._asked:
            return
        self.comparison = cmp
        heads = [self.tr("Item"), self.tr("Requirement")]
        for c in cmp.columns:
            heads.append(self.tr("{0} (v{1})\nscore {2}").format(c.year or "?", c.version, percent(c.score)))
        heads.append(self.tr("Since previous"))
        self.grid.setColumnCount(len(heads))
        self.grid.setHorizontalHeaderLabels(heads)
        self.grid.setRowCount(len(cmp.rows))
        change_names = {Change.IMPROVED: self.tr("Improved"), Change.WORSE: self.tr("Worse"),
                        Change.SAME: self.tr("Unchanged"), Change.NOT_COMPARABLE: ""}
        for row, r in enumerate(cmp.rows):
            self.grid.setItem(row, 0, item(numbers.get(r.item_id, ""), key=r.item_id, center=True))
            self.grid.setItem(row, 1, item(r.text, tooltip=f"{r.section}\n{r.text}"))
            for n, (cell, step) in enumerate(zip(r.cells, r.steps, strict=True)):
                if not cell.in_version:
                    shown = item("—", center=True, background=MISSING,
                                 tooltip=self.tr("Not in checklist version {0}").format(cmp.columns[n].version))
                else:
                    color = IMPROVED if step is Change.IMPROVED else WORSE if step is Change.WORSE else None
                    shown = item(status_name(cell.status), center=True, background=color)
                self.grid.setItem(row, 2 + n, shown)
            change = r.change
            color = IMPROVED if change is Change.IMPROVED else WORSE if change is Change.WORSE else None
            self.grid.setItem(row, len(heads) - 1, item(change_names[change], center=True, background=color))
        # The requirement is long: it gets a fixed share of the width (full text in its tooltip), so
        # the year columns stay in view instead of being pushed off to the right.
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(200, min(420, self.grid.viewport().width() // 3)))
        self.summary.setText(self.tr("{0} inspections of {1}. Since the previous inspection: {2} items "
                                     "improved, {3} got worse.").format(
            len(cmp.columns), place_name(cmp.province.name) if cmp.province else "", len(cmp.improved()),
            len(cmp.worse())))
        self.loaded.emit()

    def _open_column(self, column: int) -> None:
        if self.comparison is not None and 2 <= column < 2 + len(self.comparison.columns):
            self.inspection_requested.emit(self.comparison.columns[column - 2].inspection_id)
