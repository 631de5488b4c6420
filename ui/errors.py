"""`show_error`: every failure shown to the user as one plain sentence, with "copy details".

The core raises exceptions that carry data (inspector/errors.py); `describe_error` turns each
kind into a sentence in the current language. Cancelling is not an error and shows nothing.
Unexpected exceptions (bugs) get a sentence that says where the log file is.
"""

from __future__ import annotations

import logging
import platform
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspector import __version__, paths
from inspector.errors import (
    Cancelled,
    ChecklistError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DataFolderError,
    EvidenceError,
    ExportError,
    InspectionFileError,
    InvalidInputError,
    NotFoundError,
    ReferenceDataError,
    SealedError,
    StorageError,
    WordingError,
)
from ui.i18n import translate

log = logging.getLogger(__name__)

LOG_FILE_NAME = "inspector.log"


def log_file() -> str:
    return str(paths.log_dir() / LOG_FILE_NAME)


def _kind(kind: str) -> str:
    names = {
        "inspection": translate("Errors", "inspection"),
        "finding": translate("Errors", "finding"),
        "evidence": translate("Errors", "evidence file"),
        "recommendation": translate("Errors", "recommendation"),
        "template": translate("Errors", "checklist template"),
        "seal": translate("Errors", "seal"),
    }
    return names.get(kind, kind)


def _field_label(field: str) -> str:
    """The name a user knows a field by (the core names fields as the code does)."""
    labels = {
        "note": translate("Errors", "note"),
        "text": translate("Errors", "recommendation text"),
        "conclusion": translate("Errors", "conclusion"),
        "host_opinion": translate("Errors", "opinion of the inspected unit"),
        "caption": translate("Errors", "caption"),
        "reason": translate("Errors", "reason"),
        "inspected_unit": translate("Errors", "name of the inspected unit"),
        "responsible_unit": translate("Errors", "responsible unit"),
        "value": translate("Errors", "answer"),
        "figure": translate("Errors", "figure name"),
        "place": translate("Errors", "place"),
        "basis": translate("Errors", "basis of the inspection"),
        "file_name": translate("Errors", "file name"),
    }
    base = field.split(".")[0]
    if base in ("team", "host_participants"):
        return translate("Errors", "list of people")
    return labels.get(field, field)


def _invalid(exc: InvalidInputError) -> str:
    field, detail = exc.field_name, exc.detail
    known = {
        "inspected_unit": translate("Errors", "Enter the name of the inspected unit."),
        "reason": translate("Errors", "Give a reason for reopening the inspection."),
        "conflicts": translate("Errors", "Some items were changed on two devices. Choose the version to keep for each of them before finalizing."),
        "ended_at": translate("Errors", "The end date is before the start date."),
        "text": translate("Errors", "A recommendation needs some text."),
        "status": translate("Errors", "Only a finalized inspection can be amended."),
    }
    if field == "value" and "number" in detail:
        return translate("Errors", "This item takes a number, for example 1500 or 12,5.")
    if detail.startswith("longer than"):
        return translate("Errors", "The {0} is too long to be saved ({1} characters; at most {2}). Shorten it or "
                                   "attach it as a file.").format(_field_label(field), exc.value,
                                                                 exc.extra.get("limit", ""))
    if detail.startswith("unencodable"):
        return translate("Errors", "The {0} holds a character that cannot be saved ({1}); it may come from a "
                                   "damaged copy-and-paste. Retype that part.").format(_field_label(field), exc.value)
    if field == "ca_file":
        return translate("Errors", "The certificate file {0} cannot be used: choose a .pem file holding the "
                                   "certificates of the certification authority.").format(exc.value)
    if field in ("url", "http_url"):
        return translate("Errors", "The address {0} cannot be probed: only addresses starting with http:// or "
                                   "https:// can be checked.").format(exc.value)
    if field == "figures":
        return translate("Errors", "Each figure needs a name and a number.")
    if field in known:
        return known[field]
    return translate("Errors", "The value given for “{0}” is not accepted ({1}).").format(field, detail)


