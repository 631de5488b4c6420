"""Settings: who the inspector is, the wording of the minutes (its own dialog), data folder, language."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import paths
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from ui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.original = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.name = QLineEdit(settings.inspector_name)
        self.name.setObjectName("settings-name")
        self.title = QLineEdit(settings.inspector_title)
        self.title.setObjectName("settings-title")
        self.unit = QLineEdit(settings.inspector_unit)
        self.unit.setObjectName("settings-unit")
        self.data_dir = QLineEdit(settings.data_dir)
        self.data_dir.setObjectName("settings-data-dir")
        self.data_dir.setPlaceholderText(str(paths.data_dir()))
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.data_dir, 1)
        folder_layout.addWidget(browse)
        self.language = QComboBox()
        self.language.setObjectName("settings-language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))

        me = QGroupBox(translate("SettingsDialog", "You"))
        me_form = QFormLayout(me)
        me_form.addRow(translate("SettingsDialog", "Full &name"), self.name)
        me_form.addRow(translate("SettingsDialog", "&Title"), self.title)
        me_form.addRow(translate("SettingsDialog", "&Unit"), self.unit)
        minutes = QGroupBox(translate("SettingsDialog", "Printed on the minutes"))
        minutes_layout = QHBoxLayout(minutes)
        minutes_note = QLabel(translate("SettingsDialog", "Agency names, unit abbreviation, signature titles, "
                                                          "fixed sentences and number of copies."))
        minutes_note.setWordWrap(True)
        minutes_note.setTextFormat(Qt.TextFormat.PlainText)
        self.wording_button = QPushButton(translate("SettingsDialog", "Minutes &wording…"))
        self.wording_button.setObjectName("settings-wording")
        self.wording_button.clicked.connect(self.open_wording)
        minutes_layout.addWidget(minutes_note, 1)
        minutes_layout.addWidget(self.wording_button)
        app = QGroupBox(translate("SettingsDialog", "Application"))
        app_form = QFormLayout(app)
        folder_label = QLabel(translate("SettingsDialog", "&Data folder"))
        folder_label.setBuddy(self.data_dir)  # Alt+D reaches the text box inside the row
        app_form.addRow(folder_label, folder_row)
        app_form.addRow(translate("SettingsDialog", "&Language"), self.language)
        note = QLabel(translate("SettingsDialog", "Passwords are never stored here: they stay in the system's keyring."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setStyleSheet("color: #607d8b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (me, minutes, app, note, self.buttons):
            layout.addWidget(w)
        self.resize(560, 480)

    def open_wording(self) -> None:
        """The wording has its own dialog (and file): it is kept when that dialog says OK."""
        from pathlib import Path

        from ui.dialogs.minutes_wording import MinutesWordingDialog

        folder = self.data_dir.text().strip()
        dialog = MinutesWordingDialog(data_dir=Path(folder).expanduser() if folder else None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wording_dialog = dialog
        dialog.open()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("SettingsDialog", "Data folder"),
                                                  self.data_dir.text() or str(paths.data_dir()))
        if folder:
            self.data_dir.setText(folder)

    def value(self) -> AppSettings:
        return dataclasses.replace(
            self.original,
            inspector_name=self.name.text().strip(),
            inspector_title=self.title.text().strip(),
            inspector_unit=self.unit.text().strip(),
            data_dir=self.data_dir.text().strip(),
            language=self.language.currentData(),
        )
