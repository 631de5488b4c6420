"""Export the minutes of the open inspection: choose the file, then write it off the GUI thread.

The flow: pending autosave edits are flushed first (the database lane runs jobs in order, so the
record loaded next holds what is on screen); the record is loaded on the database lane; the
document (and the PDF, when LibreOffice is installed and asked for) is made in a temporary
folder on the network lane, with progress and a Stop button; only a complete result is moved
over the chosen file, so a failed or stopped export never leaves a half file over a good one.
An existing file is never replaced without asking.
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import Inspection
from inspector.errors import ExportError
from ui.desktop import open_local
from ui.i18n import translate
from ui.settings import open_qsettings
from ui.widgets.plain import plain_label

FOLDER_KEY = "export/minutes_folder"
PDF_KEY = "export/minutes_pdf"
_FORBIDDEN = '<>:"/\\|?*'
# Share of the progress bar given to the Word file when a PDF follows (LibreOffice reports no
# progress of its own: the bar then waits at this point until the PDF is made).
_DOCX_SHARE = 60


DRAFT_SUFFIX = " - bản làm việc"


def default_file_name(inspection: Inspection) -> str:
    """"Biên bản kiểm tra Phú Thọ 07-10-2016.docx": the province and the day of the inspection
    (the day it was created while no start time is set)."""
    from datetime import datetime

    from inspector.minutes.formats import local_time, place_name

    when = inspection.started_at or inspection.created_at or datetime.now(UTC)
    day = local_time(when).strftime("%d-%m-%Y")
    name = f"Biên bản kiểm tra {place_name(inspection.province.name)} {day}.docx"
    name = "".join("-" if ch in _FORBIDDEN or ord(ch) < 32 else ch for ch in name)
    return unicodedata.normalize("NFC", name)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def remembered_folder(key: str = FOLDER_KEY) -> Path:
    """The folder of the last export (of the kind `key` names), if it still exists; else the
    user's Documents folder."""
    raw = open_qsettings().value(key, "")
    folder = Path(str(raw)) if raw else None
    return folder if folder is not None and folder.is_dir() else documents_folder()


# ------------------------------------------------------------ the job (no Qt)
@dataclass(frozen=True)
class ExportRequest:
    """What to export and where: made in the GUI thread, run in a worker."""

    record: Any  # InspectionRecord
    template: Any  # ChecklistTemplate
    evidence_files: dict[str, Path]  # sha256 → where storage keeps it
    docx: Path
    pdf: Path | None
    office: Path | None
    settings: Any  # MinutesSettings
    seal_problems: tuple[str, ...] = ()  # Store.seal_problems: tampering the content hash alone misses
    draft: bool = False  # the team's working copy, not the official minutes


@dataclass(frozen=True)
class ExportOutcome:
    docx: Path
    size: int
    pdf: Path | None = None
    pdf_error: ExportError | None = None  # the Word file was saved, the PDF could not be made
    warnings: tuple[Any, ...] = field(default=())  # MinutesWarning


