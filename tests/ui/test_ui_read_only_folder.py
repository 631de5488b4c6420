"""Issue 17 hole 17: a data folder that cannot be written opens read-only: the inspections can be
browsed and exported, editing is off with an explanation, and nothing is written."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from uihelpers import open_in_window

from inspector.storage import Store
from ui import main_window


def test_a_read_only_store_browses_with_editing_off_and_explained(qtbot, make_window, seeded, db_path,
                                                                   monkeypatch):
    # The store the app gets for a folder it cannot write (Store.open falls back to read_only:
    # tests/test_cli_never_tracebacks.py checks that fall-back on a real read-only mount).
    monkeypatch.setattr(main_window, "open_store_at", lambda path: Store.open(path, read_only=True))
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    assert ws.read_only and ws.item_pane.note.isReadOnly()
    assert ws.seal_banner.isVisible() and "chỉ đọc" in ws.seal_banner.text()
    assert "chỉ đọc" in window.database_label.text()
    assert not window.registry["finding.met"].isEnabled()
    assert not window.registry["inspection.finalize"].isEnabled()
    assert not window.registry["inspection.amend"].isEnabled()
    ws.tree.setFocus()
    qtbot.keyClick(ws.tree, Qt.Key.Key_1)  # a status key does nothing
    qtbot.wait(200)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
