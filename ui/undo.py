"""Undo/redo of finding edits (status, value, note, figures).

Keystrokes in one field of one item within a couple of seconds merge into one step, so Undo takes
back a burst of typing, not a single letter. Undone values are saved like any other edit.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

MERGE_WINDOW_S = 2.0
TYPING_ID = 1


class FindingEditor(Protocol):
    def apply_finding_field(self, item_id: str, field: str, value: Any, *, from_undo: bool) -> None: ...


class FindingEdit(QUndoCommand):
    def __init__(self, editor: FindingEditor, item_id: str, field: str, old: Any, new: Any, typing: bool):
        super().__init__(f"{field} {item_id}")
        self.editor = editor
        self.item_id = item_id
        self.field = field
        self.old = old
        self.new = new
        self.typing = typing
        self.at = time.monotonic()
        self._first = True

    def id(self) -> int:
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, FindingEdit) or not other.typing:
            return False
        if (other.item_id, other.field) != (self.item_id, self.field) or other.at - self.at > MERGE_WINDOW_S:
            return False
        self.new = other.new
        self.at = other.at
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        # The first redo happens when the user made the edit: the editor already shows it.
        self.editor.apply_finding_field(self.item_id, self.field, self.new, from_undo=not self._first)
        self._first = False

    def undo(self) -> None:
        self.editor.apply_finding_field(self.item_id, self.field, self.old, from_undo=True)
