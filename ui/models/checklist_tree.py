"""The checklist as a tree (sections → items) with per-section progress, fed with the template
and the findings. Only the rows of an item and its section change when a finding changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from inspector.checklists import ChecklistItem, ChecklistTemplate, ItemKind, RefConfidence
from inspector.domain import Finding, FindingStatus
from ui.i18n import translate
from ui.models.status import COLORS, status_icon, status_label

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class SectionProgress:
    answered: int
    total: int
    not_met: int


def item_number(template: ChecklistTemplate, item_id: str) -> str:
    """"2.3" = third item of the second section (what inspectors say out loud)."""
    for i, section in enumerate(template.sections, start=1):
        for j, item in enumerate(section.items, start=1):
            if item.id == item_id:
                return f"{i}.{j}"
    return ""


class ChecklistTreeModel(QStandardItemModel):
    TITLE, PROGRESS, NOT_MET = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(3)
        self.template: ChecklistTemplate | None = None
        self.findings: dict[str, Finding] = {}
        self._item_rows: dict[str, QStandardItem] = {}
        self._section_rows: dict[str, QStandardItem] = {}
        self._section_of: dict[str, str] = {}
        self.order: list[str] = []
        # Items whose legal basis is not in force on the inspection date: hidden, or shown greyed
        # and never counted when `show_not_in_force` is on.
        self.not_in_force: set[str] = set()
        self.show_not_in_force = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            translate("ChecklistTreeModel", "Checklist"),
            translate("ChecklistTreeModel", "Result"),
            translate("ChecklistTreeModel", "Not met"),
        ])
        if self.template is not None:
            for item_id in self.order:
                self._paint_item(item_id)

    def load(self, template: ChecklistTemplate, findings: dict[str, Finding], *, day: date | None = None,
             show_not_in_force: bool = False) -> None:
        """Show `template` for an inspection on `day`: items whose basis is not in force then are
        left out (or greyed, with `show_not_in_force`) and never counted in the progress."""
        self.template = template
        self.findings = dict(findings)
        self.show_not_in_force = show_not_in_force
        in_force = {it.id for it in template.items_for_inspection(day)}
        self.not_in_force = {it.id for it in template.items()} - in_force
        self.removeRows(0, self.rowCount())
        self._item_rows.clear()
        self._section_rows.clear()
        self._section_of.clear()
        self.order = []
        bold = QFont()
        bold.setBold(True)
        grey = QBrush(QColor("#90a4ae"))
        root = self.invisibleRootItem()
        for i, section in enumerate(template.sections, start=1):
            shown = [(j, it) for j, it in enumerate(section.items, start=1)
                     if show_not_in_force or it.id not in self.not_in_force]
            if not shown:
                continue
            head = QStandardItem(f"{i}. {section.title}")
            head.setData(section.id, SECTION_ID_ROLE)
            head.setToolTip(section.title)
            head.setFont(bold)
            head.setEditable(False)
            cells = [head, _cell(), _cell()]
            for j, item in shown:
                row = QStandardItem(f"{i}.{j}  {item.text}")
                row.setData(item.id, ITEM_ID_ROLE)
                row.setData(section.id, SECTION_ID_ROLE)
                row.setToolTip(self._tooltip(item))
                row.setEditable(False)
                if item.id in self.not_in_force:
                    row.setForeground(grey)
                head.appendRow([row, _cell(), _cell()])
                self._item_rows[item.id] = row
                self._section_of[item.id] = section.id
                self.order.append(item.id)
            root.appendRow(cells)
            self._section_rows[section.id] = head
        for item_id in self.order:
            self._paint_item(item_id, section_too=False)
        for section_id in self._section_rows:
            self._paint_section(section_id)

    def _tooltip(self, item: ChecklistItem) -> str:
        lines = [item.text]
        if item.id in self.not_in_force:
            lines.append(translate("ChecklistTreeModel", "Not in force on the inspection date: not counted."))
        if item.kind is ItemKind.PRACTICE:
            lines.append(translate("ChecklistTreeModel", "Good practice or guidance, not a legal duty: not scored."))
        elif item.kind is ItemKind.FIGURE:
            lines.append(translate("ChecklistTreeModel", "Figure for the minutes: not scored."))
        elif item.ref_confidence is not RefConfidence.HIGH:
            lines.append(translate("ChecklistTreeModel", "Legal reference not fully verified."))
        return "\n".join(lines)

    @property
    def hidden_count(self) -> int:
        """Items not in force on the inspection date (hidden unless shown on request)."""
        return len(self.not_in_force)

    # ------------------------------------------------------------- queries
    def index_of_item(self, item_id: str) -> QModelIndex:
        row = self._item_rows.get(item_id)
        return row.index() if row else QModelIndex()

    def index_of_section(self, section_id: str) -> QModelIndex:
        row = self._section_rows.get(section_id)
        return row.index() if row else QModelIndex()

    def item_id_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        return first.data(ITEM_ID_ROLE)

    def section_progress(self, section_id: str) -> SectionProgress:
        assert self.template is not None
        section = next(s for s in self.template.sections if s.id == section_id)
        answered = not_met = 0
        counted = [it for it in section.items if it.id not in self.not_in_force]
        for item in counted:
            f = self.findings.get(item.id)
            if f is not None and f.answered:
                answered += 1
                if f.status is FindingStatus.NOT_MET:
                    not_met += 1
        return SectionProgress(answered, len(counted), not_met)

    def checklist_item(self, item_id: str) -> ChecklistItem:
        assert self.template is not None
        return self.template.item(item_id)

    # ------------------------------------------------------------- updates
    def update_finding(self, finding: Finding) -> None:
        self.findings[finding.item_id] = finding
        self._paint_item(finding.item_id)

    def _paint_item(self, item_id: str, section_too: bool = True) -> None:
        row = self._item_rows[item_id]
        f = self.findings.get(item_id)
        status = f.status if f else None
        answered = bool(f and f.answered)
        row.setIcon(status_icon(status, answered))
        parent = row.parent()
        status_cell = parent.child(row.row(), self.PROGRESS)
        if status is not None:
            text = status_label(status)
        elif answered:
            text = translate("ChecklistTreeModel", "Answered")
        else:
            text = ""
        status_cell.setText(text)
        status_cell.setForeground(QBrush(QColor(COLORS[status] if status is not None else "#455a64")))
        if section_too:
            self._paint_section(self._section_of[item_id])

    def _paint_section(self, section_id: str) -> None:
        head = self._section_rows[section_id]
        p = self.section_progress(section_id)
        root = self.invisibleRootItem()
        progress = root.child(head.row(), self.PROGRESS)
        progress.setText(f"{p.answered}/{p.total}")
        done = p.answered == p.total
        progress.setForeground(QBrush(QColor("#2e7d32" if done else "#455a64")))
        not_met = root.child(head.row(), self.NOT_MET)
        not_met.setText(str(p.not_met) if p.not_met else "")
        not_met.setForeground(QBrush(QColor(COLORS[FindingStatus.NOT_MET])))
        not_met.setToolTip(translate("ChecklistTreeModel", "Items not met in this section"))


def _cell() -> QStandardItem:
    cell = QStandardItem("")
    cell.setEditable(False)
    return cell
