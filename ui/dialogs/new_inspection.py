"""New inspection: province (from the reference data), checklist, date, place, basis, people.

Choosing a province fills in its portal and online-service portal addresses and the name of the
department visited; the inspector's own details come from Settings. Provinces are those that
existed on the inspection date (63 before 1/7/2025, 34 after). Typing "phu tho" finds Phú Thọ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists import Catalog, ChecklistTemplate
from inspector.checklists.template import version_key
from inspector.domain import Participant, ProvinceRef, TeamMember, TeamRole
from inspector.reference.provinces import Province, ProvinceTable
from inspector.text import fold
from ui.collation import sorted_by_name
from ui.i18n import day_start, format_date, translate
from ui.settings import AppSettings
from ui.widgets.people_table import PeopleTable

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class NewInspectionInput:
    """What `Store.create_inspection` needs, as typed in the dialog."""

    template: ChecklistTemplate
    province: ProvinceRef
    inspected_unit: str
    portal_url: str = ""
    dvc_url: str = ""
    place: str = ""
    basis: str = ""
    plan_number: str = ""
    day: date = field(default_factory=date.today)
    team: tuple[TeamMember, ...] = ()
    host_participants: tuple[Participant, ...] = ()

    def create_kwargs(self) -> dict:
        return dict(template=self.template, province=self.province, inspected_unit=self.inspected_unit,
                    portal_url=self.portal_url, dvc_url=self.dvc_url, place=self.place, basis=self.basis,
                    plan_number=self.plan_number, started_at=day_start(self.day), team=self.team,
                    host_participants=self.host_participants)


def template_fits(template: ChecklistTemplate, day: date) -> bool:
    start = date.fromisoformat(template.applies_from) if template.applies_from else date.min
    end = date.fromisoformat(template.applies_until) if template.applies_until else date.max
    return start <= day <= end


def short_title(title: str) -> str:
    """A checklist's title up to its subject ("… Nghị định 42/2022/NĐ-CP về cung cấp …" → "…
    Nghị định 42/2022/NĐ-CP"), so it fits in a box; titles without " về " are kept whole."""
    head, sep, _rest = title.partition(" về ")
    return head if sep and len(head) >= 20 else title