def _export(exc: ExportError) -> str:
    folder = str(Path(exc.path).parent)
    sentences = {
        "locked": translate("Errors", "The file {0} is open in another program (for example Word). Close it there, "
                                      "then export again."),
        "not-writable": translate("Errors", "Inspector cannot write in the folder {1}. Choose another folder, for "
                                            "example Documents, and export again."),
        "missing-folder": translate("Errors", "The folder {1} does not exist. Choose another folder and export again."),
        "disk-full": translate("Errors", "The disk is full, so {0} could not be written. Free some space or choose "
                                         "another disk (a USB stick), then export again. The old file, if any, is "
                                         "unchanged."),
        "no-office": translate("Errors", "LibreOffice was not found, so no PDF can be made. Install LibreOffice, or "
                                         "export only the Word file and save it as PDF from Word."),
        "conversion-failed": translate("Errors", "LibreOffice could not turn the minutes into a PDF. Open the Word "
                                                 "file and save it as PDF from Word."),
        "timeout": translate("Errors", "LibreOffice took too long to make the PDF and was stopped. Open the Word file "
                                       "and save it as PDF from Word."),
    }
    sentence = sentences.get(exc.reason) or translate("Errors", "The file {0} could not be written ({2}).")
    return sentence.format(exc.path, folder, exc.detail or exc.reason)


def _wording(exc: WordingError) -> str:
    where = exc.key or translate("Errors", "the whole file")
    if exc.code == "unknown-placeholder":
        return translate("Errors", "The wording of the minutes is not valid: “{0}” uses a word in braces that "
                                   "Inspector does not fill ({1}). Correct it in Tools › Minutes wording.").format(
            where, exc.detail)
    source = exc.file if exc.file and exc.file != "settings" else translate("Errors", "Minutes wording")
    if exc.code == "unknown-key":
        return translate("Errors", "The wording file {0} has an entry “{1}” that Inspector does not know: check its "
                                   "spelling, or remove that entry. Tools › Minutes wording replaces your own file "
                                   "when you press OK.").format(source, where)
    if exc.code in ("bad-yaml", "unreadable"):
        return translate("Errors", "The wording file {0} cannot be read ({1}). Correct it or remove it; Tools › "
                                   "Minutes wording replaces your own file when you press OK.").format(source, exc.detail)
    return translate("Errors", "The wording of the minutes is not valid ({0}, “{1}”: {2}). Correct it in Tools › "
                               "Minutes wording, or remove the file.").format(source, where, exc.detail)


