"""Small helpers shared by the office pages: plain-text table items, status names, formats."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from inspector.domain.status import FindingStatus
from inspector.office.scores import score_percent

IMPROVED = QColor("#d4edda")
WORSE = QColor("#f8d7da")
MISSING = QColor("#eeeeee")
OVERDUE = QColor("#f8d7da")
ROLE_ID = Qt.ItemDataRole.UserRole


def status_name(status: FindingStatus | None) -> str:
    """The status as the user's language says it (literal strings, so lupdate finds them)."""
    if status is FindingStatus.MET:
        return QCoreApplication.translate("Office", "Met")
    if status is FindingStatus.PARTLY_MET:
        return QCoreApplication.translate("Office", "Partly met")
    if status is FindingStatus.NOT_MET:
        return QCoreApplication.translate("Office", "Not met")
    if status is FindingStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("Office", "Not applicable")
    return QCoreApplication.translate("Office", "Not assessed")


def percent(score: Fraction | None) -> str:
    """"62,5%" as in the report (Vietnamese decimal comma, rounded half up); "–" without one."""
    if score is None:
        return "–"
    return f"{score_percent(score)}%".replace(".", ",")


def day_text(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def item(text: object, *, key: object = None, sort: object = None, center: bool = False,
         background: QColor | None = None, bold: bool = False, tooltip: str = "") -> QTableWidgetItem:
    """A read-only, plain-text cell (QTableWidgetItem never reads rich text)."""
    cell = QTableWidgetItem("" if text is None else str(text))
    cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if key is not None:
        cell.setData(ROLE_ID, key)
    if center:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if background is not None:
        cell.setBackground(QBrush(background))
    if bold:
        font = QFont(cell.font())
        font.setBold(True)
        cell.setFont(font)
    if tooltip:
        cell.setToolTip(tooltip)
    return cell


def item_numbers(store: Any, template_id: str) -> dict[str, str]:
    """Item id → "2.3": how items are named on screen (their ids are internal). The newest
    stored version of the checklist wins; an item it dropped keeps its number in the older one."""
    numbers: dict[str, str] = {}
    for ref in store.stored_templates():  # oldest first
        if ref.id != template_id:
            continue
        template = store.template(ref.content_hash)
        numbers.update({it.id: f"{i}.{j}" for i, section in enumerate(template.sections, start=1)
                        for j, it in enumerate(section.items, start=1)})
    return numbers


def table(columns: list[str]) -> QTableWidget:
    view = QTableWidget(0, len(columns))
    view.setHorizontalHeaderLabels(columns)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)
    return view
