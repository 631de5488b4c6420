"""Tree rows whose first column wraps its text onto more lines (long checklist items): Qt's tree
view asks its delegate for a row's size without telling it the column's width, so the default
delegate always answers "one line" and the text is cut off at the pane's edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree
        # a column width change changes the rows' heights
        tree.header().sectionResized.connect(lambda *_a: tree.doItemsLayout())

    def _depth(self, index: QModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth + (1 if self.tree.rootIsDecorated() else 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        base = super().sizeHint(option, index)
        if index.column() != 0:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.tree.header().sectionSize(0) - self._depth(index) * self.tree.indentation()
        if not opt.icon.isNull():
            width -= opt.decorationSize.width() + 8
        width -= 2 * (self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2)
        if width <= 40:
            return base
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(base.width(), max(base.height(), text.height() + 6))