def describe_error(exc: BaseException) -> str | None:
    """One plain sentence for `exc` in the current language; None for a cancellation."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, DatabaseTooNewError):
        return translate("Errors", "This database was made by a newer version of Inspector (format {0}; this version knows {1}). "
                                   "Update Inspector to open it. The file has not been changed.").format(exc.found, exc.known)
    if isinstance(exc, DatabaseCorruptError):
        if exc.empty:
            return translate("Errors", "The database file {0} is empty (0 bytes), so Inspector neither opened nor "
                                       "replaced it; the evidence files are untouched. To recover, run “inspector "
                                       "doctor --repair” (it moves the empty file aside), then copy your latest "
                                       "backup in its place or sync again.").format(exc.path or "")
        return translate("Errors", "The database file {0} is damaged, so Inspector writes nothing to it. To "
                                   "recover, choose Tools › Check data, then “Rebuild from history” (or run "
                                   "“inspector doctor --repair”): the database is rebuilt from its saved history into "
                                   "a new file and the damaged one is kept beside it. Or restore a backup.").format(
                                       exc.path or "")
    if isinstance(exc, DataFolderError):
        if exc.reason == "read-only":
            return translate("Errors", "The data folder {0} cannot be written to. Choose another folder in Settings.").format(exc.path)
        if exc.reason == "full":
            return translate("Errors", "The disk holding {0} is full. Free some space: what you typed is kept on screen and "
                                       "will be saved as soon as there is room.").format(exc.path)
        return translate("Errors", "The data folder {0} cannot be found or opened.").format(exc.path)
    if isinstance(exc, SealedError):
        return translate("Errors", "This inspection is finalized. Amend it before changing anything.")
    if isinstance(exc, NotFoundError):
        return translate("Errors", "This {0} no longer exists; it may have been removed on another device.").format(_kind(exc.kind))
    if isinstance(exc, StorageError):
        return translate("Errors", "The database could not be read or written: {0}").format(exc.detail or str(exc))
    if isinstance(exc, EvidenceError):
        problem = exc.problem.split(":")[0].split(" ")[0]
        if problem == "missing":
            return translate("Errors", "The evidence file {0} is missing from the evidence folder.").format(exc.sha256[:12])
        if problem == "altered":
            return translate("Errors", "The evidence file {0} has been altered since it was added (its fingerprint no longer matches).").format(exc.sha256[:12])
        return translate("Errors", "The evidence file could not be read: {0}").format(exc.problem)
    if isinstance(exc, InvalidInputError):
        return _invalid(exc)
    if isinstance(exc, ExportError):
        return _export(exc)
    if isinstance(exc, WordingError):
        return _wording(exc)
    if isinstance(exc, ChecklistError):
        first = exc.problems[0] if exc.problems else None
        return translate("Errors", "The checklist template is not valid ({0} problems). First: {1}").format(
            len(exc.problems), str(first) if first else "")
    if isinstance(exc, InspectionFileError):
        where = f" ({exc.where})" if exc.where else ""
        return translate("Errors", "The inspection file {0} cannot be used{1}: {2}").format(
            exc.source or translate("Errors", "(sample data)"), where, exc.detail)
    if isinstance(exc, ReferenceDataError):
        return translate("Errors", "The reference data file {0} is not valid at line {1}: {2}").format(
            exc.file, exc.line or "?", exc.detail)
    if isinstance(exc, FileNotFoundError):
        return translate("Errors", "The file {0} does not exist.").format(exc.filename or "")
    if isinstance(exc, PermissionError):
        return translate("Errors", "You are not allowed to read or write {0}.").format(exc.filename or "")
    if isinstance(exc, OSError):
        return translate("Errors", "The file {0} could not be read or written ({1}).").format(exc.filename or "", exc.strerror or exc)
    return translate("Errors", "Something unexpected went wrong. Nothing you saved is lost. "
                               "The details are in the log file {0}.").format(log_file())


def error_details(exc: BaseException) -> str:
    """What support needs: versions, the exception and its traceback."""
    lines = [
        f"Inspector {__version__}, Python {platform.python_version()}, {platform.platform()}",
        f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}",
        "",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(),
    ]
    return "\n".join(lines)


class ErrorDialog(QDialog):
    """The sentence, a "Copy details" button that keeps the dialog open, and the details."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Errors", "Inspector — problem"))
        self.details = details
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(message)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths and server text are never rich text
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(420)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = QPushButton(translate("Errors", "Copy details"))
        self.toggle_button = QPushButton(translate("Errors", "Show details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        # ActionRole buttons do not close the box: copying keeps the dialog open.
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.clicked.connect(self._toggle)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.message.text()}\n\n{self.details}")
        self.copy_button.setText(translate("Errors", "Copied"))

    def _toggle(self) -> None:
        show = not self.details_view.isVisible()
        self.details_view.setVisible(show)
        self.toggle_button.setText(translate("Errors", "Hide details") if show else translate("Errors", "Show details"))
        self.adjustSize()


def show_error(parent: QWidget | None, exc: BaseException, *, context: str = "") -> ErrorDialog | None:
    """Show `exc` as a sentence (window-modal, non-blocking). Returns the dialog, or None when
    there was nothing to show (a cancellation)."""
    message = describe_error(exc)
    if message is None:
        return None
    if context:
        message = f"{context}\n{message}"
    known = type(exc).__module__.startswith("inspector") or isinstance(exc, OSError)
    if not known:
        log.error("unexpected error", exc_info=exc)
    dialog = ErrorDialog(message, error_details(exc), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

