"""The evidence files of one item: add, drop, paste an image, open, caption, remove.

The widget only shows and asks; the workspace does the storing (on the database lane).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import Evidence
from ui.i18n import translate
from ui.widgets.typing_guard import guard_typing


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class EvidenceList(QWidget):
    add_requested = Signal()
    files_dropped = Signal(list)  # list[Path]
    image_pasted = Signal(object)  # QImage
    open_requested = Signal(object)  # Evidence
    caption_edited = Signal(object, str)  # Evidence, new caption
    remove_requested = Signal(object)  # Evidence

    FILE, CAPTION, SIZE = range(3)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.items: list[Evidence] = []
        self.read_only = False
        self._filling = False
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("evidence-table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.CAPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._item_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)
        guard_typing(self.table)  # F2 edits the caption here, it does not jump to the note
        self.add_button = QPushButton()
        self.paste_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(self._open_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.paste_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            translate("EvidenceList", "File"),
            translate("EvidenceList", "Caption (F2 to edit)"),
            translate("EvidenceList", "Size"),
        ])
        self.add_button.setText(translate("EvidenceList", "Add file…"))
        self.paste_button.setText(translate("EvidenceList", "Paste image"))
        self.open_button.setText(translate("EvidenceList", "Open"))
        self.remove_button.setText(translate("EvidenceList", "Remove"))
        self.table.setToolTip(translate("EvidenceList", "Drop files here, or paste an image with Ctrl+V"))

    # ------------------------------------------------------------- content
    def set_items(self, items: list[Evidence]) -> None:
        self._filling = True
        try:
            selected = self.selected()
            self.items = list(items)
            self.table.setRowCount(len(self.items))
            for row, ev in enumerate(self.items):
                name = QTableWidgetItem(ev.file_name)  # QTableWidgetItem text is always plain
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name.setToolTip(f"{ev.file_name}\n{ev.media_type}\nSHA-256 {ev.sha256}")
                caption = QTableWidgetItem(ev.caption)
                if self.read_only:
                    caption.setFlags(caption.flags() & ~Qt.ItemFlag.ItemIsEditable)
                size = QTableWidgetItem(human_size(ev.size))
                size.setFlags(size.flags() & ~Qt.ItemFlag.ItemIsEditable)
                size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, self.FILE, name)
                self.table.setItem(row, self.CAPTION, caption)
                self.table.setItem(row, self.SIZE, size)
            if selected is not None:
                for row, ev in enumerate(self.items):
                    if ev.id == selected.id:
                        self.table.selectRow(row)
        finally:
            self._filling = False
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setAcceptDrops(not read_only)
        self.set_items(self.items)

    def selected(self) -> Evidence | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows and rows[0].row() < len(self.items):
            return self.items[rows[0].row()]
        return None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.read_only)
        self.add_button.setEnabled(not self.read_only)
        self.paste_button.setEnabled(not self.read_only)

    # ------------------------------------------------------------ actions
    def paste(self) -> bool:
        """Paste an image (a screenshot) or copied files from the clipboard."""
        if self.read_only:
            return False
        return self.accept_mime(QGuiApplication.clipboard().mimeData())

    def accept_mime(self, mime: QMimeData | None) -> bool:
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        files = [f for f in files if f.is_file()]
        if files:
            self.files_dropped.emit(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if image is not None and not image.isNull():
                self.image_pasted.emit(image)
                return True
        return False

    def _open_selected(self) -> None:
        ev = self.selected()
        if ev is not None:
            self.open_requested.emit(ev)

    def _remove_selected(self) -> None:
        ev = self.selected()
        if ev is not None and not self.read_only:
            self.remove_requested.emit(ev)

    def _double_clicked(self, index) -> None:  # noqa: ANN001
        if index.column() != self.CAPTION or self.read_only:
            self._open_selected()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.CAPTION or item.row() >= len(self.items):
            return
        ev = self.items[item.row()]
        if item.text() != ev.caption:
            self.caption_edited.emit(ev, item.text())

    # ------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        mime = event.mimeData()
        if not self.read_only and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.accept_mime(event.mimeData()):
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):
                return self.paste()
            if event.key() == Qt.Key.Key_Delete and self.table.state() != QAbstractItemView.State.EditingState:
                self._remove_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    self.table.state() != QAbstractItemView.State.EditingState:
                self._open_selected()
                return True
        return super().eventFilter(watched, event)