class NewInspectionDialog(QDialog):
    def __init__(self, catalog: Catalog, provinces: ProvinceTable, settings: AppSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("NewInspectionDialog", "New inspection"))
        self.catalog = catalog
        self.provinces = provinces
        self._template_chosen_by_user = False
        self._filled_unit = ""
        self._filled_portal = ""
        self._filled_dvc = ""

        self.day = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.day.setObjectName("new-date")
        self.day.setDate(QDate.currentDate())
        self.province = QComboBox()
        self.province.setObjectName("new-province")
        self.province.setEditable(True)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province_model = QStandardItemModel(self)
        self.province.setModel(self.province_model)
        self.completer = QCompleter(self.province_model, self)
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._completed_text)
        self.province.setCompleter(self.completer)
        self.province.lineEdit().editingFinished.connect(self._normalize_province)
        self.template = QComboBox()
        self.template.setObjectName("new-template")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(50)  # long legal titles: full text in the list and tooltip
        self.unit = QLineEdit()
        self.unit.setObjectName("new-unit")
        self.portal = QLineEdit()
        self.dvc = QLineEdit()
        self.place = QLineEdit()
        self.place.setObjectName("new-place")
        self.basis = QLineEdit()
        self.plan_number = QLineEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(translate("NewInspectionDialog", "&Date"), self.day)
        form.addRow(translate("NewInspectionDialog", "P&rovince"), self.province)
        form.addRow(translate("NewInspectionDialog", "&Checklist"), self.template)
        # A checklist outside its period on the chosen date (e.g. after the law it follows ended):
        # said here, before anything is created; the workspace repeats it above the checklist.
        self.fit_note = QLabel()
        self.fit_note.setObjectName("template-fit-note")
        self.fit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_note.setWordWrap(True)
        self.fit_note.setStyleSheet("color: #8d4a00;")
        self.fit_note.hide()
        form.addRow(self.fit_note)
        form.addRow(translate("NewInspectionDialog", "Inspected &unit"), self.unit)
        form.addRow(translate("NewInspectionDialog", "Portal address"), self.portal)
        form.addRow(translate("NewInspectionDialog", "Online services portal"), self.dvc)
        form.addRow(translate("NewInspectionDialog", "&Place"), self.place)
        form.addRow(translate("NewInspectionDialog", "&Basis (decision or plan)"), self.basis)
        form.addRow(translate("NewInspectionDialog", "Plan &number"), self.plan_number)
        self.basis.setPlaceholderText(translate("NewInspectionDialog", "e.g. Kế hoạch kiểm tra năm 2016 của Bộ"))
        self.place.setPlaceholderText(translate("NewInspectionDialog", "e.g. Việt Trì"))
        self.team = PeopleTable(with_role=True)
        self.team.setObjectName("new-team")
        if settings.inspector_name.strip():
            self.team.add_row(settings.inspector_name.strip(), settings.inspector_title.strip(),
                              settings.inspector_unit.strip(), TeamRole.MEMBER, focus=False)
        self.host = PeopleTable(with_role=False)
        self.host.setObjectName("new-host")
        team_box = QGroupBox(translate("NewInspectionDialog", "Inspection team"))
        QVBoxLayout(team_box).addWidget(self.team)
        host_box = QGroupBox(translate("NewInspectionDialog", "Representatives of the inspected unit"))
        QVBoxLayout(host_box).addWidget(self.host)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewInspectionDialog", "Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(team_box)
        layout.addWidget(host_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        from PySide6.QtCore import QSize

        from ui.window_geometry import fitting_size

        # fits a 1366×768 screen with its taskbar and the dialog's title bar
        self.resize(fitting_size(self.screen().availableGeometry(), QSize(760, 720)))
        self.day.dateChanged.connect(self._date_changed)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.template.activated.connect(lambda _i: setattr(self, "_template_chosen_by_user", True))
        self.template.currentIndexChanged.connect(lambda _i: self._say_fit())
        self._fill_templates()
        self._date_changed()
        self.province.setFocus()

    # ----------------------------------------------------------- choices
    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def _fill_templates(self) -> None:
        self.template.clear()
        ordered = sorted(self.catalog.templates, key=lambda t: (t.id, version_key(t.version)))
        for t in ordered:
            span = ""
            if t.applies_until:
                span = translate("NewInspectionDialog", " (until {0})").format(format_date(date.fromisoformat(t.applies_until)))
            elif t.applies_from:
                span = translate("NewInspectionDialog", " (from {0})").format(format_date(date.fromisoformat(t.applies_from)))
            # the name up to "về …": "Danh mục kiểm tra việc thực hiện Nghị định 42/2022/NĐ-CP"; the
            # whole title in the tooltip (the box cut it mid-word)
            self.template.addItem(f"{short_title(t.title)} — {t.version}{span}", (t.id, t.version))
            self.template.setItemData(self.template.count() - 1, t.title, Qt.ItemDataRole.ToolTipRole)

    def _date_changed(self) -> None:
        day = self.chosen_day()
        current = self.selected_province()
        self.province.blockSignals(True)
        self.province_model.clear()
        for p in sorted_by_name(self.provinces.for_date(day), lambda p: p.short_name):
            item = QStandardItem(p.name_on(day))
            item.setData((p.era, p.code), Qt.ItemDataRole.UserRole)
            item.setData(f"{fold(p.name_on(day))} | {p.name_on(day)} | {p.short_name} | {p.code}", SEARCH_ROLE)
            self.province_model.appendRow(item)
        self.province.setCurrentIndex(-1)
        self.province.setEditText("")
        self.province.blockSignals(False)
        if current is not None:
            index = self.province.findData((current.era, current.code), Qt.ItemDataRole.UserRole)
            if index >= 0:
                self.province.setCurrentIndex(index)
        if not self._template_chosen_by_user:
            fitting = [i for i in range(self.template.count())
                       if template_fits(self.catalog.get(*self.template.itemData(i)), day)]
            if fitting:
                self.template.setCurrentIndex(fitting[-1])
        self._say_fit()

    def _say_fit(self) -> None:
        if self.template.currentIndex() < 0:
            self.fit_note.hide()
            return
        template, day = self.catalog.get(*self.template.currentData()), self.chosen_day()
        if template_fits(template, day):
            self.fit_note.hide()
            return
        start = format_date(date.fromisoformat(template.applies_from)) if template.applies_from else "…"
        end = format_date(date.fromisoformat(template.applies_until)) if template.applies_until else "…"
        self.fit_note.setText(translate(
            "NewInspectionDialog", "No built-in checklist covers {0}: this one is for inspections from {1} to {2}. "
                                   "Check the law in force on the inspection date before relying on it.").format(
            format_date(day), start, end))
        self.fit_note.show()

    def _completed_text(self, text: str) -> None:
        # The completer writes its search text into the editor after this signal: choose the
        # province once it is done.
        QTimer.singleShot(0, self._normalize_province)

    def _province_row(self) -> int | None:
        """The row the typed text designates: a province's name, its search text, or the only
        province whose folded name contains what was typed ("phu tho")."""
        text = self.province.currentText().strip()
        if not text:
            return None
        rows = range(self.province_model.rowCount())
        for row in rows:
            item = self.province_model.item(row)
            if text in (item.text(), item.data(SEARCH_ROLE)):
                return row
        wanted = fold(text)
        matches = [row for row in rows if wanted in self.province_model.item(row).data(SEARCH_ROLE)]
        return matches[0] if len(matches) == 1 else None

    def _normalize_province(self) -> None:
        row = self._province_row()
        if row is not None:
            self.province.setCurrentIndex(row)
            self.province.setEditText(self.province.itemText(row))
            self._province_changed()

    def selected_province(self) -> Province | None:
        row = self._province_row()
        if row is None:
            return None
        return self.provinces.get(*self.province_model.item(row).data(Qt.ItemDataRole.UserRole))

    def _province_changed(self) -> None:
        p = self.selected_province()
        if p is None:
            return
        day = self.chosen_day()
        # Fill what the reference data knows, but never overwrite what the user typed.
        for edit, attr, value in ((self.unit, "_filled_unit", p.department_name(day)),
                                  (self.portal, "_filled_portal", p.portal_on(day)),
                                  (self.dvc, "_filled_dvc", p.dvc_url)):
            if edit.text() in ("", getattr(self, attr)):
                edit.setText(value)
                setattr(self, attr, value)

    # ----------------------------------------------------------- result
    def _accept(self) -> None:
        problem = ""
        if self.selected_province() is None:
            problem = translate("NewInspectionDialog", "Choose a province from the list.")
            self.province.setFocus()
        elif self.template.currentIndex() < 0:
            problem = translate("NewInspectionDialog", "Choose a checklist.")
        elif not self.unit.text().strip():
            problem = translate("NewInspectionDialog", "Enter the name of the inspected unit.")
            self.unit.setFocus()
        self.problem.setText(problem)
        if not problem:
            self.accept()

    def value(self) -> NewInspectionInput:
        p = self.selected_province()
        assert p is not None
        day = self.chosen_day()
        return NewInspectionInput(
            template=self.catalog.get(*self.template.currentData()),
            province=p.ref(day),
            inspected_unit=self.unit.text().strip(),
            portal_url=self.portal.text().strip(),
            dvc_url=self.dvc.text().strip(),
            place=self.place.text().strip(),
            basis=self.basis.text().strip(),
            plan_number=self.plan_number.text().strip(),
            day=day,
            team=self.team.team(),
            host_participants=self.host.participants(),
        )
