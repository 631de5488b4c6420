"""What the national report says about itself before it is signed: its number, its date and who
signs it (Decree 30/2020: "Số: …/BC-…", place and date, the signer's authority, title and name).

Asked at every export, so the report comes out ready to sign. The number is new each time; the
signer is remembered (QSettings) from one report to the next and otherwise comes from the report
wording (the shipped file, then the office's templates/report.yaml). A blank name leaves the line
to be written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.minutes.formats import format_document_number
from inspector.office.wording import ReportWording
from ui.widgets.plain import plain_label

_KEYS = {"authority": "report/signer_authority", "title": "report/signer_title", "name": "report/signer_name"}
# Forms of signing authority in Decree 30/2020 (Art. 13): in person, KT. (for the head), TL., TUQ.
_AUTHORITIES = ("", "KT. CỤC TRƯỞNG", "TL. BỘ TRƯỞNG", "TUQ. BỘ TRƯỞNG")


@dataclass(frozen=True)
class ReportDetails:
    number: str
    report_date: date
    authority: str
    title: str
    name: str


class ReportDetailsDialog(QDialog):
    """Number, date and signer of the report; OK exports."""

    def __init__(self, wording: ReportWording, today: date, settings: QSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("National report details"))
        self.unit = wording.get("issuer.unit_abbreviation")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("blank: filled in by hand"))
        self.number.setMaxLength(20)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True,
                             displayFormat="dd/MM/yyyy")
        self.day.setObjectName("report_date")
        self.authority = QComboBox()
        self.authority.setObjectName("authority")
        self.authority.setEditable(True)
        self.authority.addItems(_AUTHORITIES)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("blank: written by hand after signing"))
        for box, key, wording_key in ((self.title, "title", "signer.title"), (self.name, "name", "signer.name")):
            box.setMaxLength(120)
            box.setText(str(settings.value(_KEYS[key], wording.get(wording_key)) or ""))
        self.authority.setCurrentText(str(settings.value(_KEYS["authority"], wording.get("signer.authority")) or ""))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Report number (Số)"), self.number)
        form.addRow(self.tr("Report date"), self.day)
        form.addRow(self.tr("Signing authority (KT., TL., …)"), self.authority)
        form.addRow(self.tr("Signer's title"), self.title)
        form.addRow(self.tr("Signer's name"), self.name)
        self.preview = plain_label()
        self.preview.setObjectName("number_preview")
        self.number.textChanged.connect(self._preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("What the report's first and last lines say. The signer is "
                                             "remembered for the next report.")))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._preview()
        self.setMinimumWidth(560)  # a whole title and name stay readable

    def _preview(self) -> None:
        line = format_document_number(self.number.text(), "BC", self.unit, "      ")
        self.preview.setText(self.tr("The report will say: {0}").format(line))

    def details(self) -> ReportDetails:
        d = self.day.date()
        return ReportDetails(number=self.number.text().strip(), report_date=date(d.year(), d.month(), d.day()),
                             authority=self.authority.currentText().strip(), title=self.title.text().strip(),
                             name=self.name.text().strip())

    def accept(self) -> None:
        chosen = self.details()
        for key in ("authority", "title", "name"):
            self.settings.setValue(_KEYS[key], getattr(chosen, key))
        self.settings.sync()
        super().accept()
