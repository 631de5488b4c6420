"""Tools › Verify a signed PDF…: pick a PDF, see each signature's signer, time, changes, trust
and verdict (the same as `inspector verify`)."""

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
    dialog = VerifySignedDialog(window.runner, Path(path), cas, parent=window)
    dialog.start()
    dialog.show()
    window.verify_dialog = dialog
    return dialog


register_action(ActionSpec(
    "tools.verify_signed", QT_TRANSLATE_NOOP("Actions", "&Verify a signed PDF…"), "tools", verify_signed_pdf,
    (), QT_TRANSLATE_NOOP("Actions", "Check the digital signatures of a signed minutes PDF"), order=8))
