"""Issue 17 hole 3 in the window: a damaged database is not opened; Tools › Check data lists the
damage from the file itself and "Rebuild from history" rebuilds it (the old file kept) and
reopens it. Tables edited behind the program's back are rebuilt the same way."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtWidgets import QApplication, QPushButton

from inspector.storage import Store


def damage(path, *names):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0] for n in names]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with open(path, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(b"\xa5" * page)


def close_error_dialogs():
    for w in QApplication.topLevelWidgets():
        if type(w).__name__ == "ErrorDialog" and w.isVisible():
            w.close()


def check_and_rebuild(qtbot, window):
    window.registry["tools.doctor"].trigger()
    dialog = window.doctor_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    button = dialog.findChild(QPushButton, "doctor-repair")
    assert button is not None and button.isVisible()
    with qtbot.waitSignal(dialog.repaired, timeout=20_000):
        button.click()
    return dialog


def test_a_damaged_database_is_checked_and_rebuilt_from_the_window(qtbot, make_window, seeded, db_path):
    with Store.open(db_path) as store:
        store.record_finding(seeded, "nd43.d10.1b.1", actor="A", status="dat", note="Có đủ địa chỉ")
    damage(db_path, "findings", "inspections")
    before = db_path.read_bytes()
    window = make_window()
    close_error_dialogs()
    assert window.runner.store_path is None  # not opened, not replaced
    assert db_path.read_bytes() == before
    dialog = check_and_rebuild(qtbot, window)
    assert "hỏng" in dialog.output.toPlainText()  # the damage is said, in the interface language
    kept = [p for p in db_path.parent.glob("inspector.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == before
    qtbot.waitUntil(lambda: len(window.list_page.all_rows) == 1, timeout=10_000)
    with Store.open(db_path) as store:
        assert store.finding(seeded, "nd43.d10.1b.1").note == "Có đủ địa chỉ"
        assert store.check_integrity() == []


def test_a_lifted_seal_is_undone_by_rebuilding_from_history(qtbot, make_window, seeded, db_path):
    with Store.open(db_path) as store:
        store.record_finding(seeded, "nd43.d10.1b.1", actor="A", status="dat")
        store.finalize(seeded, actor="A")
        data = json.loads(store.conn.execute("SELECT data FROM inspections").fetchone()[0])
    data["status"] = "draft"
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE inspections SET status = 'draft', data = ?", (json.dumps(data),))
    conn.commit()
    conn.close()
    window = make_window()
    dialog = check_and_rebuild(qtbot, window)
    assert "niêm phong" in dialog.output.toPlainText() or "Niêm phong" in dialog.output.toPlainText()
    with Store.open(db_path) as store:
        assert store.inspection(seeded).status.value == "finalized"
        assert store.check_integrity() == []