def run_export(request: ExportRequest, progress: Callable[[int, int, str], None],
               cancelled: Callable[[], bool]) -> ExportOutcome:
    """Make the files in a temporary folder, then move each complete one into place.

    Raises `Cancelled` (nothing is written), `ExportError` or `WordingError`. A PDF that
    LibreOffice cannot make does not cost the Word file: it is reported in `pdf_error`.
    """
    from inspector.errors import Cancelled
    from inspector.minutes import convert_to_pdf, export_minutes
    from inspector.minutes.export import check_output

    check_output(request.docx)  # a missing folder is said before any work
    share = _DOCX_SHARE if request.pdf is not None else 100

    def docx_progress(done: int, total: int) -> None:
        progress(share * done // max(total, 1), 100, "docx")

    with tempfile.TemporaryDirectory(prefix="inspector-export-") as tmp:
        staged = Path(tmp) / "minutes.docx"
        result = export_minutes(request.record, request.template, staged, settings=request.settings,
                                evidence_path=lambda sha: request.evidence_files[sha],
                                progress=docx_progress, cancelled=cancelled, draft=request.draft)
        staged_pdf: Path | None = None
        pdf_error: ExportError | None = None
        if request.pdf is not None:
            progress(share, 100, "pdf")
            try:
                staged_pdf = convert_to_pdf(staged, Path(tmp) / "minutes.pdf", office=request.office,
                                            cancelled=cancelled)
            except ExportError as exc:
                if exc.reason not in ("conversion-failed", "timeout", "no-office"):
                    raise
                pdf_error = exc
        if cancelled():
            raise Cancelled()
        _place(staged, request.docx, cancelled)
        if staged_pdf is not None and request.pdf is not None:
            try:
                _place(staged_pdf, request.pdf, None)
            except ExportError as exc:  # e.g. the old PDF is open in a reader on Windows
                pdf_error = exc
        progress(100, 100, "done")
        from inspector.minutes.content import MinutesWarning

        tampered = tuple(MinutesWarning("seal-mismatch", "", p) for p in request.seal_problems)
        return ExportOutcome(request.docx, request.docx.stat().st_size,
                             request.pdf if staged_pdf is not None and pdf_error is None else None,
                             pdf_error, result.warnings + tampered)


def _place(source: Path, target: Path, cancelled: Callable[[], bool] | None) -> None:
    from inspector.minutes.export import write_atomically

    def copy(handle: Any) -> None:
        with source.open("rb") as src:
            shutil.copyfileobj(src, handle)

    write_atomically(target, copy, cancelled)


# -------------------------------------------------------------- the dialog
class ExportMinutesDialog(QDialog):
    """File, format, Export; then progress with Stop; then the result.

    `office` is where LibreOffice is: True (the default) looks for it with `find_office()` when
    the dialog opens; None means there is none (no PDF choice); a path uses that program.
    """

    exported = Signal(object)  # ExportOutcome
    export_failed = Signal(object)  # the exception
    phase = Signal(str)  # "docx", then "pdf" when a PDF is made, then "done"

    def __init__(self, runner: Any, autosave: Any, inspection: Inspection, *, data_dir: Path,
                 office: Path | None | bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        from inspector.minutes import find_office

        self.runner = runner
        self.autosave = autosave
        self.inspection = inspection
        self.data_dir = data_dir
        # LibreOffice is looked for once, when the dialog opens: no PDF choice without it.
        self.office: Path | None = find_office() if office is True else (office or None)
        self.task: Any = None
        self.outcome: ExportOutcome | None = None
        self.error: BaseException | None = None
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None
        self._phase = ""
        self.setWindowTitle(translate("ExportMinutesDialog", "Export the minutes"))

        self.unit_label = plain_label(inspection.inspected_unit)
        self.unit_label.setStyleSheet("font-weight: bold;")
        self.path_edit = QLineEdit(str(remembered_folder() / default_file_name(inspection)))
        self.path_edit.setObjectName("export-path")
        self.browse_button = QPushButton(translate("ExportMinutesDialog", "Choose…"))
        self.browse_button.clicked.connect(self.browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path_edit, 1)
        row_layout.addWidget(self.browse_button)
        self.word_label = plain_label(translate("ExportMinutesDialog", "Word document (.docx), Decree 30/2020 format"),
                                      selectable=False)
        self.pdf_check = QCheckBox(translate("ExportMinutesDialog", "Also save a PDF copy next to it (made with LibreOffice)"))
        self.pdf_check.setObjectName("export-pdf")
        self.pdf_check.setChecked(str(open_qsettings().value(PDF_KEY, "false")).lower() == "true")
        # Without LibreOffice there is no PDF choice at all (not a greyed-out one).
        self.pdf_check.setVisible(self.office is not None)
        self.pdf_check.setEnabled(self.office is not None)
        self.draft_check = QCheckBox(translate(
            "ExportMinutesDialog", "&Working copy for the team (not for issue): reference marks, item codes, points to check"))
        self.draft_check.setObjectName("export-draft")
        self.draft_check.toggled.connect(self._draft_toggled)
        file_label = QLabel(translate("ExportMinutesDialog", "&File"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(translate("ExportMinutesDialog", "Format"), self.word_label)
        form.addRow("", self.pdf_check)
        form.addRow("", self.draft_check)

        self.progress = QProgressBar()
        self.progress.setObjectName("export-progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = plain_label(selectable=False)
        self.status.setObjectName("export-status")
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(translate("ExportMinutesDialog", "&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export-start")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("export-cancel")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.stop_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit_label)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 240)

    # ---------------------------------------------------------- choosing
    def _draft_toggled(self, draft: bool) -> None:
        """The working copy gets its own file name, so it never replaces the official one."""
        path = Path(self.path_edit.text().strip() or default_file_name(self.inspection))
        stem = path.stem.removesuffix(DRAFT_SUFFIX)
        self.path_edit.setText(str(path.with_name(f"{stem}{DRAFT_SUFFIX if draft else ''}{path.suffix}")))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("ExportMinutesDialog", "Save the minutes as"), self.path_edit.text(),
            translate("ExportMinutesDialog", "Word document (*.docx)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # we ask ourselves, for both files
        if chosen:
            self.path_edit.setText(chosen)

    def targets(self) -> tuple[Path, Path | None]:
        """The Word file (".docx" added when missing) and the PDF, if one is wanted."""
        text = self.path_edit.text().strip()
        docx = Path(text).expanduser()
        if docx.suffix.lower() != ".docx":
            docx = docx.with_name(docx.name + ".docx")
        pdf = docx.with_suffix(".pdf") if self.pdf_check.isVisible() and self.pdf_check.isChecked() else None
        return docx, pdf

    @property
    def running(self) -> bool:
        return self.task is not None

    # ----------------------------------------------------------- running
    def start(self) -> None:
        """Check the choice; ask before replacing a file; then export."""
        if self.running:
            return
        if not self.path_edit.text().strip():
            self._say(translate("ExportMinutesDialog", "Type a file name, or press Choose…"), error=True)
            return
        docx, pdf = self.targets()
        existing = [p for p in (docx, pdf) if p is not None and p.exists()]
        if existing:
            self._ask_overwrite(existing)
            return
        self._run(docx, pdf)

    def _ask_overwrite(self, existing: list[Path]) -> None:
        names = "\n".join(str(p) for p in existing)
        box = QMessageBox(QMessageBox.Icon.Question, translate("ExportMinutesDialog", "Replace the file?"),
                          translate("ExportMinutesDialog", "These files already exist:\n{0}\n\nReplace them with the "
                                                           "new minutes?").format(names),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.replace_button = box.addButton(translate("ExportMinutesDialog", "Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.keep_button = box.addButton(translate("ExportMinutesDialog", "Keep the old file"),
                                        QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.keep_button)  # Enter never replaces a file by accident
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is box.replace_button:
                self._run(*self.targets())
            else:
                self._say(translate("ExportMinutesDialog", "Nothing was written. Choose another name, or export "
                                                           "again and replace the file."))
                self.path_edit.setFocus()
                self.path_edit.selectAll()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _run(self, docx: Path, pdf: Path | None) -> None:
        from inspector.minutes import MinutesSettings, office_wording_file, user_wording_file

        qs = open_qsettings()
        qs.setValue(FOLDER_KEY, str(docx.parent))
        if self.pdf_check.isVisible():
            qs.setValue(PDF_KEY, "true" if self.pdf_check.isChecked() else "false")
        qs.sync()
        user_file = user_wording_file()
        settings = MinutesSettings(office_file=office_wording_file(self.data_dir),
                                   user_file=user_file if user_file.is_file() else None)
        self._set_running(True)
        self._say(translate("ExportMinutesDialog", "Saving what you typed…"))
        self.autosave.flush()  # queued before the load below: the document holds what is on screen
        iid = self.inspection.id

        def load(ctx: Any) -> tuple[Any, Any, dict[str, Path], tuple[str, ...]]:
            store = ctx.store
            record = store.load_inspection(iid)
            template = store.template_for(record.inspection)
            files: dict[str, Path] = {}
            for ev in record.evidence:
                try:
                    files[ev.sha256] = store.evidence_path(ev.sha256)
                except Exception:  # a damaged reference: the appendix marks the file as missing
                    continue
            problems = tuple(p.detail for p in store.seal_problems(iid))
            return record, template, files, problems

        def loaded(result: tuple[Any, Any, dict[str, Path], tuple[str, ...]]) -> None:
            if self.task is None or self.task.is_cancelled():  # Stop was pressed while loading
                self._stopped()
                return
            record, template, files, problems = result
            request = ExportRequest(record, template, files, docx, pdf, self.office, settings, problems,
                                    draft=self.draft_check.isChecked())
            self._say(translate("ExportMinutesDialog", "Writing the Word file…"))
            self.task = self.runner.net(lambda ctx: run_export(request, ctx.progress, ctx.cancelled),
                                        on_done=self._done, on_error=self._failed, on_progress=self._progressed,
                                        name="export-minutes")
            self.task.was_cancelled.connect(self._stopped)

        self.task = self.runner.db(load, on_done=loaded, on_error=self._failed, name="export-load")
        self.task.was_cancelled.connect(self._stopped)

    def stop_or_close(self) -> None:
        if self.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(translate("ExportMinutesDialog", "Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:  # Esc or the window's close button while running stops the export
        if self.running:
            self.stop_or_close()
            return
        super().reject()

    def _progressed(self, done: int, total: int, what: str) -> None:
        if what != self._phase:
            self._phase = what
            if what == "pdf":
                self._say(translate("ExportMinutesDialog", "Making the PDF with LibreOffice…"))
            self.phase.emit(what)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _set_running(self, running: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.pdf_check, self.export_button):
            widget.setEnabled(not running)
        self.pdf_check.setEnabled(not running and self.office is not None)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ExportMinutesDialog", "&Stop") if running
                                   else translate("ExportMinutesDialog", "Close"))
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)
            self._phase = ""
        else:
            self.task = None

    def _stopped(self) -> None:
        self._set_running(False)
        self._say(translate("ExportMinutesDialog", "Stopped. Nothing was written; an existing file was left as it was."))

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        self._set_running(False)
        self.error = exc
        self._say(translate("ExportMinutesDialog", "The minutes were not exported."), error=True)
        self.export_failed.emit(exc)
        self.error_dialog = show_error(self, exc)

    def _done(self, outcome: ExportOutcome) -> None:
        self._set_running(False)
        self.outcome = outcome
        self._say(translate("ExportMinutesDialog", "Saved: {0}").format(outcome.docx))
        self.exported.emit(outcome)
        self._show_result(outcome)

    def _show_result(self, outcome: ExportOutcome) -> None:
        lines = [translate("ExportMinutesDialog", "The minutes were saved:\n{0}").format(outcome.docx)]
        if outcome.pdf is not None:
            lines.append(translate("ExportMinutesDialog", "PDF copy: {0}").format(outcome.pdf))
        if outcome.pdf_error is not None:
            from ui.errors import describe_error

            lines.append(translate("ExportMinutesDialog", "The PDF copy could not be made: {0}").format(
                describe_error(outcome.pdf_error)))
        codes = [w.code for w in outcome.warnings]
        missing = codes.count("evidence-missing")
        altered = codes.count("evidence-altered")
        if missing:
            lines.append(translate("ExportMinutesDialog", "{0} evidence files were not found on this computer; the "
                                                          "appendix marks them. Run Tools › Check data.").format(missing))
        if altered:
            lines.append(translate("ExportMinutesDialog", "{0} evidence files no longer match their fingerprint; the "
                                                          "appendix marks them.").format(altered))
        if "seal-mismatch" in codes:
            lines.append(translate("ExportMinutesDialog", "The data no longer matches its seal; the appendix says so."))
        box = QMessageBox(QMessageBox.Icon.Information, translate("ExportMinutesDialog", "Minutes exported"),
                          "\n\n".join(lines), QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open_file_button = box.addButton(translate("ExportMinutesDialog", "Open &file"),
                                             QMessageBox.ButtonRole.AcceptRole)
        box.open_folder_button = box.addButton(translate("ExportMinutesDialog", "Open f&older"),
                                               QMessageBox.ButtonRole.AcceptRole)
        box.close_button = box.addButton(translate("ExportMinutesDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.open_file_button)
        self.result_box = box

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is box.open_file_button:
                open_local(outcome.docx)
            elif clicked is box.open_folder_button:
                open_local(outcome.docx.parent)
            self.result_box = None
            self.accept()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828;" if error else "color: #455a64;")
        self.status.setText(text)
