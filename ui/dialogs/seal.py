"""Finalize (seal) and amend (reopen with a reason), and the dialog that shows a seal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import Seal
from ui.i18n import format_datetime, translate


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FinalizeDialog(QDialog):
    """Confirms finalizing. While items have no answer it lists them (number and question), and
    "Go to item" (or a double-click) closes the dialog on that item; "Finalize" is then not the
    default button, so Enter never seals an unfinished inspection by accident."""

    goto_requested = Signal(str)  # item id

    def __init__(self, unit: str, answered: int, total: int, parent: QWidget | None = None,
                 unanswered: Sequence[tuple[str, str]] = ()):
        super().__init__(parent)
        self.setWindowTitle(translate("FinalizeDialog", "Finalize the inspection"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(unit))
        layout.addWidget(_plain(translate(
            "FinalizeDialog", "Finalizing seals the inspection: its content gets a fingerprint (SHA-256) and can no "
                              "longer change. To correct it later you will have to amend it, giving a reason; "
                              "the seal stays in the history.")))
        self.unanswered = QListWidget()
        self.unanswered.setObjectName("finalize-unanswered")
        for item_id, label in unanswered:
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, item_id)
            row.setToolTip(label)
            self.unanswered.addItem(row)
        self.unanswered.itemActivated.connect(lambda _row: self._go_to())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("FinalizeDialog", "Finalize"))
        self.goto_button = QPushButton(translate("FinalizeDialog", "&Go to item"))
        self.goto_button.setObjectName("finalize-goto")
        self.goto_button.clicked.connect(self._go_to)
        if answered < total:
            warning = _plain(translate("FinalizeDialog", "{0} of {1} items have no answer yet.").format(
                total - answered, total))
            warning.setObjectName("finalize-warning")
            warning.setStyleSheet("color: #e65100; font-weight: bold;")
            layout.addWidget(warning)
            if self.unanswered.count():
                layout.addWidget(self.unanswered, 1)
                self.unanswered.setCurrentRow(0)
                self.buttons.addButton(self.goto_button, QDialogButtonBox.ButtonRole.ActionRole)
            # An auto-default button becomes the default when it gets the focus: not this one.
            ok.setAutoDefault(False)
            ok.setDefault(False)
        else:
            self.unanswered.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # (a button becomes the dialog's default only once it is inside the dialog)
        if self.unanswered.count():
            self.goto_button.setDefault(True)  # Enter means "Go to item", never "Finalize"
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.resize(560, 420 if self.unanswered.count() else 220)
        if self.unanswered.count():
            self.unanswered.setFocus()

    def _go_to(self) -> None:
        row = self.unanswered.currentItem()
        if row is None:
            return
        item_id = row.data(Qt.ItemDataRole.UserRole)
        self.reject()
        self.goto_requested.emit(item_id)


class AmendDialog(QDialog):
    """Reopen a finalized inspection; the reason is required and kept in the audit trail."""

    def __init__(self, seal: Seal | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("AmendDialog", "Amend the inspection"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(translate(
            "AmendDialog", "The inspection becomes editable again. Its seal and sealed content are kept; "
                           "finalize it again when the correction is done.")))
        if seal is not None:
            layout.addWidget(_plain(translate("AmendDialog", "Current seal: {0}").format(seal.sha256)))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("amend-reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(translate("AmendDialog", "Why it must change, e.g. the unit sent corrected figures"))
        self.reason_label = QLabel(translate("AmendDialog", "&Reason (required)"))
        self.reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AmendDialog", "Amend"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.reason.textChanged.connect(lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, 280)

    def value(self) -> str:
        return self.reason.toPlainText().strip()


class SealDialog(QDialog):
    """Shows the seal (full SHA-256, selectable, copyable) right after finalizing."""

    def __init__(self, seal: Seal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SealDialog", "Inspection finalized"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(translate("SealDialog", "The inspection is sealed. Write this fingerprint in the minutes "
                                                        "or keep it: anyone can check the record against it.")))
        self.hash = QLineEdit(seal.sha256)
        self.hash.setObjectName("seal-hash")
        self.hash.setReadOnly(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.hash.setFont(mono)
        self.hash.setMinimumWidth(560)
        layout.addWidget(self.hash)
        layout.addWidget(_plain(translate("SealDialog", "Seal no. {0}, {1}, by {2}").format(
            seal.seq, format_datetime(seal.sealed_at), seal.sealed_by)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = QPushButton(translate("SealDialog", "Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(seal.sha256))
        self.buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
