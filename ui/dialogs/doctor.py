"""Tools › Check data: runs the core's `run_doctor` on the database lane with progress and Cancel.

When the database could not be opened (damaged, empty), the check runs on the file itself
(`diagnose`). When the check finds damage or tables that differ from the revision log, a
"Rebuild from history" button runs `doctor --repair`'s `rebuild_from_log` (the old file is kept
beside the new one) and reopens the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.doctor import DoctorReport, diagnose, run_doctor
from ui.i18n import translate
from ui.tasks import Task, TaskRunner


def report_text(report: DoctorReport) -> str:
    """The doctor's findings as plain sentences in the current language."""
    lines = [translate("DoctorDialog", "Database: {0} (format {1})").format(report.database, report.schema_version)]
    if report.counts:  # a damaged file may not even be counted
        lines.append(translate("DoctorDialog", "{0} inspections, {1} findings, {2} evidence records, {3} files checked.").format(
            report.counts.get("inspections", 0), report.counts.get("findings", 0),
            report.counts.get("evidence", 0), report.blobs_checked))
    if report.ok:
        lines.append(translate("DoctorDialog", "Everything is in order: the database is sound, every seal matches "
                                               "its content and every evidence file is intact."))
    if report.read_only and not report.damaged:
        lines.append(translate("DoctorDialog", "The data folder is read-only: the data was checked, nothing was changed."))
    for p in report.integrity:
        if p.kind == "seal":
            lines.append(translate("DoctorDialog", "Seal problem in inspection {0}: {1}").format(p.inspection_id, p.detail))
        elif p.kind == "log":
            lines.append(translate("DoctorDialog", "Inspection {0} differs from its saved history: {1}").format(
                p.inspection_id, p.detail))
        else:
            lines.append(translate("DoctorDialog", "Database problem ({0}): {1}").format(p.kind, p.detail))
    for e in report.evidence:
        problem = {"missing": translate("DoctorDialog", "missing"),
                   "altered": translate("DoctorDialog", "altered"),
                   "unreadable": translate("DoctorDialog", "unreadable")}.get(e.problem, e.problem)
        lines.append(translate("DoctorDialog", "Evidence file {0}: {1} (used by {2} records)").format(
            e.sha256[:12], problem, len(e.evidence_ids)))
    if report.orphan_blobs:
        lines.append(translate("DoctorDialog", "{0} files in the evidence folder belong to no record (harmless).").format(
            len(report.orphan_blobs)))
    if report.leftovers_removed:
        lines.append(translate("DoctorDialog", "{0} temporary files left by an interrupted copy or export were removed.").format(
            len(report.leftovers_removed)))
    if report.damaged:
        lines.append(translate("DoctorDialog", "The database file is damaged, so Inspector writes nothing to it."))
    if report.repairable:
        lines.append(translate("DoctorDialog", "“Rebuild from history” makes a new database from the saved history of "
                                               "every change; the current file is kept beside it, the evidence files "
                                               "are not touched."))
    return "\n".join(lines)


class DoctorDialog(QDialog):
    finished_report = Signal(object)  # DoctorReport
    repaired = Signal(object)  # the reopened Store, after "Rebuild from history"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, database: Path | None = None):
        super().__init__(parent)
        self.database = database
        self.repair_button: QPushButton | None = None
        self.repair_result: Any = None
        self.setWindowTitle(translate("DoctorDialog", "Check data"))
        self.runner = runner
        self.report: DoctorReport | None = None
        self.status = QLabel(translate("DoctorDialog", "Checking the database…"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.output = QPlainTextEdit()
        self.output.setObjectName("doctor-output")
        self.output.setReadOnly(True)
        self.output.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.status, self.bar, self.output, self.buttons):
            layout.addWidget(w)
        self.resize(560, 200)
        self.task: Task | None = None

    def start(self) -> Task:
        if self.runner.store_path is None and self.database is not None:
            # The database could not be opened: check the file itself (nothing is written to it).
            path = self.database
            self.task = self.runner.net(lambda ctx: diagnose(path, ctx.progress, ctx.cancelled),
                                        on_done=self._done, on_error=self._failed, on_progress=self._progress,
                                        name="doctor-file")
        else:
            self.task = self.runner.db(lambda ctx: run_doctor(ctx.store, ctx.progress, ctx.cancelled),
                                       on_done=self._done, on_error=self._failed, on_progress=self._progress,
                                       name="doctor")
        self.task.was_cancelled.connect(self._cancelled)
        return self.task

    def _progress(self, done: int, total: int, what: str) -> None:
        if what == "evidence" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.status.setText(translate("DoctorDialog", "Checking evidence files: {0} of {1}").format(done, total))

    def _done(self, report: DoctorReport) -> None:
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(translate("DoctorDialog", "Done.") if report.ok else
                            translate("DoctorDialog", "Problems found:"))
        self.output.setPlainText(report_text(report))
        self.output.show()
        self._closable()
        if report.repairable and self.database is not None:
            self.repair_button = self.buttons.addButton(translate("DoctorDialog", "Rebuild from history"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.repair_button.setObjectName("doctor-repair")
            self.repair_button.clicked.connect(self.repair)
        self.resize(640, 360)
        self.finished_report.emit(report)

    def repair(self) -> None:
        """Rebuild the database from its revision log (the old file is kept) and reopen it."""
        from inspector.storage import Store
        from inspector.storage.repair import rebuild_from_log

        path = self.database
        assert path is not None
        if self.repair_button is not None:
            self.repair_button.setEnabled(False)
        self.status.setText(translate("DoctorDialog", "Rebuilding the database from its history…"))

        def rebuild_and_open() -> Any:
            self.repair_result = rebuild_from_log(path)
            return Store.open(path)

        self.task = self.runner.open_store(rebuild_and_open, on_done=self._repaired, on_error=self._failed)

    def _repaired(self, store: Any) -> None:
        result = self.repair_result
        self.status.setText(translate("DoctorDialog", "Done.") if result is None else translate(
            "DoctorDialog", "Rebuilt from {0} saved versions. The old file is kept as {1}.").format(
                result.revisions, result.kept.name))
        self.output.appendPlainText("\n" + self.status.text())
        if self.repair_button is not None:
            self.repair_button.hide()
        self.repaired.emit(store)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import describe_error

        self.status.setText(describe_error(exc) or "")
        self._closable()

    def _cancelled(self) -> None:
        self.status.setText(translate("DoctorDialog", "Stopped."))
        self._closable()

    def _closable(self) -> None:
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def reject(self) -> None:
        """Cancel (button or Escape) first stops the check; once it has stopped, closes."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.status.setText(translate("DoctorDialog", "Stopping…"))
            return
        super().reject()
