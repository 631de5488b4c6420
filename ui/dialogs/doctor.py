"""Tools › Check data: runs the core's `run_doctor` on the database lane with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from inspector.doctor import DoctorReport, run_doctor
from ui.i18n import translate
from ui.tasks import Task, TaskRunner


def report_text(report: DoctorReport) -> str:
    """The doctor's findings as plain sentences in the current language."""
    lines = [translate("DoctorDialog", "Database: {0} (format {1})").format(report.database, report.schema_version),
             translate("DoctorDialog", "{0} inspections, {1} findings, {2} evidence records, {3} files checked.").format(
                 report.counts.get("inspections", 0), report.counts.get("findings", 0),
                 report.counts.get("evidence", 0), report.blobs_checked)]
    if report.ok:
        lines.append(translate("DoctorDialog", "Everything is in order: the database is sound, every seal matches "
                                               "its content and every evidence file is intact."))
    for p in report.integrity:
        if p.kind == "seal":
            lines.append(translate("DoctorDialog", "Seal problem in inspection {0}: {1}").format(p.inspection_id, p.detail))
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
    return "\n".join(lines)


class DoctorDialog(QDialog):
    finished_report = Signal(object)  # DoctorReport

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
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
        self.resize(640, 360)
        self.finished_report.emit(report)

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
