"""The user manual, read inside the program: the Markdown pages of docs/manual/ with their
screenshots, in a QTextBrowser (Qt renders Markdown itself, links between pages included).

Inside the program, not through the system's file associations: a Windows laptop rarely has an
application for ``.md`` files. The pages are the project's own text, shipped with the program
(packaging/bundle_files.py `docs_datas`), so rendering them as Markdown is safe; web links open in
the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate


class ManualDialog(QDialog):
    """A small browser over the manual's folder, opened at its index."""

    def __init__(self, index: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manual")
        self.index = index
        self.setWindowTitle(translate("ManualDialog", "User manual"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("manual-browser")
        self.browser.setOpenExternalLinks(True)  # http(s) links: the system's browser
        self.browser.sourceChanged.connect(lambda _url: self._fit_images())
        self.browser.setSource(QUrl.fromLocalFile(str(index)))
        back = QPushButton(translate("ManualDialog", "&Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(translate("ManualDialog", "&Contents"))
        home.clicked.connect(self.browser.home)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(home, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.browser.viewport().installEventFilter(self)  # images follow the viewer's width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self, width: int | None = None) -> None:
        """Screenshots are 1366 px wide: draw them at most as wide as the viewer (proportionally),
        so a page reads without scrolling sideways whatever the dialog's size."""
        document = self.browser.document()
        if width is None:
            width = max(160, self.browser.viewport().width() - int(2 * document.documentMargin()) - 8)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    pixmap = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    shown = min(width, pixmap.width()) if pixmap is not None and not pixmap.isNull() else 0
                    if shown and abs(image.width() - shown) >= 1:
                        image.setWidth(shown)
                        image.setHeight(pixmap.height() * shown / pixmap.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def current_page(self) -> Path:
        return Path(self.browser.source().toLocalFile())

    def open_page(self, name: str) -> None:
        """Follow a link of the current page (a relative file name), as a click does."""
        self.browser.setSource(self.browser.source().resolved(QUrl(name)))
