"""The wording of the minutes that an office changes without code: agency names, the unit's
abbreviation, signature titles, fixed sentences, number of copies.

The page shows the wording in force (shipped defaults < the office's file in the data folder <
the user's own changes) and keeps only what differs from the office's file or the defaults, in
the user's wording file (`inspector.minutes.user_wording_file`), which the core checks and reads
at every export (the command line too). "Restore defaults" puts the office's or shipped texts
back; OK then removes the user's file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.errors import WordingError
from ui.i18n import translate
from ui.widgets.plain import plain_label

LINE, TEXT, LINES, COUNT = "line", "text", "lines", "count"

# What Inspector puts in place of each {word} of the wording (English source, translated). Every
# placeholder a field's text holds is explained under the dialog and in the field's tooltip.
PLACEHOLDER_HELP: dict[str, str] = {
    "inspected_unit": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the inspected unit's name"),
    "province": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the province, e.g. Tỉnh Phú Thọ"),
    "province_lower": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the province in running text, e.g. tỉnh Phú Thọ"),
    "place": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the place on the date line"),
    "team_name": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the team, as named above"),
    "ministry": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the ministry, as named above"),
    "unit_abbreviation": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the unit abbreviation, as above"),
    "subject_basis": QT_TRANSLATE_NOOP("MinutesWordingDialog", "what is inspected and under which decree"),
    "subject_basis_lower": QT_TRANSLATE_NOOP("MinutesWordingDialog", "what is inspected and under which decree, in running text"),
    "date": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the date of the minutes"),
    "start_time": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the time the inspection started, e.g. 8 giờ 30 phút"),
    "start_date": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the day it started, in words"),
    "place_of_work": QT_TRANSLATE_NOOP("MinutesWordingDialog", "where the team worked (Place on the Participants tab)"),
    "end_time": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the time the inspection ended"),
    "end_day": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the day it ended (or 'the same day')"),
    "copies": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the number of copies, as set on the Signatures and copies tab"),
    "team_copies": QT_TRANSLATE_NOOP("MinutesWordingDialog", "copies kept by the team"),
    "host_copies": QT_TRANSLATE_NOOP("MinutesWordingDialog", "copies kept by the inspected unit"),
    "plan_number": QT_TRANSLATE_NOOP("MinutesWordingDialog", "the plan number (Participants tab)"),
    "start_moment": QT_TRANSLATE_NOOP("MinutesWordingDialog",
                                      "when the inspection started: the time only if one was entered, and the day"),
    "end_moment": QT_TRANSLATE_NOOP("MinutesWordingDialog",
                                    "when the inspection ended: the time only if one was entered, and the day"),
    "subject_full": QT_TRANSLATE_NOOP("MinutesWordingDialog",
                                      "what is inspected, with the full first citation of each legal text"),
    "archive_unit": QT_TRANSLATE_NOOP("MinutesWordingDialog",
                                      "the unit that files the original (Lưu: VT, …), by the inspection's date"),
}
_BRACED = re.compile(r"\{([a-z_]+)\}")


def placeholder_lines(names: list[str]) -> list[str]:
    """"{copies}: the number of copies…" for each name Inspector knows how to explain."""
    return [f"{{{n}}}: {translate('MinutesWordingDialog', PLACEHOLDER_HELP[n])}" for n in names
            if n in PLACEHOLDER_HELP]


@dataclass(frozen=True)
class Field:
    key: str  # dotted key of resources/templates/minutes.yaml
    label: str  # English source text, "MinutesWordingDialog" context
    kind: str = LINE
    tab: int = 0
    empty: str = ""  # English source text shown in an empty box: what an empty value means


FIELDS: tuple[Field, ...] = (
    Field("agency.parent", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Parent agency (top left)"), TEXT,
          empty=QT_TRANSLATE_NOOP("MinutesWordingDialog", "Empty: no parent agency line")),
    Field("agency.issuing_unit", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Issuing unit (bold, under it)"), TEXT),
    Field("agency.unit_abbreviation", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Unit abbreviation (Số: …/BB-…)")),
    Field("agency.ministry", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Ministry, in sentences")),
    Field("agency.team_name", QT_TRANSLATE_NOOP("MinutesWordingDialog", "The team, in sentences")),
    Field("document.place", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Place on the date line"),
          empty=QT_TRANSLATE_NOOP("MinutesWordingDialog", "Empty: the province of the inspection")),
    Field("signatures.host_heading", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Inspected unit's signature heading"),
          tab=1),
    Field("signatures.host_title", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Inspected unit's signer title"), tab=1,
          empty=QT_TRANSLATE_NOOP("MinutesWordingDialog", "Empty: the title of the unit's first representative")),
    Field("signatures.team_heading", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Team's signature heading"), tab=1),
    Field("signatures.team_title", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Team's signer title"), tab=1),
    Field("signatures.secretary_heading", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Secretary's signature heading"),
          tab=1),
    Field("copies.team", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Copies kept by the team"), COUNT, tab=1),
    Field("copies.host", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Copies kept by the inspected unit"), COUNT, tab=1),
    Field("recipients.lines", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Recipients (Nơi nhận), one per line"),
          LINES, tab=1),
    Field("text.opening", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Opening sentence"), TEXT, tab=2),
    Field("text.basis_missing", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Basis line when none was entered"),
          TEXT, tab=2),
    Field("text.closing", QT_TRANSLATE_NOOP("MinutesWordingDialog", "Closing sentence"), TEXT, tab=2),
    Field("text.recommendations_none", QT_TRANSLATE_NOOP("MinutesWordingDialog", "When there is no recommendation"),
          TEXT, tab=2),
)

TABS = (
    QT_TRANSLATE_NOOP("MinutesWordingDialog", "Agency"),
    QT_TRANSLATE_NOOP("MinutesWordingDialog", "Signatures and copies"),
    QT_TRANSLATE_NOOP("MinutesWordingDialog", "Sentences"),
)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [unicodedata.normalize("NFC", v) for v in value]
    return value


class MinutesWordingDialog(QDialog):
    """Edit the user's wording of the minutes; OK checks it and keeps it, or says what is wrong."""

    def __init__(self, *, data_dir: Path | None = None, user_file: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from inspector.minutes import (
            MinutesSettings,
            load_wording,
            office_wording_file,
            user_wording_file,
        )

        self.office_file = office_wording_file(data_dir)
        self.user_file = user_file or user_wording_file()
        self.setWindowTitle(translate("MinutesWordingDialog", "Minutes wording"))
        self.problem = plain_label()
        self.problem.setObjectName("wording-problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setVisible(False)
        # What applies without the user's changes: the office's file over the shipped defaults.
        self.base = load_wording(MinutesSettings(office_file=self.office_file)).values
        current = self.base
        broken: WordingError | None = None
        if self.user_file.is_file():
            try:
                current = load_wording(MinutesSettings(office_file=self.office_file, user_file=self.user_file)).values
            except WordingError as exc:  # a hand-edited file gone wrong: say so, start from the defaults
                broken = exc

        intro = plain_label(translate(
            "MinutesWordingDialog", "These texts are printed on every minutes you export. Words in braces, such as "
                                    "{inspected_unit} or {copies}, are filled in by Inspector: keep them as they are. "
                                    "Use Enter for a line break in the agency names."), selectable=False)
        self.tabs = QTabWidget()
        self.widgets: dict[str, QWidget] = {}
        forms = []
        for title in TABS:
            page = QWidget()
            outer = QVBoxLayout(page)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            outer.addLayout(form)
            outer.addStretch(1)  # rows stay together at the top
            forms.append(form)
            self.tabs.addTab(page, translate("MinutesWordingDialog", title))
        for f in FIELDS:
            widget = self._make(f)
            widget.setObjectName(f"wording-{f.key}")
            if f.empty and hasattr(widget, "setPlaceholderText"):
                widget.setPlaceholderText(translate("MinutesWordingDialog", f.empty))
            self.widgets[f.key] = widget
            forms[f.tab].addRow(translate("MinutesWordingDialog", f.label), widget)
        self.set_values(current)
        self.placeholders = plain_label(selectable=False)
        self.placeholders.setObjectName("wording-placeholders")
        self.placeholders.setStyleSheet("color: #455a64;")
        self._explain_placeholders()
        if broken is not None:
            self._show_problem(broken)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setText(translate("MinutesWordingDialog", "&Restore defaults"))
        self.restore_button.setToolTip(translate("MinutesWordingDialog", "Put back the texts of the office's file, or "
                                                                        "the built-in ones; OK keeps them"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholders)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def _make(self, f: Field) -> QWidget:
        if f.kind == COUNT:
            spin = QSpinBox()
            spin.setRange(1, 20)
            return spin
        if f.kind in (TEXT, LINES):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            lines = 4 if f.kind == LINES or f.key.startswith("text.") else 2
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
            return edit
        return QLineEdit()

    def _explain_placeholders(self) -> None:
        """Say what each {word} in the texts stands for: under the tabs, and per field in its tooltip."""
        used: list[str] = []
        for f in FIELDS:
            widget = self.widgets[f.key]
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else \
                widget.text() if isinstance(widget, QLineEdit) else ""
            names = list(dict.fromkeys(_BRACED.findall(text)))
            used += [n for n in names if n not in used]
            widget.setToolTip("\n".join(placeholder_lines(names)))
        lines = placeholder_lines(used)
        self.placeholders.setText(translate("MinutesWordingDialog", "Words in braces that Inspector fills in:")
                                  + " " + "; ".join(lines) + "." if lines else "")

    # ------------------------------------------------------------ values
    def set_values(self, values: Any) -> None:
        for f in FIELDS:
            widget, value = self.widgets[f.key], values[f.key]
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("\n".join(value) if f.kind == LINES else str(value))
            else:
                widget.setText(str(value))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in FIELDS:
            widget = self.widgets[f.key]
            if isinstance(widget, QSpinBox):
                out[f.key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                out[f.key] = [line.strip() for line in text.splitlines() if line.strip()] if f.kind == LINES \
                    else text.strip()
            else:
                out[f.key] = widget.text().strip()
        return {key: _nfc(value) for key, value in out.items()}

    def changes(self) -> dict[str, Any]:
        """Only what differs from the office's file or the defaults."""
        return {key: value for key, value in self.values().items() if value != _nfc(self.base[key])}

    def restore_defaults(self) -> None:
        self.set_values(self.base)
        self.problem.setVisible(False)

    # -------------------------------------------------------------- save
    def accept(self) -> None:
        from inspector.minutes import save_user_wording

        try:
            save_user_wording(self.changes(), self.user_file, office_file=self.office_file)
        except WordingError as exc:
            self._show_problem(exc)
            widget = self.widgets.get(exc.key)
            if widget is not None:
                self.tabs.setCurrentIndex(next(f.tab for f in FIELDS if f.key == exc.key))
                widget.setFocus()
            return
        except OSError as exc:
            from ui.errors import show_error

            show_error(self, exc)
            return
        super().accept()

    def _show_problem(self, exc: WordingError) -> None:
        from ui.errors import describe_error

        label = next((translate("MinutesWordingDialog", f.label) for f in FIELDS if f.key == exc.key), exc.key)
        if exc.key in self.widgets:
            text = translate("MinutesWordingDialog", "“{0}” cannot be kept: {1}").format(label, _reason(exc))
        else:
            text = describe_error(exc) or str(exc)
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)


def _reason(exc: WordingError) -> str:
    if exc.code == "unknown-placeholder":
        return translate("MinutesWordingDialog", "{0} is not a word Inspector fills in. Check its spelling, or write "
                                                 "{{{{ and }}}} for real braces.").format(exc.detail.split(" ")[0])
    if exc.code == "bad-value":
        return translate("MinutesWordingDialog", "the value is outside what Decree 30/2020 allows ({0}).").format(exc.detail)
    return translate("MinutesWordingDialog", "the value is not accepted ({0}).").format(exc.detail)
