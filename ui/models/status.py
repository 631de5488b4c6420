"""Finding statuses as the UI shows them: translated labels, keys 1–4, colours, dots.

The Vietnamese translations of these labels are the legal wording of `FindingStatus.label_vi`
(a test checks they stay equal).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from inspector.domain import FindingStatus
from ui.i18n import translate

STATUS_ORDER = (FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET, FindingStatus.NOT_APPLICABLE)

_LABELS = {
    FindingStatus.MET: QT_TRANSLATE_NOOP("FindingStatus", "Met"),
    FindingStatus.PARTLY_MET: QT_TRANSLATE_NOOP("FindingStatus", "Partly met"),
    FindingStatus.NOT_MET: QT_TRANSLATE_NOOP("FindingStatus", "Not met"),
    FindingStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("FindingStatus", "Not applicable"),
}

COLORS = {
    FindingStatus.MET: "#2e7d32",
    FindingStatus.PARTLY_MET: "#ef8f00",
    FindingStatus.NOT_MET: "#c62828",
    FindingStatus.NOT_APPLICABLE: "#78909c",
    None: "#b0bec5",
}
VALUE_ONLY_COLOR = "#1e88e5"  # answered with a value or text, no status: blue, never a status grey


def status_label(status: FindingStatus | None) -> str:
    if status is None:
        return translate("FindingStatus", "Not answered")
    return translate("FindingStatus", _LABELS[status])


def status_source_label(status: FindingStatus) -> str:
    """The English source text (for the translation test)."""
    return _LABELS[status]


def status_for_key(key: int) -> FindingStatus | None:
    """1–4 → the status; 0 → None (clear)."""
    return STATUS_ORDER[key - 1] if 1 <= key <= 4 else None


@cache
def status_icon(status: FindingStatus | None, answered: bool = True) -> QIcon:
    """A marker per state, told apart by shape as well as colour: a filled dot per status, a grey
    dot crossed by a white bar for "Không áp dụng", a blue square for an item answered with only a
    value, a hollow circle for an item not answered yet."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(COLORS.get(status, COLORS[None]))
    if status is None and not answered:
        painter.setPen(color)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(2, 2, 10, 10)
    elif status is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(VALUE_ONLY_COLOR))
        painter.drawRoundedRect(2, 2, 10, 10, 2, 2)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(2, 2, 10, 10)
        if status is FindingStatus.NOT_APPLICABLE:
            painter.setBrush(QColor("white"))
            painter.drawRect(4, 6, 6, 2)
    painter.end()
    return QIcon(pixmap)
