"""One checklist item: the question, its legal reference and guidance, and the inspector's answer
(status, value with its unit, note, figures, evidence). Edits are emitted; storing is not done here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists import ChecklistItem, RefConfidence, ResponseType
from inspector.domain import Evidence, Finding, FindingConflict, FindingStatus
from ui.i18n import format_number, parse_number, translate
from ui.models.status import status_label
from ui.widgets.evidence_list import EvidenceList
from ui.widgets.figures import FiguresEditor
from ui.widgets.plain import plain_label
from ui.widgets.status_buttons import StatusButtons


def _heading() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #37474f; font-weight: bold; margin-top: 8px;")
    return label


class ItemPane(QScrollArea):
    status_chosen = Signal(object)  # FindingStatus | None
    value_edited = Signal(object)  # float | str | None (only valid values)
    note_edited = Signal(str)
    figures_edited = Signal(dict)
    leave_requested = Signal()  # Escape in an editor: back to the tree
    recommend_requested = Signal()  # "Make a recommendation…" for this item

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the editors inside, not the scroller
        self.item: ChecklistItem | None = None
        self.read_only = False
        self._loading = False
        body = QWidget()
        body.setObjectName("item-pane")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)

        self.where = plain_label(selectable=False)
        self.where.setStyleSheet("color: #607d8b;")
        self.question = plain_label()
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.question.setFont(font)
        self.question.setObjectName("item-question")

        self.legal_heading = _heading()
        self.legal = plain_label()
        self.confidence_mark = plain_label(selectable=False)
        self.confidence_mark.setObjectName("confidence-mark")
        self.confidence_mark.setStyleSheet(
            "background: #fff3e0; color: #e65100; border: 1px solid #ffb74d; border-radius: 3px; padding: 2px 6px;")
        legal_row = QHBoxLayout()
        legal_row.addWidget(self.legal, 1)
        legal_row.addWidget(self.confidence_mark, 0, Qt.AlignmentFlag.AlignTop)
        self.guidance_heading = _heading()
        self.guidance = plain_label()
        self.guidance.setStyleSheet("color: #455a64;")

        self.status_heading = _heading()
        self.status_buttons = StatusButtons()
        self.status_buttons.status_chosen.connect(self._status_clicked)
        # Keys 1–4 choose a status from anywhere: Tab skips these buttons, so Tab from the list goes
        # straight to the value field and digits typed after a Tab are a value, never a status.
        for button in self.status_buttons.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.value_heading = _heading()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("number-value")
        self.number_edit.setMaximumWidth(220)
        self.number_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = plain_label(selectable=False)
        self.number_row = QWidget()
        number_layout = QHBoxLayout(self.number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number_edit)
        number_layout.addWidget(self.unit)
        number_layout.addStretch(1)
        self.number_edit.textEdited.connect(self._number_typed)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text-value")
        self.text_edit.setMaximumHeight(90)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._text_typed)

        self.note_heading = QLabel()
        self.note_heading.setStyleSheet("color: #37474f; font-weight: bold; margin-top: 8px;")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(130)  # figures and evidence stay in view
        self.note.textChanged.connect(self._note_typed)
        self.note_heading.setBuddy(self.note)

        self.figures_heading = _heading()
        self.figures = FiguresEditor()
        self.figures.figures_changed.connect(self._figures_changed)

        self.evidence_heading = _heading()
        self.evidence = EvidenceList()

        self.recommendations_heading = _heading()
        self.recommendations = plain_label()
        self.recommendations.setObjectName("item-recommendations")
        self.recommend_button = QPushButton()
        self.recommend_button.setObjectName("recommend-button")
        self.recommend_button.clicked.connect(self.recommend_requested)
        recommend_row = QHBoxLayout()
        recommend_row.addWidget(self.recommend_button)
        recommend_row.addStretch(1)

        self.conflict = plain_label()
        self.conflict.setObjectName("conflict-notice")
        self.conflict.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 6px; border-radius: 3px;")
        self.conflict.hide()

        for w in (self.where, self.question, self.conflict):
            layout.addWidget(w)
        layout.addWidget(self.legal_heading)
        layout.addLayout(legal_row)
        for w in (self.guidance_heading, self.guidance, self.status_heading, self.status_buttons,
                  self.value_heading, self.number_row, self.text_edit, self.note_heading, self.note,
                  self.figures_heading, self.figures, self.evidence_heading, self.evidence,
                  self.recommendations_heading, self.recommendations):
            layout.addWidget(w)
        layout.addLayout(recommend_row)
        layout.addStretch(1)
        for editor in (self.number_edit, self.text_edit, self.note):
            editor.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.legal_heading.setText(translate("ItemPane", "Legal reference"))
        self.guidance_heading.setText(translate("ItemPane", "How to check"))
        self.status_heading.setText(translate("ItemPane", "Result (keys 1–4, 0 clears)"))
        self._paint_value_heading()
        self.note_heading.setText(translate("ItemPane", "&Note (F2; Esc returns to the list)"))
        self.figures_heading.setText(translate("ItemPane", "Other figures"))
        self.evidence_heading.setText(translate("ItemPane", "Evidence"))
        self.recommendations_heading.setText(translate("ItemPane", "Recommendations for this item"))
        self.recommend_button.setText(translate("ItemPane", "Make a recommendation… (Ctrl+R)"))
        self.number_edit.setPlaceholderText(translate("ItemPane", "number, e.g. 1500"))
        self.note.setPlaceholderText(translate("ItemPane", "What you saw, where, and what is missing…"))
        self.status_buttons.retranslate()
        self.figures.retranslate()
        self.evidence.retranslate()
        self._paint_confidence()

    # ------------------------------------------------------------ showing
    def show_item(self, item: ChecklistItem, number: str, section_title: str, finding: Finding | None,
                  evidence: list[Evidence], conflict: FindingConflict | None = None) -> None:
        self._loading = True
        try:
            self.item = item
            self.where.setText(f"{number} · {section_title}")  # the item's id is internal: never shown
            self.question.setText(item.text)
            self.legal.setText(item.legal_ref)
            self._paint_confidence()
            self.guidance.setText(item.guidance)
            self.guidance_heading.setVisible(bool(item.guidance))
            self.guidance.setVisible(bool(item.guidance))
            rtype = item.response.type
            self.value_heading.setVisible(rtype is not ResponseType.STATUS)
            self.number_row.setVisible(rtype is ResponseType.NUMBER)
            self.text_edit.setVisible(rtype is ResponseType.TEXT)
            self.unit.setText(item.response.unit)
            self._paint_value_heading()
            self.show_finding(finding)
            self.evidence.set_items(evidence)
            self._show_conflict(conflict)
        finally:
            self._loading = False
        self.verticalScrollBar().setValue(0)

    def show_finding(self, finding: Finding | None) -> None:
        """Put a finding's values in the editors (after load or undo), without emitting edits."""
        loading, self._loading = self._loading, True
        try:
            f = finding
            self.status_buttons.set_status(f.status if f else None)
            self._paint_recommend_button()
            value = f.value if f else None
            if self.item is not None and self.item.response.type is ResponseType.NUMBER:
                text = format_number(value) if isinstance(value, (int, float)) else ""
                if self.number_edit.text() != text:
                    self.number_edit.setText(text)
                self.number_edit.setStyleSheet("")
            elif self.item is not None and self.item.response.type is ResponseType.TEXT:
                text = value if isinstance(value, str) else ""
                if self.text_edit.toPlainText() != text:
                    self.text_edit.setPlainText(text)
            note = f.note if f else ""
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            self.figures.set_figures(dict(f.figures) if f else {})
        finally:
            self._loading = loading

    def _paint_value_heading(self) -> None:
        # one word per idea (resources/glossary.yaml): a number is a "figure" (số liệu) everywhere
        text_item = self.item is not None and self.item.response.type is ResponseType.TEXT
        self.value_heading.setText(translate("ItemPane", "Answer (F3)") if text_item
                                   else translate("ItemPane", "Figure (F3)"))

    def set_recommendations(self, recommendations: list) -> None:
        """The kiến nghị linked to this item; the button to make one shows on a failing item."""
        self.linked_recommendations = list(recommendations)
        self.recommendations.setText("\n".join(f"• {r.text}" for r in recommendations))
        self.recommendations_heading.setVisible(bool(recommendations))
        self.recommendations.setVisible(bool(recommendations))
        self._paint_recommend_button()

    def _paint_recommend_button(self) -> None:
        failing = self.status_buttons.current in (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)
        self.recommend_button.setVisible(failing and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._paint_recommend_button()
        self.status_buttons.setEnabled(not read_only)
        for editor in (self.number_edit, self.text_edit, self.note):
            editor.setReadOnly(read_only)
        self.figures.set_read_only(read_only)
        self.evidence.set_read_only(read_only)

    def _paint_confidence(self) -> None:
        item = self.item
        if item is None or item.ref_confidence is RefConfidence.HIGH:
            self.confidence_mark.hide()
            return
        if item.ref_confidence is RefConfidence.MEDIUM:
            text = translate("ItemPane", "⚠ Reference not verified")
            tip = translate("ItemPane", "This reference comes from summaries or reconstructed numbering. "
                                        "Check it against the official text before citing it in the minutes.")
        else:
            text = translate("ItemPane", "⚠ Reference uncertain: check the official text")
            tip = translate("ItemPane", "This reference may be wrong. Check it against the official text "
                                        "before relying on it.")
        self.confidence_mark.setText(text)
        self.confidence_mark.setToolTip(tip)
        self.confidence_mark.show()

    def _show_conflict(self, conflict: FindingConflict | None) -> None:
        if conflict is None or len(conflict.versions) < 2:
            self.conflict.hide()
            return
        lines = [translate("ItemPane", "This item was changed on two devices. Versions:")]
        for v in conflict.versions:
            lines.append("• " + translate("ItemPane", "{0} by {1}: {2}").format(
                status_label(v.status), v.author or "?", (v.note or "").strip()[:200]))
        lines.append(translate("ItemPane", "Any change you make here keeps what you see and ends the conflict."))
        self.conflict.setText("\n".join(lines))
        self.conflict.show()

    # ------------------------------------------------------------- edits
    def _status_clicked(self, status: object) -> None:
        if not self._loading:
            self.status_chosen.emit(status)

    def _number_typed(self, text: str) -> None:
        if self._loading:
            return
        try:
            value = parse_number(text)
        except ValueError:
            self.number_edit.setStyleSheet("background: #ffcdd2;")
            self.number_edit.setToolTip(translate("ItemPane", "Not a number: this value is not saved until it is corrected."))
            return
        self.number_edit.setStyleSheet("")
        self.number_edit.setToolTip("")
        self.value_edited.emit(value)

    def _text_typed(self) -> None:
        if not self._loading:
            self.value_edited.emit(self.text_edit.toPlainText())

    def _note_typed(self) -> None:
        if not self._loading:
            self.note_edited.emit(self.note.toPlainText())

    def _figures_changed(self, figures: dict) -> None:
        if not self._loading:
            self.figures_edited.emit(figures)

    def value_editor(self) -> QWidget | None:
        """The editor of the item's value (number or text), None for status-only items."""
        if self.item is None:
            return None
        rtype = self.item.response.type
        if rtype is ResponseType.NUMBER:
            return self.number_edit
        if rtype is ResponseType.TEXT:
            return self.text_edit
        return None

    def focus_value(self) -> None:
        """Focus the value field (F3, Enter in the list); the note for status-only items."""
        editor = self.value_editor()
        if editor is None:
            self.focus_note()
            return
        self.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if editor is self.number_edit:
            self.number_edit.selectAll()

    def focus_note(self) -> None:
        self.ensureWidgetVisible(self.note)
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return True
        return super().eventFilter(watched, event)
