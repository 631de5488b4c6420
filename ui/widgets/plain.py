"""Labels and viewers for text that comes from outside (portals, imported files, the user).

Such text is always plain text: a page title like "<b>Cổng</b>" shows its angle brackets
instead of turning bold, and nothing in it can inject links or images.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def plain_viewer(text: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    """A read-only box for long outside text."""
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setPlainText(text)
    return view
