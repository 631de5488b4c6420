"""Workspace details: opening and removing evidence, recommendations, jumping to a section, and
the registries other features plug into (a workspace tab, an action)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from uihelpers import open_in_window, type_text

from inspector.domain import RecommendationStatus
from inspector.storage import Store
from ui import actions as A
from ui.pages import workspace as workspace_module


def _attach(qtbot, ws, path: Path) -> None:
    with qtbot.waitSignal(ws.message, timeout=10_000):
        ws.add_evidence_files([path])


def test_open_copies_the_verified_file_under_its_own_name(qtbot, make_window, seeded, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(workspace_module.WorkspacePage, "open_external",
                        staticmethod(lambda p: opened.append(p) or True))  # the OS viewer cannot run here
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    scan = tmp_path / "quyet-dinh-ban-bien-tap.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban")
    _attach(qtbot, ws, scan)
    table = ws.item_pane.evidence.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0].name == "quyet-dinh-ban-bien-tap.pdf" and opened[0] != scan
    assert opened[0].read_bytes() == scan.read_bytes()


def test_delete_asks_first_then_removes(qtbot, make_window, seeded, tmp_path, db_path):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    note = tmp_path / "ghi-chep.txt"
    note.write_text("ghi chép", encoding="utf-8")
    _attach(qtbot, ws, note)
    table = ws.item_pane.evidence.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "ghi-chep.txt" in box.text() and box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter keeps the file
    with qtbot.waitSignal(window.runner.db_busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    with Store.open(db_path) as store:
        assert store.load_inspection(seeded).evidence == ()


def test_recommendations_are_added_and_followed_up_with_the_keyboard(qtbot, make_window, seeded, db_path):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    tab = ws.tab_widgets["recommendations"]
    ws.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "has_deadline"))
    assert dialog.unit.text() == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"  # the inspected unit by default
    type_text(dialog.text, "Rà soát các dịch vụ công đạt mức độ 3")
    dialog.has_deadline.setChecked(True)
    with qtbot.waitSignal(window.runner.db_busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    edit = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "has_deadline"))
    edit.status.setCurrentIndex(edit.status.findData(RecommendationStatus.IN_PROGRESS.value))
    with qtbot.waitSignal(window.runner.db_busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.table.item(0, 3).text() == "Đang thực hiện")
    with Store.open(db_path) as store:
        (rec,) = store.load_inspection(seeded).recommendations
    assert rec.text == "Rà soát các dịch vụ công đạt mức độ 3" and rec.deadline is not None
    assert rec.status is RecommendationStatus.IN_PROGRESS


def test_go_to_section_by_typing_part_of_its_name(qtbot, make_window, seeded):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    window.registry["go.section"].trigger()  # Ctrl+G
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "chosen"))
    type_text(dialog.filter, "an toan")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert ws.current_item_id == "attt.1"


def test_other_features_plug_in_through_the_registries(qtbot, make_window, seeded):
    calls = []
    workspace_module.register_workspace_tab(workspace_module.TabSpec(
        "probe-test", "Probe", lambda ws: QLabel("probe"), order=50))
    A.register_action(A.ActionSpec("inspection.export-test", "Export minutes…", "inspection",
                                   lambda w: calls.append(w.workspace.record.id), ("Ctrl+Shift+E",),
                                   requires=frozenset({A.INSPECTION})))
    try:
        window = make_window()
        ws = open_in_window(qtbot, window, seeded)
        assert [ws.tabs.tabText(i) for i in range(ws.tabs.count())][-2:] == ["Probe", "Tổng hợp"]
        action = window.registry["inspection.export-test"]
        assert action in window.registry.menus["inspection"].actions() and action.isEnabled()
        action.trigger()
        assert calls == [seeded]
    finally:
        workspace_module.WORKSPACE_TABS.pop("probe-test")
        A._SPECS.pop("inspection.export-test")
