"""The four status buttons of an item (keys 1–4 choose them from the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from inspector.domain import FindingStatus
from ui.models.status import COLORS, STATUS_ORDER, status_label


class StatusButtons(QWidget):
    """Exclusive, but clicking the checked button again clears the status."""

    status_chosen = Signal(object)  # FindingStatus | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear
        self.buttons: dict[FindingStatus, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, status in enumerate(STATUS_ORDER, start=1):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"status-{status.value}")
            color = COLORS[status]
            button.setStyleSheet(
                "QPushButton { padding: 6px 12px; }"
                f"QPushButton:checked {{ background: {color}; color: white; border: 1px solid {color};"
                " border-radius: 3px; }")
            button.clicked.connect(lambda checked, s=status: self._clicked(s, checked))
            self.group.addButton(button, n)
            self.buttons[status] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.current: FindingStatus | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for n, (status, button) in enumerate(self.buttons.items(), start=1):
            button.setText(f"{n}  {status_label(status)}")

    def set_status(self, status: FindingStatus | None) -> None:
        self.current = status
        for s, button in self.buttons.items():
            button.setChecked(s is status)

    def _clicked(self, status: FindingStatus, checked: bool) -> None:
        new = status if checked else None
        self.set_status(new)
        self.status_chosen.emit(new)
