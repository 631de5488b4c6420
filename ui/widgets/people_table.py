"""Editable tables of people: the inspection team (with roles) and the host's participants."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from inspector.domain import Participant, TeamMember, TeamRole
from ui.i18n import translate
from ui.widgets.table_editor import build_table_editor

ROLE_ORDER = (TeamRole.HEAD, TeamRole.DEPUTY_HEAD, TeamRole.MEMBER, TeamRole.SECRETARY)
# Stored as the minutes print them ("Ông Phạm Văn Hùng, Phó Cục trưởng …"); "" = not given (the
# working copy of the minutes lists such people).
HONORIFICS = ("", "Ông", "Bà")


def honorific_label(value: str) -> str:
    return {
        "": translate("PeopleTable", "—"),
        "Ông": translate("PeopleTable", "Mr (Ông)"),
        "Bà": translate("PeopleTable", "Ms (Bà)"),
    }[value]


def role_label(role: TeamRole) -> str:
    return {
        TeamRole.HEAD: translate("TeamRole", "Head of team"),
        TeamRole.DEPUTY_HEAD: translate("TeamRole", "Deputy head"),
        TeamRole.MEMBER: translate("TeamRole", "Member"),
        TeamRole.SECRETARY: translate("TeamRole", "Secretary"),
    }[role]


class PeopleTable(QWidget):
    """Name / title / unit (/ role) / Ông-Bà rows; `changed` fires after every edit."""

    changed = Signal()

    def __init__(self, with_role: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_role = with_role
        self._filling = False
        self.honorific_col = 4 if with_role else 3
        self.table = QTableWidget(0, self.honorific_col + 1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.add_button, self.remove_button = build_table_editor(self, self.table, self.add_row, self.remove_row)
        self.retranslate()

    def retranslate(self) -> None:
        labels = [translate("PeopleTable", "Full name"), translate("PeopleTable", "Title"),
                  translate("PeopleTable", "Unit")]
        if self.with_role:
            labels.append(translate("PeopleTable", "Role"))
            for row in range(self.table.rowCount()):
                combo = self.table.cellWidget(row, 3)
                if isinstance(combo, QComboBox):
                    for i, role in enumerate(ROLE_ORDER):
                        combo.setItemText(i, role_label(role))
        labels.append(translate("PeopleTable", "Ông/Bà"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, self.honorific_col)
            if isinstance(combo, QComboBox):
                for i, value in enumerate(HONORIFICS):
                    combo.setItemText(i, honorific_label(value))
        self.table.setHorizontalHeaderLabels(labels)
        self._fit_role_column()
        self.add_button.setText(translate("PeopleTable", "Add person"))
        self.remove_button.setText(translate("PeopleTable", "Remove person"))

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        for row in range(self.table.rowCount()):
            for col in range(3, self.table.columnCount()):
                combo = self.table.cellWidget(row, col)
                if combo is not None:
                    combo.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    # ------------------------------------------------------------- rows
    def add_row(self, name: str = "", title: str = "", unit: str = "",
                role: TeamRole = TeamRole.MEMBER, *, honorific: str = "", focus: bool = True) -> None:
        filling, self._filling = self._filling, True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((name, title, unit)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        if self.with_role:
            combo = QComboBox()
            for r in ROLE_ORDER:
                combo.addItem(role_label(r), r.value)
            combo.setCurrentIndex(ROLE_ORDER.index(role))
            combo.currentIndexChanged.connect(self._edited)
            self.table.setCellWidget(row, 3, combo)
        polite = QComboBox()
        for value in HONORIFICS:
            polite.addItem(honorific_label(value), value)
        polite.setCurrentIndex(HONORIFICS.index(honorific) if honorific in HONORIFICS else 0)
        polite.currentIndexChanged.connect(self._edited)
        self.table.setCellWidget(row, self.honorific_col, polite)
        self._filling = filling
        if focus and isinstance(name, str) and not name:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()

    def _fit_role_column(self) -> None:
        """The role and Ông/Bà columns as wide as their longest choice in the current language
        ("Trưởng đoàn" was cut to "Trưởng đoàr", "Mr (Ông)" to "Mr (Ô": a column sized to its
        header does not see the choice boxes inside it)."""
        if self.with_role:
            self._fit_combo_column(3, [role_label(r) for r in ROLE_ORDER])
        self._fit_combo_column(self.honorific_col, [honorific_label(v) for v in HONORIFICS])

    def _fit_combo_column(self, col: int, texts: list[str]) -> None:
        combo = QComboBox()
        combo.addItems(texts)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        width = max(combo.sizeHint().width(), self.table.horizontalHeader().sectionSizeFromContents(col).width())
        self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().resizeSection(col, width + 8)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def set_team(self, team: tuple[TeamMember, ...] | list[TeamMember]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for m in team:
            self.add_row(m.name, m.title, m.unit, m.role, honorific=m.honorific, focus=False)
        self._filling = False

    def set_participants(self, people: tuple[Participant, ...] | list[Participant]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for p in people:
            self.add_row(p.name, p.title, p.unit, honorific=p.honorific, focus=False)
        self._filling = False

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _honorific(self, row: int) -> str:
        combo = self.table.cellWidget(row, self.honorific_col)
        return str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""

    def team(self) -> tuple[TeamMember, ...]:
        out = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, 0)
            if not name:
                continue
            combo = self.table.cellWidget(row, 3)
            role = TeamRole(combo.currentData()) if isinstance(combo, QComboBox) else TeamRole.MEMBER
            out.append(TeamMember(name, self._cell(row, 1), self._cell(row, 2), role,
                                  honorific=self._honorific(row)))
        return tuple(out)

    def participants(self) -> tuple[Participant, ...]:
        return tuple(Participant(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2),
                                 honorific=self._honorific(r))
                     for r in range(self.table.rowCount()) if self._cell(r, 0))

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()
