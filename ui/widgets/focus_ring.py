"""A focus ring that can be seen: a 2 px blue frame around the editor or list that has the keyboard.

The platform styles draw focus as a one-pixel dotted or faint line, which inspectors working by
keyboard on a laptop screen did not see. The rule is set on the inspection workspace (the
checklist, the item's editors and the other tabs), and only names editors and lists, whose look
otherwise stays native.
"""

from __future__ import annotations

FOCUS_COLOR = "#1565c0"

FOCUS_RING_CSS = (
    "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,"
    " QAbstractItemView:focus"
    f" {{ border: 2px solid {FOCUS_COLOR}; border-radius: 2px; }}"
)
