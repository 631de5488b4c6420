"""The first-run welcome: who the inspector is, the sample inspection, and where data is kept.

Shown once, on the very first start (`ui.settings.needs_welcome`); completing or skipping it is
remembered in the settings (`AppSettings.welcome`), and Help › Welcome… opens it again. The name,
title and unit go to the same settings the Settings dialog edits: the audit trail's actor, the
team member prefilled in each new inspection, and so the minutes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import paths
from ui.i18n import translate
from ui.pages.welcome import INTRO_WIDTH, intro_text
from ui.settings import WELCOME_DONE, WELCOME_SKIPPED, AppSettings
from ui.widgets.plain import plain_label


def where_data_is_kept(database: Path, log_folder: Path) -> str:
    """The paragraph on data locations (plain text; the paths are the ones in use)."""
    return translate(
        "FirstRunDialog",
        "Your inspections are kept on this computer only:\n"
        "  Database: {0}\n"
        "  Evidence files: {1}\n"
        "  Log files (for support; they never contain your notes): {2}\n\n"
        "Nothing leaves this laptop by itself. Data reaches the office when you sync "
        "or when you copy the data folder as a backup or send exported minutes yourself. You can "
        "move the data folder in Settings.").format(database, paths.evidence_dir(database), log_folder)


COVER_MARGIN = 60  # pixels of the dialog beyond each side of the welcome page's paragraph


class FirstRunDialog(QDialog):
    """Asks for the inspector's name, title and unit; offers the sample inspection."""

    def __init__(self, settings: AppSettings, database: Path, log_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("first-run")
        self.original = settings
        self.setWindowTitle(translate("FirstRunDialog", "Welcome to Inspector"))
        heading = QLabel(translate("FirstRunDialog", "Welcome to Inspector"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold; color: #0d47a1;")
        intro = plain_label(intro_text(), selectable=False)

        self.name = QLineEdit(settings.inspector_name)
        self.name.setObjectName("first-run-name")
        self.name.setPlaceholderText(translate("FirstRunDialog", "e.g. Nguyễn Văn An"))
        self.title = QLineEdit(settings.inspector_title)
        self.title.setObjectName("first-run-title")
        self.title.setPlaceholderText(translate("FirstRunDialog", "e.g. Chuyên viên chính"))
        self.unit = QLineEdit(settings.inspector_unit)
        self.unit.setObjectName("first-run-unit")
        self.unit.setPlaceholderText(translate("FirstRunDialog", "e.g. Cục Chuyển đổi số quốc gia"))
        me = QGroupBox(translate("FirstRunDialog", "About you"))
        form = QFormLayout(me)
        form.addRow(translate("FirstRunDialog", "Full &name"), self.name)
        form.addRow(translate("FirstRunDialog", "&Title (chức vụ)"), self.title)
        form.addRow(translate("FirstRunDialog", "&Unit (đơn vị)"), self.unit)
        why = plain_label(translate(
            "FirstRunDialog", "Your name is written beside every change you make, and you are added to the "
                              "team of each new inspection, so the minutes list you. Settings can change "
                              "this later."), selectable=False)
        why.setStyleSheet("color: #607d8b;")
        form.addRow(why)

        data = QGroupBox(translate("FirstRunDialog", "Where your data is kept"))
        self.data_text = plain_label(where_data_is_kept(database, log_folder))
        self.data_text.setObjectName("first-run-data")
        QVBoxLayout(data).addWidget(self.data_text)

        self.demo = QCheckBox(translate("FirstRunDialog", "Open the &sample inspection to look around "
                                                          "(it is kept apart from your own data)"))
        self.demo.setObjectName("first-run-demo")

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(translate("FirstRunDialog", "&Start"))
        self.start_button.setObjectName("first-run-start")
        self.start_button.setDefault(True)
        self.skip_button = QPushButton(translate("FirstRunDialog", "S&kip for now"))
        self.skip_button.setObjectName("first-run-skip")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = plain_label("", selectable=False)
        self.hint.setStyleSheet("color: #607d8b;")
        self.name.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(me)
        layout.addWidget(data)
        layout.addWidget(self.demo)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        # Shown centred over the welcome page, whose paragraph is INTRO_WIDTH wide: as wide as that
        # paragraph, the dialog let its line ends show beside it (a stray glyph right of "About you")
        # whenever it sat a few pixels off centre, as a window frame, or Qt's guess of one where
        # there is no window manager, puts it. Wider by a margin on each side, it covers them.
        self.setMinimumWidth(INTRO_WIDTH + 2 * COVER_MARGIN)
        self._update()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        ready = bool(self.name.text().strip())
        self.start_button.setEnabled(ready)
        self.hint.setText("" if ready else translate("FirstRunDialog", "Type your name to start, or skip this "
                                                                       "for now (Help › Welcome… opens it again)."))

    def value(self) -> AppSettings:
        """The settings with the profile entered here, marked as completed."""
        return dataclasses.replace(
            self.original, inspector_name=self.name.text().strip(), inspector_title=self.title.text().strip(),
            inspector_unit=self.unit.text().strip(), welcome=WELCOME_DONE)

    def skipped_value(self) -> AppSettings:
        """The settings as they were, marked so the welcome does not come back by itself."""
        return dataclasses.replace(self.original, welcome=self.original.welcome or WELCOME_SKIPPED)

    @property
    def wants_demo(self) -> bool:
        return self.demo.isChecked()


def open_first_run(window: Any) -> FirstRunDialog:
    """Show the welcome over the main window; store what it gives back through the window."""
    from inspector.logs import log_folder

    dialog = FirstRunDialog(window.settings, window.main_database, log_folder(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.first_run_dialog = dialog

    def accepted() -> None:
        window.apply_settings(dialog.value())
        if dialog.wants_demo:
            window.open_demo()

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(lambda: window.apply_settings(dialog.skipped_value()))
    dialog.open()
    return dialog
