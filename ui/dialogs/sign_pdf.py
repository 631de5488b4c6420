"""Tools › Sign a PDF…: sign a PDF/A of the minutes as the head of the team, or counter-sign it as
the inspected unit's representative, from inside the application.

The signing itself is `inspector.signing.request.sign_document`, the function `inspector sign`
calls. The key is a certificate file (.p12/.pfx; its password typed here each time) or the USB
token whose PKCS#11 module is in the signing settings (its PIN typed here each time); neither is
ever stored: the box is emptied as soon as signing starts. The work runs on the network lane
(the token and the timestamp server may take seconds) with a busy bar and Stop: the signature is
written to a temporary file and moved into place only if it succeeded and was not stopped, so a
wrong password, a wrong PIN or a stop writes nothing. An existing file is replaced only after the
user says so. After signing, the file is checked (`verify_pdf`) and, when it is the minutes of
the inspection open in the window and every signature is valid, kept as evidence in that
inspection's audit trail (`evidence.record_if_valid`, as `inspector verify --record` does).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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

from inspector.errors import Cancelled
from inspector.signing.pdfa import FIELD_HOST, FIELD_LEADER
from inspector.signing.request import Prepared, prepare, sign_document
from inspector.signing.settings import SigningSettings
from inspector.signing.sign import Credentials, SigningError, SignResult
from ui.i18n import translate
from ui.tasks import Task, TaskRunner
from ui.widgets.plain import plain_label

log = logging.getLogger(__name__)
SIGNED_SUFFIX = "-da-ky"


@dataclass(frozen=True)
class Outcome:
    """What a signing run gives back to the window."""

    result: SignResult
    reports: list  # verify_pdf's reports of the signed file
    inspection_id: str  # the inspection the PDF names in its metadata ("" if none)


def default_output(src: Path) -> Path:
    """`bien-ban.pdf` → `bien-ban-da-ky.pdf`; a file already named so is signed in place."""
    if src.stem.endswith(SIGNED_SUFFIX):
        return src
    return src.with_name(f"{src.stem}{SIGNED_SUFFIX}.pdf")


def image_problem_text(problem: str) -> str:
    """One sentence per `check_image` code, in the interface language."""
    return {
        "unreadable": translate("SignPdfDialog", "The image cannot be read."),
        "not-png": translate("SignPdfDialog", "The image is not a PNG, as Decree 30/2020 requires."),
        "not-transparent": translate("SignPdfDialog", "The image has no transparent background, as Decree 30/2020 requires."),
        "not-blue": translate("SignPdfDialog", "The signature image is not blue, as Decree 30/2020 requires."),
        "not-red": translate("SignPdfDialog", "The stamp image is not red, as Decree 30/2020 requires."),
        "size-unknown": translate("SignPdfDialog", "The stamp image does not record its resolution, so its real size is unknown: "
                           "it is drawn as high as the signature block."),
    }.get(problem, problem)


def failure_text(exc: BaseException) -> str:
    """The sentence shown when signing did not happen (the file is then unchanged)."""
    reasons = {
        "wrong-password": translate("SignPdfDialog", "The certificate file's password is wrong."),
        "wrong-pin": translate("SignPdfDialog", "The token's PIN is wrong."),
        "pin-locked": translate("SignPdfDialog", "The token's PIN is locked."),
        "no-key": translate("SignPdfDialog", "No private key with its certificate was found."),
        "no-token": translate("SignPdfDialog", "No USB token was found: plug it in and try again."),
        "module": translate("SignPdfDialog", "The token's PKCS#11 module could not be loaded: check Tools › Signing settings."),
        "no-field": translate("SignPdfDialog", "This PDF has no empty signature place for that person."),
        "field-signed": translate("SignPdfDialog", "That signature place is already signed."),
        "timestamp": translate("SignPdfDialog", "No timestamp could be had from the timestamp server."),
        "not-pdf": translate("SignPdfDialog", "The file could not be read as a PDF."),
        "not-writable": translate("SignPdfDialog", "The signed file could not be written there."),
        "ca-file": translate("SignPdfDialog", "A root CA file in the signing settings could not be read."),
        "no-image": translate("SignPdfDialog", "The signature or stamp image set in the signing settings is not there."),
    }
    if isinstance(exc, SigningError):
        text = reasons.get(exc.reason, translate("SignPdfDialog", "Signing failed."))
    elif isinstance(exc, OSError):
        text = translate("SignPdfDialog", "The signed file could not be written there.")
    else:
        text = translate("SignPdfDialog", "Signing failed.")
    return text + " " + translate("SignPdfDialog", "Nothing was written.")


class SignPdfDialog(QDialog):
    """The window. `inspection_id`: the inspection open in the main window (its minutes, once
    signed, are recorded in its audit trail); `open_verify(path)`: opens the verification window."""

    def __init__(self, runner: TaskRunner, settings: SigningSettings, *, src: Path | None = None,
                 inspection_id: str = "", open_verify=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sign-pdf-dialog")
        self.runner, self.settings, self.inspection_id = runner, settings, inspection_id
        self.open_verify = open_verify
        self.task: Task | None = None
        self.outcome: Outcome | None = None
        self.recorded: str = ""  # SHA-256 of the file kept as evidence, once done
        self.error: BaseException | None = None
        self.record_state = ""  # "", "pending", "done", "failed", "refused" (kept as evidence or not)
        self._status_text = str

        self.file = QLineEdit(str(src) if src else "")
        self.file.setObjectName("sign-file")
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self._choose_file)
        self.role = QComboBox()
        self.role.setObjectName("sign-role")
        self.stamp = QCheckBox()
        self.stamp.setObjectName("sign-stamp")
        self.key_kind = QComboBox()
        self.key_kind.setObjectName("sign-key-kind")
        self.cert = QLineEdit()
        self.cert.setObjectName("sign-cert")
        self.cert_button = QPushButton()
        self.cert_button.clicked.connect(self._choose_cert)
        self.module_label = plain_label()
        self.secret = QLineEdit()
        self.secret.setObjectName("sign-secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_tsa = QCheckBox()
        self.use_tsa.setObjectName("sign-tsa")
        self.use_tsa.setChecked(bool(settings.tsa_url))
        self.use_tsa.setEnabled(bool(settings.tsa_url))
        self.image_label = plain_label()
        self.out = QLineEdit(str(default_output(src)) if src else "")
        self.out.setObjectName("sign-output")
        self.out_button = QPushButton()
        self.out_button.clicked.connect(self._choose_out)
        self.status = plain_label()
        self.status.setObjectName("sign-status")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("sign-start")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.start)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_signed)
        self.open_button.hide()
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self._verify_signed)
        self.verify_button.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("file", self._row(self.file, self.file_button)), ("role", self.role),
                            ("stamp", self.stamp), ("key", self.key_kind),
                            ("cert", self._row(self.cert, self.cert_button)), ("module", self.module_label),
                            ("secret", self.secret), ("tsa", self.use_tsa), ("image", self.image_label),
                            ("out", self._row(self.out, self.out_button))):
            label = QLabel()
            label.setBuddy(widget.focusProxy() or widget)  # a row's box takes no focus: its edit does
            self.labels[key] = label
            self.form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.open_button, self.verify_button, self.sign_button, self.stop_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.key_kind.currentIndexChanged.connect(self._refresh)
        self.role.currentIndexChanged.connect(self._refresh)
        self.stamp.toggled.connect(self._refresh)
        self.file.editingFinished.connect(self._file_changed)
        self.retranslate()
        self.resize(720, 400)

    # ------------------------------------------------------------------ layout and language
    def _row(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        box.setFocusProxy(edit)
        return box

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SignPdfDialog", "Sign a PDF"))
        texts = {"file": translate("SignPdfDialog", "&PDF to sign"), "role": translate("SignPdfDialog", "Sign &as"), "stamp": "", "key": translate("SignPdfDialog", "&Key"),
                 "cert": translate("SignPdfDialog", "&Certificate file"), "module": translate("SignPdfDialog", "Token module"), "secret": "",
                 "tsa": "", "image": translate("SignPdfDialog", "Image shown"), "out": translate("SignPdfDialog", "Sa&ve the signed file to")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        role = self.role.currentIndex()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(translate("SignPdfDialog", "Head of the inspection team (first signature)"), FIELD_LEADER)
        self.role.addItem(translate("SignPdfDialog", "Inspected unit's representative (counter-signature)"), FIELD_HOST)
        self.role.setCurrentIndex(max(role, 0))
        self.role.blockSignals(False)
        self.stamp.setText(translate("SignPdfDialog", "The a&gency's stamp (con dấu) over this signature"))
        kind = self.key_kind.currentIndex()
        self.key_kind.blockSignals(True)
        self.key_kind.clear()
        self.key_kind.addItem(translate("SignPdfDialog", "Certificate file (.p12, .pfx)"), "pkcs12")
        self.key_kind.addItem(translate("SignPdfDialog", "USB token (PKCS#11)"), "pkcs11")
        self.key_kind.setCurrentIndex(max(kind, 0) if kind >= 0 else (1 if self.settings.pkcs11_module else 0))
        self.key_kind.blockSignals(False)
        for b in (self.file_button, self.cert_button, self.out_button):
            b.setText(translate("SignPdfDialog", "Choose…"))
        self.use_tsa.setText(translate("SignPdfDialog", "Add a &timestamp from {0}").format(self.settings.tsa_url) if self.settings.tsa_url
                             else translate("SignPdfDialog", "No timestamp server is set (Tools › Signing settings)"))
        self.sign_button.setText(translate("SignPdfDialog", "&Sign"))
        self.stop_button.setText(translate("SignPdfDialog", "St&op"))
        self.open_button.setText(translate("SignPdfDialog", "&Open the signed file"))
        self.verify_button.setText(translate("SignPdfDialog", "Verif&y it"))
        self.close_button.setText(translate("SignPdfDialog", "Close"))
        self.status.setText(self._status_text())
        self._refresh()

    def _refresh(self) -> None:
        token = self.key_kind.currentData() == "pkcs11"
        for key, visible in (("cert", not token), ("module", token)):
            self.labels[key].setVisible(visible)
            self.form.itemAt(self.form.getWidgetPosition(self.labels[key])[0],
                             QFormLayout.ItemRole.FieldRole).widget().setVisible(visible)
        self.labels["secret"].setText(translate("SignPdfDialog", "Token P&IN") if token else translate("SignPdfDialog", "Pass&word of the certificate file"))
        self.module_label.setText(self.settings.pkcs11_module or translate("SignPdfDialog",
            "No token module is set: choose it in Tools › Signing settings."))
        try:
            prepared = self.prepared()
        except SigningError as exc:
            self.image_label.setText(translate("SignPdfDialog", "The image set in the signing settings is not there: {0}").format(exc.detail))
            return
        if prepared.image is None:
            text = translate("SignPdfDialog", "No image is set: the signature shows the name and the time as text.")
        else:
            text = str(prepared.image)
            problems = [image_problem_text(p) for p in prepared.image_problems]
            if problems:
                text += "\n" + "\n".join(problems)
        self.image_label.setText(text)

    def prepared(self) -> Prepared:
        return prepare(self.settings, seal=self.stamp.isChecked(),
                       tsa_url=self.settings.tsa_url if self.use_tsa.isChecked() else "")

    # ------------------------------------------------------------------ choosing files
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("SignPdfDialog", "PDF to sign"), self.file.text(), translate("SignPdfDialog", "PDF files (*.pdf)"))
        if path:
            self.file.setText(path)
            self._file_changed()

    def _file_changed(self) -> None:
        text = self.file.text().strip()
        if text:
            self.out.setText(str(default_output(Path(text))))

    def _choose_cert(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("SignPdfDialog", "Certificate file"), self.cert.text(),
                                              translate("SignPdfDialog", "Certificate files (*.p12 *.pfx)"))
        if path:
            self.cert.setText(path)

    def _choose_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("SignPdfDialog", "Save the signed file to"), self.out.text(),
                                              translate("SignPdfDialog", "PDF files (*.pdf)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.out.setText(path)  # replacing an existing file is asked when signing starts

    # ------------------------------------------------------------------ signing
    def _say(self, text) -> None:
        """Show `text()` in the status line; it is asked again when the language changes."""
        self._status_text = text
        self.status.setText(text())

    def start(self) -> Task | None:
        """Check the choices, ask before replacing a file, then sign off the GUI thread."""
        if self.task is not None:
            return None
        src = Path(self.file.text().strip()) if self.file.text().strip() else None
        out = Path(self.out.text().strip()) if self.out.text().strip() else None
        token = self.key_kind.currentData() == "pkcs11"
        if src is None or not src.is_file():
            self._say(lambda: translate("SignPdfDialog", "Choose the PDF to sign."))
            self.file.setFocus()
            return None
        if out is None:
            self._say(lambda: translate("SignPdfDialog", "Choose where to save the signed file."))
            self.out.setFocus()
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        if token and not self.settings.pkcs11_module:
            self._say(lambda: translate("SignPdfDialog", "No token module is set: choose it in Tools › Signing settings."))
            return None
        cert = Path(self.cert.text().strip()) if self.cert.text().strip() else None
        if not token and (cert is None or not cert.is_file()):
            self._say(lambda: translate("SignPdfDialog", "Choose the certificate file (.p12, .pfx)."))
            self.cert.setFocus()
            return None
        if not self.secret.text():
            self._say(lambda: translate("SignPdfDialog", "Type the token's PIN.") if token else translate("SignPdfDialog", "Type the certificate file's password."))
            self.secret.setFocus()
            return None
        if out.exists():
            answer = QMessageBox.question(
                self, translate("SignPdfDialog", "Sign a PDF"),
                translate("SignPdfDialog", "{0} already exists. Replace it with the signed file?").format(out.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self._say(lambda: translate("SignPdfDialog", "Nothing was written."))
                return None
        try:
            prepared = self.prepared()
        except SigningError as exc:
            problem = exc  # `exc` is gone after the except block; the status text asks again
            self._say(lambda: failure_text(problem))
            return None
        credentials = (Credentials.pkcs11(self.settings.pkcs11_module, self.secret.text()) if token
                       else Credentials.pkcs12(cert, self.secret.text()))
        self.secret.clear()  # typed for this signature only
        field, seal, settings = self.role.currentData(), self.stamp.isChecked(), self.settings

        def job(ctx) -> Outcome:
            from inspector.signing.pdfa import read_identification
            from inspector.signing.verify import verify_pdf

            partial = out.with_name(f".{out.stem[:40]}.{os.getpid()}.unsigned.tmp")
            ctx.progress(0, 2, "sign")
            try:
                result = sign_document(src, partial, credentials, settings, field=field, seal=seal,
                                       image=prepared.image, agency=prepared.agency,
                                       tsa_url=prepared.tsa_url)
                if ctx.cancelled():
                    raise Cancelled()
                os.replace(partial, out)
            finally:
                partial.unlink(missing_ok=True)
            result = replace(result, path=out)
            ctx.progress(1, 2, "verify")
            try:
                ident = read_identification(out).get("inspectionId", "")
            except Exception:  # a PDF made elsewhere may carry no identification
                ident = ""
            return Outcome(result, verify_pdf(out, ca_files=list(settings.ca_files)), ident)

        self.outcome, self.error, self.recorded = None, None, ""
        for b in (self.open_button, self.verify_button, self.sign_button):
            b.setVisible(b is self.sign_button)
        self.sign_button.setEnabled(False)
        self.stop_button.show()
        self.bar.show()
        self._say(lambda: translate("SignPdfDialog", "Signing {0}…").format(src.name))
        name = src.name

        def progressed(done: int, total: int, what: str) -> None:
            if what == "verify" and self.task is not None and not self.task.is_cancelled():
                self._say(lambda: translate("SignPdfDialog", "Signed; checking every signature in {0}…").format(out.name))
            elif what == "sign":
                self._say(lambda: translate("SignPdfDialog", "Signing {0}…").format(name))

        self.task = self.runner.net(job, on_done=self._done, on_error=self._failed, on_progress=progressed,
                                    name="sign-pdf")
        self.task.was_cancelled.connect(self._stopped)
        return self.task

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say(lambda: translate("SignPdfDialog", "Stopping: the signature being made is thrown away; nothing is written."))

    def _finish(self) -> None:
        self.task = None
        self.bar.hide()
        self.stop_button.hide()
        self.sign_button.setEnabled(True)

    def _stopped(self) -> None:
        self._finish()
        self._say(lambda: translate("SignPdfDialog", "Stopped. Nothing was written."))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.error = exc
        log.info("signing in the window failed: %s", getattr(exc, "reason", type(exc).__name__))
        self._say(lambda: failure_text(exc))

    def _done(self, outcome: Outcome) -> None:
        self._finish()
        self.outcome = outcome
        all_ok = bool(outcome.reports) and all(rep.ok for rep in outcome.reports)
        belongs = bool(self.inspection_id) and outcome.inspection_id == self.inspection_id
        self.record_state = "pending" if belongs and all_ok else ("refused" if belongs else "")
        self._say(lambda: self._result_text(outcome, all_ok))
        if self.record_state == "pending":
            self._record(outcome)
        self.open_button.show()
        self.verify_button.setVisible(self.open_verify is not None)

    def _result_text(self, outcome: Outcome, all_ok: bool) -> str:
        from inspector.signing.sign import format_signing_time

        r = outcome.result
        lines = [translate("SignPdfDialog", "Signed: {0}, {1} ({2}), PAdES {3}.").format(
            r.path.name, r.signer, format_signing_time(r.signing_time), r.level)]
        lines.append(translate("SignPdfDialog", "Every signature in the file is valid.") if all_ok else
                     translate("SignPdfDialog", "Some signature in the file is not valid or could not be "
                                                "established: see Verify."))
        lines.append({
            "pending": translate("SignPdfDialog", "Keeping it as evidence of the open inspection…"),
            "done": translate("SignPdfDialog", "Kept as evidence of the open inspection."),
            "failed": translate("SignPdfDialog", "It could not be kept as evidence of the inspection."),
            "refused": translate("SignPdfDialog", "Not kept as evidence of the inspection while a signature is not valid."),
        }.get(self.record_state, ""))
        return "\n".join(line for line in lines if line)

    def _record(self, outcome: Outcome) -> None:
        from inspector.signing.evidence import record_if_valid

        inspection_id, path, reports = self.inspection_id, outcome.result.path, outcome.reports

        def job(ctx):
            return record_if_valid(ctx.store, inspection_id, path, reports, actor="Sign a PDF")

        def done(entry) -> None:
            if entry is None:  # not every signature valid: checked again where it is recorded
                self.record_state = "refused"
            else:
                self.recorded, self.record_state = entry.sha256, "done"
            self._say(self._status_text)

        def failed(exc: BaseException) -> None:
            log.warning("the signed file could not be recorded", exc_info=exc)
            self.record_state = "failed"
            self._say(self._status_text)

        self.runner.db(job, on_done=done, on_error=failed, name="record-signed")

    def _open_signed(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.result.path)))

    def _verify_signed(self) -> None:
        if self.outcome is not None and self.open_verify is not None:
            self.open_verify(str(self.outcome.result.path))

    def reject(self) -> None:
        if self.task is not None:  # closing mid-way stops the run (nothing is written)
            self.task.cancel()
        self.secret.clear()
        super().reject()
