"""Tools › Verify a signed PDF…: the core's `verify_pdf` run off the GUI thread, its result shown
as plain text (the signer's names come from certificates: never rich text).

A file that comes back signed by others (the inspected unit's representative counter-signs with
their own tool) is evidence of the inspection: when it is the open inspection's minutes (the PDF
names that inspection in its metadata) and every signature is valid, "Keep as evidence" records it
in the audit trail, as `inspector verify --record` does (`evidence.record_if_valid`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
                 parent: QWidget | None = None, *, inspection_id: str = "", actor: str = ""):
        super().__init__(parent)
        self.inspection_id, self.actor = inspection_id, actor
        self.names_inspection = ""  # the inspection the PDF's metadata names
        self.recorded = ""  # SHA-256 of the file once kept as evidence
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
        self.keep_button = QPushButton(translate("VerifySignedDialog", "&Keep as evidence of the inspection"))
        self.keep_button.setObjectName("keep-as-evidence")
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.hide()
        layout = QVBoxLayout(self)
        for w in (self.status, self.bar, self.output, self.buttons):
            layout.addWidget(w)
        self.resize(640, 480)
        self.task: Task | None = None
        self.reports: list[SignatureReport] | None = None

    def start(self) -> Task:
        path, cas = self.path, self.ca_files

        def job(_ctx: object) -> tuple[list[SignatureReport], str]:
            from inspector.signing.evidence import named_inspection

            return verify_pdf(path, ca_files=cas), named_inspection(path)

        # Revocation lists are fetched over the network: the network lane, never the GUI thread.
        self.task = self.runner.net(job, on_done=lambda out: self._done(*out), on_error=self._failed,
                                    name="verify-signed")
        return self.task

    def _done(self, reports: list[SignatureReport], names_inspection: str = "") -> None:
        self.reports, self.names_inspection = reports, names_inspection
        self.bar.hide()
        self.status.setText(str(self.path))
        self.output.setPlainText(report_text(reports))
        # Offered only for the open inspection's own minutes with every signature valid.
        self.keep_button.setVisible(bool(self.inspection_id) and names_inspection == self.inspection_id
                                    and bool(reports) and all(r.ok for r in reports))

    def keep(self) -> None:
        """Record the verified file in the open inspection's audit trail (database lane)."""
        from inspector.signing.evidence import record_if_valid

        if self.reports is None or not self.keep_button.isVisible():
            return
        inspection_id, path, reports, actor = self.inspection_id, self.path, self.reports, self.actor
        self.keep_button.setEnabled(False)

        def done(entry: object) -> None:
            if entry is None:
                self.status.setText(translate("VerifySignedDialog", "Not kept: a signature is not valid."))
                return
            self.recorded = entry.sha256  # type: ignore[attr-defined]
            self.status.setText(translate("VerifySignedDialog", "Kept as evidence of the open inspection: {0}").format(
                self.path.name))

        def failed(exc: BaseException) -> None:
            self.keep_button.setEnabled(True)
            self.status.setText(translate("VerifySignedDialog", "The file could not be kept as evidence."))

        self.runner.db(lambda ctx: record_if_valid(ctx.store, inspection_id, path, reports, actor=actor or "—"),
                       on_done=done, on_error=failed, name="record-verified")

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
