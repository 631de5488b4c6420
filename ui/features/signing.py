"""Signed minutes in the window.

- Inspection › Export minutes for signing (PDF/A)…: a finalized inspection's minutes as PDF/A-2b
  with signature fields (the same as `inspector export minutes ID --pdfa`). Hidden when
  LibreOffice is not installed (the PDF is LibreOffice's rendering).
- Tools › Sign a PDF…: sign the PDF/A as the head of the team or counter-sign it as the inspected
  unit's representative, with a certificate file or the USB token (the same core function as
  `inspector sign`); the signed minutes of the open inspection are kept as its evidence.
- Tools › Verify a signed PDF…: pick a PDF, see each signature's signer, time, changes, trust
  and verdict (the same as `inspector verify`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionSpec, register_action

log = logging.getLogger(__name__)


def verify_signed_pdf(window: Any, path: str | None = None) -> Any:
    """Ask for a PDF (unless `path`), then open the verification window on it; returns it."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from inspector.signing.settings import load_signing_settings
    from ui.dialogs.verify_signed import VerifySignedDialog
    from ui.i18n import translate

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, translate("VerifySignedDialog", "Verify a signed PDF"), "",
            translate("VerifySignedDialog", "PDF files (*.pdf)"))
        if not path:
            return None
    try:
        cas = load_signing_settings().ca_files
    except Exception:  # a broken signing.yaml: verify against the system roots and say so in the log
        log.warning("signing settings could not be read", exc_info=True)
        cas = ()
    record = window.workspace.record  # as Sign a PDF and Export for signing ask it
    dialog = VerifySignedDialog(window.runner, Path(path), cas, parent=window,
                                inspection_id=record.inspection.id if record is not None else "",
                                actor=window.settings.actor)
    dialog.start()
    dialog.show()
    window.verify_dialog = dialog
    return dialog


def sign_a_pdf(window: Any, path: str | None = None) -> Any:
    """Open the signing window (on `path` if given, else on nothing chosen yet); returns it."""
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from inspector.signing.settings import load_signing_settings
    from ui.dialogs.sign_pdf import SignPdfDialog
    from ui.i18n import translate

    try:
        settings = load_signing_settings()
    except Exception:  # a broken signing.yaml: say so instead of signing with half the settings
        log.warning("signing settings could not be read", exc_info=True)
        QMessageBox.warning(window, translate("SignPdfDialog", "Sign a PDF"),
                            translate("SignPdfDialog", "The signing settings could not be read: "
                                                       "check Tools › Signing settings."))
        return None
    record = window.workspace.record
    dialog = SignPdfDialog(window.runner, settings, src=Path(path) if path else None,
                           inspection_id=record.inspection.id if record is not None else "",
                           open_verify=lambda p: verify_signed_pdf(window, p), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()  # typing goes to the new window, never to the inspection behind it
    window.sign_dialog = dialog
    return dialog


def on_database_opened(window: Any) -> None:
    """Show the PDF/A export only where LibreOffice is installed."""
    from inspector.libreoffice import find_office  # not inspector.minutes: start-up stays light

    window.registry["inspection.export_pdfa"].setVisible(find_office() is not None)


def export_for_signing(window: Any, path: str | None = None) -> Any:
    """Ask where to save (unless `path`), then export the open finalized inspection as PDF/A on
    the database lane; the result or the reason it failed is shown in a message box."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

    from inspector.errors import Cancelled, ExportError
    from inspector.minutes import MinutesSettings, office_wording_file, user_wording_file
    from inspector.signing.pdfa import export_pdfa
    from ui.i18n import translate

    record = window.workspace.record
    if record is None:
        return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, translate("SigningExport", "Export minutes for signing (PDF/A)"),
            "bien-ban-ky-so.pdf", translate("VerifySignedDialog", "PDF files (*.pdf)"))
        if not path:
            return None
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    user_file = user_wording_file()
    settings = MinutesSettings(office_file=office_wording_file(window.main_database.parent),
                               user_file=user_file if user_file.is_file() else None)
    inspection_id = record.inspection.id
    progress = QProgressDialog(translate("SigningExport", "Writing the PDF/A with LibreOffice…"),
                               translate("SigningExport", "Cancel"), 0, 0, window)
    progress.setMinimumDuration(0)

    def job(ctx):
        rec = ctx.store.load_inspection(inspection_id)
        return export_pdfa(rec, ctx.store.template_for(rec.inspection), out, settings=settings,
                           evidence_path=ctx.store.evidence_path, cancelled=ctx.cancelled)

    def done(result) -> None:
        progress.close()
        QMessageBox.information(window, translate("SigningExport", "Export minutes for signing (PDF/A)"),
                                translate("SigningExport", "Saved {0} ({1} pages) with {2} signature fields. "
                                                           "Sign it with: inspector sign \"{0}\" --pkcs12 … or --pkcs11 …").format(
                                    str(result.path), result.pages, len(result.blocks)))

    def failed(exc: BaseException) -> None:
        progress.close()
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, ExportError) and exc.reason == "not-finalized":
            text = translate("SigningExport", "Only a finalized inspection can be exported for signing: finalize it first.")
        elif isinstance(exc, ExportError) and exc.reason == "locked":
            text = translate("SigningExport", "The file is open in another program; close it and try again.")
        else:
            text = translate("SigningExport", "The PDF/A could not be written ({0}).").format(
                getattr(exc, "reason", type(exc).__name__))
        QMessageBox.warning(window, translate("SigningExport", "Export minutes for signing (PDF/A)"), text)

    task = window.runner.db(job, on_done=done, on_error=failed, name="export-pdfa")
    progress.canceled.connect(task.cancel)
    window.pdfa_task = task
    return task


register_action(ActionSpec(
    "inspection.export_pdfa", QT_TRANSLATE_NOOP("Actions", "Export minutes for &signing (PDF/A)…"),
    "inspection", export_for_signing, (),
    QT_TRANSLATE_NOOP("Actions", "The minutes of the finalized inspection as an archival PDF/A with signature fields"),
    requires=frozenset({"inspection", "finalized"}), order=71))
def signing_settings(window: Any) -> Any:
    """Open the signing settings (images, token module, TSA, CA files) of this user."""
    from PySide6.QtCore import Qt

    from ui.dialogs.signing_settings import SigningSettingsDialog

    dialog = SigningSettingsDialog(data_dir=window.main_database.parent, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.signing_settings_dialog = dialog
    dialog.open()
    return dialog


register_action(ActionSpec(
    "tools.signing_settings", QT_TRANSLATE_NOOP("Actions", "Si&gning settings…"), "tools", signing_settings,
    (), QT_TRANSLATE_NOOP("Actions", "Signature and stamp images, USB token module, timestamp server, root CA files"),
    order=9))
register_action(ActionSpec(
    "tools.sign_pdf", QT_TRANSLATE_NOOP("Actions", "Sig&n a PDF…"), "tools", sign_a_pdf,
    (), QT_TRANSLATE_NOOP("Actions", "Sign the minutes PDF/A digitally, or counter-sign it, with a certificate file or a USB token"),
    order=7))
register_action(ActionSpec(
    "tools.verify_signed", QT_TRANSLATE_NOOP("Actions", "&Verify a signed PDF…"), "tools", verify_signed_pdf,
    (), QT_TRANSLATE_NOOP("Actions", "Check the digital signatures of a signed minutes PDF"), order=8))
