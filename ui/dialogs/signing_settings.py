"""Tools › Signing settings…: this user's signature image, the agency seal image and name, the USB
token's PKCS#11 module, the timestamp server and extra root CA files.

Saved in the user's `signing.yaml` (config folder), which `inspector sign` / `verify` read too;
the office's `signing.yaml` in the data folder gives the defaults shown as placeholders. No
password or PIN is ever asked or kept here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.signing.settings import (
    SigningSettings,
    load_signing_settings,
    office_signing_file,
    save_signing_settings,
    user_signing_file,
)
from ui.i18n import translate
from ui.widgets.plain import plain_label


class SigningSettingsDialog(QDialog):
    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SigningSettingsDialog", "Signing settings"))
        office = load_signing_settings(office_signing_file(data_dir))
        mine = load_signing_settings(user_signing_file())
        self.signature_image = self._path_row(mine.signature_image, office.signature_image)
        self.seal_image = self._path_row(mine.seal_image, office.seal_image)
        self.agency = QLineEdit(mine.agency)
        self.agency.setPlaceholderText(office.agency)
        self.module = self._path_row(mine.pkcs11_module, office.pkcs11_module, images=False)
        self.tsa = QLineEdit(mine.tsa_url)
        self.tsa.setPlaceholderText(office.tsa_url or "http://…")
        self.cas = QPlainTextEdit("\n".join(str(p) for p in mine.ca_files))
        self.cas.setPlaceholderText("\n".join(str(p) for p in office.ca_files))
        self.cas.setTabChangesFocus(True)
        self.cas.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(translate("SigningSettingsDialog", "My signature image (PNG)"), self.signature_image.parent())
        form.addRow(translate("SigningSettingsDialog", "Agency stamp image (PNG)"), self.seal_image.parent())
        form.addRow(translate("SigningSettingsDialog", "Agency name (shown when there is no stamp image)"), self.agency)
        form.addRow(translate("SigningSettingsDialog", "USB token's PKCS#11 module"), self.module.parent())
        form.addRow(translate("SigningSettingsDialog", "Timestamp server (TSA) address"), self.tsa)
        form.addRow(translate("SigningSettingsDialog", "Extra root CA files (one a line)"), self.cas)
        note = plain_label(translate(
            "SigningSettingsDialog",
            "Empty boxes use the office's settings (shown in grey). Without an image the signature "
            "shows text only. Passwords and PINs are asked at each signature and never kept."))
        note.setWordWrap(True)
        # What differs from Decree 30/2020 (Appendix I, Part I, II.7.d and II.8.a) in the images.
        self.image_notes = plain_label()
        self.image_notes.setObjectName("signing-image-notes")
        for edit in (self.signature_image, self.seal_image):
            edit.textChanged.connect(self._check_images)
        self._check_images()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.image_notes)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _path_row(self, value, placeholder, images: bool = True) -> QLineEdit:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(str(value) if value else "")
        edit.setPlaceholderText(str(placeholder) if placeholder else "")
        browse = QPushButton(translate("SigningSettingsDialog", "Choose…"))

        def choose() -> None:
            pattern = (translate("SigningSettingsDialog", "PNG images (*.png)") if images
                       else translate("SigningSettingsDialog", "PKCS#11 modules (*.dll *.so *.dylib)"))
            chosen, _ = QFileDialog.getOpenFileName(self, "", edit.text(), pattern)
            if chosen:
                edit.setText(chosen)

        browse.clicked.connect(choose)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return edit

    def _check_images(self) -> None:
        from inspector.signing.sign import check_image
        from ui.dialogs.sign_pdf import image_problem_text

        lines = []
        for edit, kind in ((self.signature_image, "signature"), (self.seal_image, "seal")):
            text = edit.text().strip() or edit.placeholderText().strip()
            if not text:
                continue
            path = Path(text)
            if not path.is_file():
                lines.append(translate("SigningSettingsDialog", "There is no file {0}.").format(path))
                continue
            lines += [f"{path.name}: {image_problem_text(p)}" for p in check_image(path, kind)]
        self.image_notes.setText("\n".join(lines))
        self.image_notes.setVisible(bool(lines))

    def settings(self) -> SigningSettings:
        def path(edit: QLineEdit) -> Path | None:
            text = edit.text().strip()
            return Path(text) if text else None

        return SigningSettings(
            signature_image=path(self.signature_image), seal_image=path(self.seal_image),
            agency=self.agency.text().strip(), pkcs11_module=self.module.text().strip(),
            tsa_url=self.tsa.text().strip(),
            ca_files=tuple(Path(line.strip()) for line in self.cas.toPlainText().splitlines() if line.strip()))

    def accept(self) -> None:
        save_signing_settings(self.settings())
        super().accept()
