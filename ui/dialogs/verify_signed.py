"""Tools › Verify a signed PDF…: the core's `verify_pdf` run off the GUI thread, its result shown
as plain text (the signer's names come from certificates: never rich text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from inspector.signing.verify import SignatureReport, VerifyError, verify_pdf
from ui.i18n import current_language, translate
from ui.tasks import Task, TaskRunner


def report_text(reports: list[SignatureReport]) -> str:
    """The reports as plain sentences in the current language."""
    vi = current_language() == "vi"
    fmt = "%d/%m/%Y %H:%M:%S"

    def yes(flag: bool) -> str:
        return translate("VerifySignedDialog", "yes") if flag else translate("VerifySignedDialog", "no")

    if not reports:
        return translate("VerifySignedDialog", "This file has no digital signature.")
    lines: list[str] = []
    for n, r in enumerate(reports, 1):
        if r.timestamp is None:
            stamp = translate("VerifySignedDialog", "none")
        else:
            stamp = r.timestamp.strftime(fmt) + ("" if r.timestamp_ok else " " + translate("VerifySignedDialog", "(not validated)"))
        lines += [
            translate("VerifySignedDialog", "Signature {0} ({1})").format(n, r.field),
            "  " + translate("VerifySignedDialog", "Signer: {0}").format(r.signer),
            "  " + translate("VerifySignedDialog", "Certificate issued by: {0}").format(r.issuer),
            "  " + translate("VerifySignedDialog", "Signing time (signer's computer): {0}").format(
                r.signing_time.strftime(fmt) if r.signing_time else "—"),
            "  " + translate("VerifySignedDialog", "Timestamp: {0}").format(stamp),
            "  " + translate("VerifySignedDialog", "Changed after signing: {0}").format(yes(r.changed_after or not r.intact)),
            "  " + translate("VerifySignedDialog", "Chains to a trusted root CA: {0}").format(yes(r.trusted)),
            "  " + translate("VerifySignedDialog", "Revoked: {0}").format(yes(r.revoked)) + (
                "" if r.revocation_checked else
                " " + translate("VerifySignedDialog", "(not checked: no revocation list could be had)")),
            "  " + translate("VerifySignedDialog", "Verdict: {0}").format(r.verdict_vi if vi else r.verdict_en),
            "",
        ]
    lines.append(translate("VerifySignedDialog", "All signatures are valid.") if all(r.ok for r in reports)
                 else translate("VerifySignedDialog", "Some signatures are NOT valid or could not be established."))
    return "\n".join(lines)


class VerifySignedDialog(QDialog):
    def __init__(self, runner: TaskRunner, path: Path, ca_files: tuple[Path, ...] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("VerifySignedDialog", "Verify a signed PDF"))
        self.runner, self.path, self.ca_files = runner, Path(path), tuple(ca_files)
        self.status = QLabel(translate("VerifySignedDialog", "Checking the signatures of {0}…").format(self.path.name))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.output = QPlainTextEdit()
        self.output.setObjectName("verify-output")
        self.output.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.status, self.bar, self.output, self.buttons):
            layout.addWidget(w)
        self.resize(640, 480)
        self.task: Task | None = None
        self.reports: list[SignatureReport] | None = None

    def start(self) -> Task:
        path, cas = self.path, self.ca_files
        # Revocation lists are fetched over the network: the network lane, never the GUI thread.
        self.task = self.runner.net(lambda ctx: verify_pdf(path, ca_files=cas), on_done=self._done,
                                    on_error=self._failed, name="verify-signed")
        return self.task

    def _done(self, reports: list[SignatureReport]) -> None:
        self.reports = reports
        self.bar.hide()
        self.status.setText(str(self.path))
        self.output.setPlainText(report_text(reports))

    def _failed(self, exc: BaseException) -> None:
        self.bar.hide()
        if isinstance(exc, VerifyError):
            text = translate("VerifySignedDialog", "The file could not be read as a PDF: {0}").format(self.path.name)
        elif isinstance(exc, OSError | ValueError):
            text = translate("VerifySignedDialog", "A CA file in the signing settings could not be read.")
        else:
            text = translate("VerifySignedDialog", "The signatures could not be checked.")
        self.status.setText(text)
        self.output.setPlainText(text)
