"""The shape shared by the small editable tables (figures, people): a table that is edited in
place, typed into without the checklist's status keys firing, with Add / Remove buttons under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.typing_guard import guard_typing


def build_table_editor(owner: QWidget, table: QTableWidget, on_add: Callable[[], object],
                       on_remove: Callable[[], object]) -> tuple[QPushButton, QPushButton]:
    """Lay out `table` with Add and Remove buttons inside `owner`; returns the two buttons
    (their texts are set by the owner's `retranslate`)."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    guard_typing(table)
    add_button = QPushButton()
    remove_button = QPushButton()
    add_button.clicked.connect(lambda _checked=False: on_add())
    remove_button.clicked.connect(lambda _checked=False: on_remove())
    buttons = QHBoxLayout()
    buttons.addWidget(add_button)
    buttons.addWidget(remove_button)
    buttons.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(buttons)
    return add_button, remove_button
