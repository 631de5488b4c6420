"""The "Participants" tab: the inspection's header (unit, place, dates, basis) and the people."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.checklists import ChecklistTemplate
from inspector.domain import Inspection, InspectionRecord
from ui.i18n import day_start, translate
from ui.widgets.people_table import PeopleTable

TEXT_FIELDS = ("inspected_unit", "portal_url", "dvc_url", "place", "basis", "plan_number", "minutes_number")


class ParticipantsTab(QWidget):
    header_edited = Signal(dict)  # field → new value (Inspection field names)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.inspection: Inspection | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"header-{name}")
            edit.textEdited.connect(lambda text, n=name: self._text_edited(n, text))
            self.edits[name] = edit
        self.started = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.ended = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.started.dateChanged.connect(lambda d: self._date_edited("started_at", d))
        self.ended.dateChanged.connect(lambda d: self._date_edited("ended_at", d))
        self._rows: list[tuple[str, QWidget]] = [
            ("inspected_unit", self.edits["inspected_unit"]),
            ("portal_url", self.edits["portal_url"]),
            ("dvc_url", self.edits["dvc_url"]),
            ("place", self.edits["place"]),
            ("started_at", self.started),
            ("ended_at", self.ended),
            ("basis", self.edits["basis"]),
            ("plan_number", self.edits["plan_number"]),
            ("minutes_number", self.edits["minutes_number"]),
        ]
        # Each field has its own label widget (its buddy is the field, so Alt+letter and screen
        # readers find it); `addRow("", w)` made no label at all and left nine fields unnamed.
        self.labels: dict[str, QLabel] = {}
        for name, widget in self._rows:
            label = QLabel()
            label.setObjectName(f"label-{name}")
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        self.team_box = QGroupBox()
        self.team = PeopleTable(with_role=True)
        QVBoxLayout(self.team_box).addWidget(self.team)
        self.host_box = QGroupBox()
        self.host = PeopleTable(with_role=False)
        QVBoxLayout(self.host_box).addWidget(self.host)
        self.team.changed.connect(lambda: self._emit({"team": self.team.team()}))
        self.host.changed.connect(lambda: self._emit({"host_participants": self.host.participants()}))
        # In a scroll area: nine fields and two tables need more height than a 1366×768 screen
        # leaves, and the window must never grow past the screen for them.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.form_box)
        layout.addWidget(self.team_box, 1)
        layout.addWidget(self.host_box, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            "inspected_unit": translate("ParticipantsTab", "Inspected unit"),
            "portal_url": translate("ParticipantsTab", "Portal address"),
            "dvc_url": translate("ParticipantsTab", "Online public services portal"),
            "place": translate("ParticipantsTab", "Place"),
            "started_at": translate("ParticipantsTab", "Start date"),
            "ended_at": translate("ParticipantsTab", "End date"),
            "basis": translate("ParticipantsTab", "Basis (decision, plan)"),
            "plan_number": translate("ParticipantsTab", "Plan number"),
            "minutes_number": translate("ParticipantsTab", "Minutes number"),
        }
        for name, label in self.labels.items():
            label.setText(labels[name])
            self.field(name).setAccessibleName(label.text())
        self.form_box.setTitle(translate("ParticipantsTab", "Inspection"))
        self.team_box.setTitle(translate("ParticipantsTab", "Inspection team"))
        self.host_box.setTitle(translate("ParticipantsTab", "Representatives of the inspected unit"))
        self.team.retranslate()
        self.host.retranslate()

    def field(self, name: str) -> QWidget:
        """The editor of one header field (Inspection field name)."""
        return dict(self._rows)[name]

    def load(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        self._loading = True
        try:
            self.inspection = i = record.inspection
            for name, edit in self.edits.items():
                value = getattr(i, name) or ""
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # a long basis shows its beginning, not its last words
            for widget, when in ((self.started, i.started_at), (self.ended, i.ended_at or i.started_at)):
                day = clock.local_date(when or clock.now_utc())
                widget.setDate(QDate(day.year, day.month, day.day))
            self.team.set_team(i.team)
            self.host.set_participants(i.host_participants)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.started.setReadOnly(read_only)
        self.ended.setReadOnly(read_only)
        self.team.set_read_only(read_only)
        self.host.set_read_only(read_only)

    def _text_edited(self, name: str, text: str) -> None:
        self._emit({name: text})

    def _date_edited(self, name: str, qdate: QDate) -> None:
        if self._loading:
            return
        changes = {name: day_start(date(qdate.year(), qdate.month(), qdate.day()))}
        if self.ended.date() < self.started.date():
            # keep the pair valid: moving one date past the other moves both
            other, value = (self.ended, "ended_at") if name == "started_at" else (self.started, "started_at")
            self._loading = True
            other.setDate(qdate)
            self._loading = False
            changes[value] = changes[name]
        self._emit(changes)

    def _emit(self, changes: dict) -> None:
        if not self._loading:
            self.header_edited.emit(changes)
