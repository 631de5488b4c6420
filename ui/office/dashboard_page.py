"""Dashboard tab: pick a checklist and a period; provinces ranked with counts, score (its method
shown next to it), rank and last inspection; the chart of scores; the items most often missed.
Double-clicking a province asks for its latest inspection (`inspection_requested`).

The data is read where the Store lives (`ui/office/source.py`); `loaded` says the page shows it."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.minutes.formats import place_name
from inspector.office.chart import draw_score_chart
from inspector.office.dashboard import Dashboard, Period, load_dashboard
from inspector.storage import Store
from ui.office.common import ROLE_ID, day_text, item, item_numbers, percent, table
from ui.office.source import OfficeSource


def checklist_ids(store: Store) -> list[tuple[str, str]]:
    """(template id, title of its newest stored version) for every checklist with a snapshot."""
    out: dict[str, str] = {}
    for ref in store.stored_templates():
        out[ref.id] = store.template(ref.content_hash).title
    return sorted(out.items())


def inspection_years(store: Store) -> list[int]:
    years = {s.started_at.year for s in store.list_inspections() if s.started_at}
    return sorted(years)


class DashboardPage(QWidget):
    inspection_requested = Signal(str)
    dashboard_changed = Signal()
    loaded = Signal()  # the choices and the dashboard shown are those of the database now

    def __init__(self, source: OfficeSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.dashboard: Dashboard | None = None
        self.numbers: dict[str, str] = {}
        self._asked = 0  # the newest dashboard asked for: older answers are dropped
        self._years_set = False
        self.template_box = QComboBox()
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for box in (self.first_year, self.last_year):
            box.setRange(2000, 2100)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Checklist:")))
        controls.addWidget(self.template_box, 1)
        controls.addWidget(QLabel(self.tr("From year:")))
        controls.addWidget(self.first_year)
        controls.addWidget(QLabel(self.tr("to:")))
        controls.addWidget(self.last_year)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.method = QLabel(self.tr(
            "Score = (Met + 0.5 × Partly met) / (Met + Partly met + Not met), over the legal-duty items "
            "in force on the inspection date; practice and figure items never count. Not applicable and "
            "unanswered items are left out; a province's inspections in the period are pooled. "
            "Equal scores share a rank and the next rank is skipped (1, 2, 2, 4)."))
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.PlainText)
        # The score comes right after the province: on a 1366 px screen the last columns are cut off.
        self.provinces = table([self.tr("Rank"), self.tr("Province"), self.tr("Score"), self.tr("Inspections"),
                                self.tr("Met"), self.tr("Partly met"), self.tr("Not met"), self.tr("Not applicable"),
                                self.tr("Not assessed"), self.tr("Last inspection")])
        self.provinces.setToolTip(self.tr("Double-click a province to open its latest inspection."))
        self.items = table([self.tr("Item"), self.tr("Requirement"), self.tr("Provinces not met"),
                            self.tr("Provinces assessed"), self.tr("Share not met")])
        self.figure = Figure(figsize=(5, 8))
        self.canvas = FigureCanvasQTAgg(self.figure)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.provinces, 3)
        left_layout.addWidget(QLabel(self.tr("Items most often not met across provinces")))
        left_layout.addWidget(self.items, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.canvas)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.method)
        layout.addWidget(split, 1)

        self.template_box.currentIndexChanged.connect(self.refresh)
        self.first_year.valueChanged.connect(self.refresh)
        self.last_year.valueChanged.connect(self.refresh)
        self.provinces.cellDoubleClicked.connect(self._open_row)
        # The window calls reload() once its signals are connected.

    def reload(self) -> None:
        """Read the checklists and years again (new data may have come), then the dashboard."""
        self.source.run(lambda job: (checklist_ids(job.store), inspection_years(job.store)),
                        on_done=self._choices_loaded, name="office-choices")

    def _choices_loaded(self, choices: tuple[list[tuple[str, str]], list[int]]) -> None:
        checklists, years = choices
        current = self.template_box.currentData()
        for box in (self.template_box, self.first_year, self.last_year):
            box.blockSignals(True)
        self.template_box.clear()
        for tid, title in checklists:
            self.template_box.addItem(title, tid)  # the checklist's name; its id is internal
        if current is not None and self.template_box.findData(current) >= 0:
            self.template_box.setCurrentIndex(self.template_box.findData(current))
        if not self._years_set:  # the user's choice of period is kept across refreshes
            last = years[-1] if years else 2016
            self.first_year.setValue(last)
            self.last_year.setValue(last)
            self._years_set = bool(years)
        for box in (self.template_box, self.first_year, self.last_year):
            box.blockSignals(False)
        self.refresh()

    def template_id(self) -> str | None:
        return self.template_box.currentData()

    def period(self) -> Period:
        first, last = self.first_year.value(), self.last_year.value()
        return Period(min(first, last), max(first, last))

    def refresh(self) -> None:
        template_id = self.template_id()
        self._asked += 1
        if template_id is None:
            self.dashboard = None
            self.summary.setText(self.tr("No inspections yet."))
            self.provinces.setRowCount(0)
            self.items.setRowCount(0)
            self.loaded.emit()
            return
        period, asked = self.period(), self._asked
        self.source.run(lambda job: (load_dashboard(job.store, template_id, period),
                                     item_numbers(job.store, template_id)),
                        on_done=lambda loaded: self._show(*loaded, asked), name="office-dashboard")

    def _show(self, d: Dashboard, numbers: dict[str, str], asked: int) -> None:
        if asked != self._asked:
            return  # the user changed the checklist or period meanwhile
        self.dashboard = d
        self.numbers = numbers
        text = self.tr("{0} inspections in {1} provinces, {2}; mean score {3}").format(
            d.inspections, len(d.provinces), d.period.label, percent(d.mean_score))
        if d.samples.sample_only:
            text += ". " + self.tr("These are the sample inspections (invented data).")
        elif d.samples.left_out:
            text += ". " + self.tr("Sample inspections left out (invented data): {0}.").format(d.samples.left_out)
        self.summary.setText(text)
        self._fill_provinces(self.provinces, d)
        self._fill_items(self.items, d)
        draw_score_chart(self.figure, d.provinces, axis_label=self.tr("Compliance score (%)"),
                         mean_label=self.tr("Mean"), no_score_label=self.tr("no score"),
                         axis_start_label=self.tr("axis starts at {start}%"))
        self.canvas.draw_idle()
        self.dashboard_changed.emit()
        self.loaded.emit()

    def _fill_provinces(self, view: QTableWidget, d: Dashboard) -> None:
        view.setRowCount(len(d.provinces))
        for row, p in enumerate(d.provinces):
            c = p.counts
            cells = [item(p.rank or "–", center=True), item(place_name(p.province.name)),
                     item(percent(p.score), center=True, bold=True),
                     item(p.inspections, center=True), item(c.met, center=True), item(c.partly, center=True),
                     item(c.not_met, center=True), item(c.not_applicable, center=True),
                     item(c.unanswered, center=True), item(day_text(p.last_inspection), center=True)]
            for col, cell in enumerate(cells):
                cell.setData(ROLE_ID, p.last_inspection_id)
                view.setItem(row, col, cell)

    def _fill_items(self, view: QTableWidget, d: Dashboard) -> None:
        shown = [m for m in d.items if m.provinces_not_met > 0]
        view.setRowCount(len(shown))
        for row, m in enumerate(shown):
            rate = percent(None) if not m.provinces_assessed else f"{m.provinces_not_met}/{m.provinces_assessed}"
            cells = [item(self.numbers.get(m.item_id, ""), key=m.item_id, center=True), item(m.text, tooltip=m.legal_ref), item(m.provinces_not_met, center=True),
                     item(m.provinces_assessed, center=True), item(rate, center=True)]
            for col, cell in enumerate(cells):
                view.setItem(row, col, cell)

    def _open_row(self, row: int, _column: int) -> None:
        cell = self.provinces.item(row, 0)
        if cell is not None and cell.data(ROLE_ID):
            self.inspection_requested.emit(str(cell.data(ROLE_ID)))
