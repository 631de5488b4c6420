"""The first screen of an empty database: start an inspection or open the sample one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate

INTRO_WIDTH = 640  # the paragraph's width on this page; the first-run welcome, shown over it, is wider


def intro_text() -> str:
    """What Inspector is, in three lines: on this page and in the first-run welcome."""
    return translate(
        "WelcomePage",
        "Inspector helps an inspection team check how a province runs its government web portal and "
        "online public services: an offline checklist, findings with notes, figures and evidence, "
        "and a sealed record of the result. Everything is saved as you type.")


class WelcomePage(QWidget):
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold; color: #0d47a1;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setStyleSheet("font-size: 11pt; color: #37474f;")
        # A fixed width, so its height for that width is known: with only a maximum width and a
        # centring alignment, the layout gave it the height of one narrower guess and cut it off.
        self.intro.setFixedWidth(INTRO_WIDTH)
        self.new_button = QPushButton()
        self.new_button.setObjectName("welcome-new")
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("welcome-demo")
        for b in (self.new_button, self.demo_button):
            b.setMinimumHeight(44)
            b.setMinimumWidth(240)
            b.setStyleSheet("font-size: 11pt;")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.keys = QLabel()
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setStyleSheet("color: #607d8b;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(translate("WelcomePage", "Welcome to Inspector"))
        self.intro.setText(intro_text())
        self.intro.setMinimumHeight(self.intro.heightForWidth(self.intro.width()))
        self.new_button.setText(translate("WelcomePage", "Start a new inspection (Ctrl+N)"))
        self.demo_button.setText(translate("WelcomePage", "Open the sample inspection"))
        self.keys.setText(translate("WelcomePage", "Tip: every command has a key; press F1 to see them."))
