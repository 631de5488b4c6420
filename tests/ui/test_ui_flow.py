"""The whole path with the keyboard: new inspection → answers, notes, figures, evidence → quit →
start again → everything is there (in the window and in the database)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from uihelpers import open_in_window, type_text

from inspector.domain import FindingStatus
from inspector.storage import Store


def key(qtbot, widget, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, mods)


def test_keyboard_flow_survives_quit_and_restart(qtbot, make_window, db_path, tmp_path):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome  # an empty database starts on the welcome page

    # ---- New inspection (Ctrl+N), filled in with the keyboard only
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None and window.new_dialog.isVisible(),
                    timeout=10_000)
    dialog = window.new_dialog
    dialog.day.setSelectedSection(QDateTimeEdit.Section.DaySection)  # what Tab into the field does
    qtbot.keyClicks(dialog.day, "07102016")
    assert dialog.chosen_day().isoformat() == "2016-10-07"
    assert dialog.template.currentData() == ("nd43-tt25", "2.1")  # the checklist in force on that day
    assert not dialog.fit_note.isVisibleTo(dialog)  # it covers that day: nothing to say
    editor = dialog.province.lineEdit()
    editor.setFocus()
    qtbot.keyClicks(editor, "phu tho")  # no accents needed
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    key(qtbot, popup, Qt.Key.Key_Down)
    key(qtbot, popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.unit.text() == "Sở Thông tin và Truyền thông tỉnh Phú Thọ")
    assert dialog.portal.text() == "https://phutho.gov.vn"
    dialog.place.setFocus()
    type_text(dialog.place, "Việt Trì")
    assert dialog.team.team()[0].name == "Nguyễn Văn An"  # the inspector's own details from Settings
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000):
        key(qtbot, dialog.place, Qt.Key.Key_Return)  # Enter = Create
    ws = window.workspace
    assert window.stack.currentWidget() is ws
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert ws.current_item_id == "chung.url"

    # ---- Answer with keys 1–4, move with Alt+Down / F8, write a note (F2, Esc back)
    ws.tree.setFocus()
    key(qtbot, ws.tree, Qt.Key.Key_1)
    key(qtbot, ws.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ws.current_item_id == "chung.chuquan"
    key(qtbot, ws.tree, Qt.Key.Key_3)
    assert ws.item_pane.status_buttons.buttons[FindingStatus.NOT_MET].isChecked()
    key(qtbot, ws.tree, Qt.Key.Key_F2)
    assert ws.item_pane.note.hasFocus()
    type_text(ws.item_pane.note, "Chưa công bố đơn vị vận hành 1 2 3")  # digits are text here
    assert ws.findings["chung.chuquan"].status is FindingStatus.NOT_MET
    key(qtbot, ws.item_pane.note, Qt.Key.Key_Escape)
    assert ws.tree.hasFocus()
    key(qtbot, ws.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, ws.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ws.current_item_id == "chung.thanhphan"  # a number item, unit "trang"
    assert ws.item_pane.unit.text() == "trang" and ws.item_pane.number_row.isVisible()
    key(qtbot, ws.tree, Qt.Key.Key_2)
    key(qtbot, ws.tree, Qt.Key.Key_F2)
    key(qtbot, ws.item_pane.note, Qt.Key.Key_Backtab)
    assert ws.item_pane.number_edit.hasFocus()
    qtbot.keyClicks(ws.item_pane.number_edit, "45")
    key(qtbot, ws.item_pane.number_edit, Qt.Key.Key_Escape)
    key(qtbot, ws.tree, Qt.Key.Key_F8)  # next unanswered
    assert ws.current_item_id == "chung.truycap"
    key(qtbot, ws.tree, Qt.Key.Key_4)
    section = ws.tree_model.section_progress("chung")
    assert (section.answered, section.total, section.not_met) == (4, 5, 1)
    assert ws.tree_model.index_of_section("chung").siblingAtColumn(1).data() == "4/5"

    # ---- Evidence on chung.thanhphan: a dropped file and a pasted screenshot
    ws.select_item("chung.thanhphan")
    photo = tmp_path / "danh-sach-trang-thanh-phan.txt"
    photo.write_text("Danh sách 45 trang thành phần\n", encoding="utf-8")
    evidence = ws.item_pane.evidence
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(evidence, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(ws.message, timeout=10_000):
        QApplication.sendEvent(evidence, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#b71c1c"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(ws.message, timeout=10_000):
        key(qtbot, ws.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [e.file_name for e in evidence.items][0] == "danh-sach-trang-thanh-phan.txt"
    assert evidence.items[1].media_type == "image/png" and evidence.table.rowCount() == 2
    # caption of the first file: F2 in the list, type, Enter
    evidence.table.setFocus()
    evidence.table.setCurrentCell(0, evidence.CAPTION)
    key(qtbot, evidence.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    type_text(editor, "Danh sách do Sở cung cấp")
    with qtbot.waitSignal(window.runner.db_busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        key(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: evidence.items[0].caption == "Danh sách do Sở cung cấp")
    inspection_id = ws.record.id

    # ---- Quit (the window flushes what is pending) and start again
    window.close()
    with Store.open(db_path) as store:
        record = store.load_inspection(inspection_id)
    assert record.findings["chung.chuquan"].note == "Chưa công bố đơn vị vận hành 1 2 3"
    assert record.findings["chung.thanhphan"].value == 45.0

    again = make_window()
    assert again.stack.currentWidget() is again.list_page
    assert again.list_page.model.rowCount() == 1
    assert again.list_page.model.index(0, 5).data() == "3% (4/133)"  # the 133 items in force on 07/10/2016
    again.list_page.view.setFocus()
    with qtbot.waitSignal(again.inspection_opened, timeout=10_000):
        key(qtbot, again.list_page.view, Qt.Key.Key_Return)
    ws = again.workspace
    assert ws.findings["chung.url"].status is FindingStatus.MET
    assert ws.findings["chung.truycap"].status is FindingStatus.NOT_APPLICABLE
    assert "chung.nentang" not in ws.findings
    ws.select_item("chung.chuquan")
    assert ws.item_pane.note.toPlainText() == "Chưa công bố đơn vị vận hành 1 2 3"
    ws.select_item("chung.thanhphan")
    assert ws.item_pane.number_edit.text() == "45"
    assert ws.item_pane.status_buttons.buttons[FindingStatus.PARTLY_MET].isChecked()
    files = ws.item_pane.evidence.items
    assert [e.caption for e in files] == ["Danh sách do Sở cung cấp", ""]
    with Store.open(db_path) as store:
        assert store.blobs.read(files[0].sha256) == photo.read_bytes()
        assert store.blobs.read(files[1].sha256)[:8] == b"\x89PNG\r\n\x1a\n"
        trail = store.audit_trail(inspection_id)
    assert {e.actor for e in trail} == {"Nguyễn Văn An"}


def test_undo_and_redo_of_status_and_typing(qtbot, make_window, seeded, db_path):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    ws.tree.setFocus()
    item = ws.current_item_id
    qtbot.keyClick(ws.tree, Qt.Key.Key_3)
    qtbot.keyClick(ws.tree, Qt.Key.Key_F2)
    type_text(ws.item_pane.note, "một hai ba")
    qtbot.keyClick(ws.item_pane.note, Qt.Key.Key_Escape)
    assert window.registry["edit.undo"].isEnabled()
    with qtbot.waitSignal(window.autosave.saved, timeout=5000):
        window.registry["edit.undo"].trigger()  # the burst of typing goes back as one step
    assert ws.item_pane.note.toPlainText() == ""
    with qtbot.waitSignal(window.autosave.saved, timeout=5000):
        window.registry["edit.undo"].trigger()
    assert ws.findings[item].status is None
    assert not ws.item_pane.status_buttons.buttons[FindingStatus.NOT_MET].isChecked()
    with Store.open(db_path) as store:
        saved = store.finding(seeded, item)
    assert saved.status is None and saved.note == ""
    with qtbot.waitSignal(window.autosave.saved, timeout=5000):
        window.registry["edit.redo"].trigger()
    assert ws.findings[item].status is FindingStatus.NOT_MET
    with Store.open(db_path) as store:
        assert store.finding(seeded, item).status is FindingStatus.NOT_MET


@pytest.mark.parametrize("key_name", ["Key_1", "Key_3"])
def test_status_keys_do_not_fire_while_typing_in_a_table(qtbot, make_window, seeded, key_name):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    ws.select_item("chung.thanhphan")
    figures = ws.item_pane.figures
    figures.add_row()
    qtbot.keyClick(figures.table, getattr(Qt.Key, key_name))
    assert "chung.thanhphan" not in ws.findings  # no status was set: the key went to the table
