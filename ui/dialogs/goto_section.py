"""Ctrl+G: type a few letters of a section (or its number), Enter jumps there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inspector.checklists import ChecklistTemplate
from inspector.text import fold
from ui.i18n import translate


class GotoSectionDialog(QDialog):
    def __init__(self, template: ChecklistTemplate, progress: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("GotoSectionDialog", "Go to section"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("GotoSectionDialog", "Type part of the section name or its number"))
        self.list = QListWidget()
        for i, section in enumerate(template.sections, start=1):
            # the count first: at the end of a long title it was cut to "6/"
            count = progress.get(section.id, "")
            item = QListWidgetItem(f"{i}. [{count}]  {section.title}" if count else f"{i}. {section.title}")
            item.setToolTip(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{i} {section.title}"))
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setCurrentRow(0)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(560, 380)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            visible = all(w in hay for w in words)
            item.setHidden(not visible)
            if visible and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.list.currentRow() + step
                while 0 <= row < self.list.count() and self.list.item(row).isHidden():
                    row += step
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.chosen():
                    self.accept()
                return True
        return super().eventFilter(watched, event)
