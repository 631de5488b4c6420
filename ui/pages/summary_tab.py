"""The "Summary" tab: counts by status, per section, the figures, and the conclusion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists import ChecklistTemplate, ResponseType
from inspector.domain import Finding, FindingStatus, InspectionRecord
from ui.i18n import format_number, translate
from ui.models.status import STATUS_ORDER, status_label


@dataclass(frozen=True)
class SectionCounts:
    title: str
    answered: int
    total: int
    by_status: dict[FindingStatus, int]


@dataclass(frozen=True)
class FigureRow:
    number: str
    item_text: str
    name: str  # "" for the item's own value
    value: float
    unit: str


@dataclass(frozen=True)
class Summary:
    total: int
    answered: int
    by_status: dict[FindingStatus, int]
    sections: list[SectionCounts]
    figures: list[FigureRow]

    @property
    def compliance(self) -> float | None:
        """Đạt 1, Đạt một phần 0.5, Không đạt 0, over the applicable answered items."""
        scored = [(s.score or 0.0) * n for s, n in self.by_status.items() if s.score is not None]
        count = sum(n for s, n in self.by_status.items() if s.score is not None)
        return sum(scored) / count if count else None


def summarize(template: ChecklistTemplate, findings: dict[str, Finding], day: date | None = None) -> Summary:
    """Counts over the items in force on `day` (all items without a date)."""
    shown = {it.id for it in template.items_for_inspection(day)}
    by_status = dict.fromkeys(STATUS_ORDER, 0)
    sections, figures = [], []
    answered = 0
    for i, section in enumerate(template.sections, start=1):
        counts = dict.fromkeys(STATUS_ORDER, 0)
        done = 0
        items = [(j, it) for j, it in enumerate(section.items, start=1) if it.id in shown]
        if not items:
            continue
        for j, item in items:
            f = findings.get(item.id)
            if f is None:
                continue
            if f.answered:
                done += 1
            if f.status is not None:
                counts[f.status] += 1
            if item.response.type is ResponseType.NUMBER and isinstance(f.value, (int, float)):
                figures.append(FigureRow(f"{i}.{j}", item.text, "", float(f.value), item.response.unit))
            for name, value in f.figures.items():
                figures.append(FigureRow(f"{i}.{j}", item.text, name, value, ""))
        for s, n in counts.items():
            by_status[s] += n
        answered += done
        sections.append(SectionCounts(f"{i}. {section.title}", done, len(items), counts))
    return Summary(len(shown), answered, by_status, sections, figures)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only figures: nothing to do there
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, columns):
        table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class SummaryTab(QWidget):
    header_edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.summary: Summary | None = None
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setObjectName("summary-headline")
        self.headline.setStyleSheet("font-size: 13pt; font-weight: bold; padding: 4px 0;")
        self.status_table = _table(2)
        self.section_table = _table(6)
        self.figures_table = _table(3)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("conclusion")
        self.conclusion.setTabChangesFocus(True)
        self.host_opinion = QPlainTextEdit()
        self.host_opinion.setObjectName("host-opinion")
        self.host_opinion.setTabChangesFocus(True)
        self.conclusion.textChanged.connect(lambda: self._edited("conclusion", self.conclusion))
        self.host_opinion.textChanged.connect(lambda: self._edited("host_opinion", self.host_opinion))
        self.counts_box, self.sections_box, self.figures_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.conclusion_box, self.opinion_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.counts_box).addWidget(self.status_table)
        QVBoxLayout(self.sections_box).addWidget(self.section_table)
        QVBoxLayout(self.figures_box).addWidget(self.figures_table)
        QVBoxLayout(self.conclusion_box).addWidget(self.conclusion)
        QVBoxLayout(self.opinion_box).addWidget(self.host_opinion)
        grid = QGridLayout(self)
        grid.addWidget(self.headline, 0, 0, 1, 2)
        grid.addWidget(self.counts_box, 1, 0)
        grid.addWidget(self.conclusion_box, 1, 1)
        grid.addWidget(self.sections_box, 2, 0)
        grid.addWidget(self.opinion_box, 2, 1)
        grid.addWidget(self.figures_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(3, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.counts_box.setTitle(translate("SummaryTab", "Results by status"))
        self.sections_box.setTitle(translate("SummaryTab", "By section"))
        self.figures_box.setTitle(translate("SummaryTab", "Figures"))
        self.conclusion_box.setTitle(translate("SummaryTab", "Conclusion of the team"))
        self.opinion_box.setTitle(translate("SummaryTab", "Opinion of the inspected unit"))
        self.status_table.setHorizontalHeaderLabels([translate("SummaryTab", "Status"), translate("SummaryTab", "Items")])
        self.section_table.setHorizontalHeaderLabels(
            [translate("SummaryTab", "Section"), translate("SummaryTab", "Answered")]
            + [status_label(s) for s in STATUS_ORDER])
        self.figures_table.setHorizontalHeaderLabels([translate("SummaryTab", "Item"), translate("SummaryTab", "Number"),
                                                      translate("SummaryTab", "Unit")])
        if self.summary is not None:
            self._paint()

    def load(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        self._loading = True
        try:
            for edit, text in ((self.conclusion, record.inspection.conclusion),
                               (self.host_opinion, record.inspection.host_opinion)):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False
        self.day = record.inspection.day
        self.refresh(template, record.findings)

    def refresh(self, template: ChecklistTemplate, findings: dict[str, Finding]) -> None:
        self.summary = summarize(template, findings, getattr(self, "day", None))
        self._paint()

    def set_read_only(self, read_only: bool) -> None:
        self.conclusion.setReadOnly(read_only)
        self.host_opinion.setReadOnly(read_only)

    def _paint(self) -> None:
        s = self.summary
        assert s is not None
        compliance = s.compliance
        head = translate("SummaryTab", "{0} of {1} items answered").format(s.answered, s.total)
        if compliance is not None:
            head += " · " + translate("SummaryTab", "compliance {0}%").format(round(100 * compliance))
        self.headline.setText(head)
        self.status_table.setRowCount(len(STATUS_ORDER) + 1)
        for row, status in enumerate(STATUS_ORDER):
            self.status_table.setItem(row, 0, _item(status_label(status)))
            self.status_table.setItem(row, 1, _item(str(s.by_status[status]), True))
        self.status_table.setItem(len(STATUS_ORDER), 0, _item(translate("SummaryTab", "Not answered")))
        self.status_table.setItem(len(STATUS_ORDER), 1, _item(str(s.total - s.answered), True))
        self.section_table.setRowCount(len(s.sections))
        for row, sec in enumerate(s.sections):
            self.section_table.setItem(row, 0, _item(sec.title))
            self.section_table.setItem(row, 1, _item(f"{sec.answered}/{sec.total}", True))
            for col, status in enumerate(STATUS_ORDER, start=2):
                n = sec.by_status[status]
                self.section_table.setItem(row, col, _item(str(n) if n else "", True))
        self.figures_table.setRowCount(len(s.figures))
        for row, fig in enumerate(s.figures):
            label = f"{fig.number} {fig.item_text}" if not fig.name else f"{fig.number} · {fig.name}"
            cell = _item(label)
            cell.setToolTip(fig.item_text)
            self.figures_table.setItem(row, 0, cell)
            self.figures_table.setItem(row, 1, _item(format_number(fig.value), True))
            self.figures_table.setItem(row, 2, _item(fig.unit))

    def _edited(self, field: str, edit: QPlainTextEdit) -> None:
        if not self._loading:
            self.header_edited.emit({field: edit.toPlainText()})
