"""Finalize and amend from the window: the seal's hash is shown, the record becomes read-only,
amending needs a reason and makes it editable again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import open_in_window, type_text

from inspector.domain import FindingStatus, InspectionStatus
from inspector.storage import Store


def test_finalize_shows_the_seal_then_amend_reopens(qtbot, make_window, seeded, db_path):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    ws.tree.setFocus()
    qtbot.keyClick(ws.tree, Qt.Key.Key_1)
    ws.focus_note()
    type_text(ws.item_pane.note, "Có đủ địa chỉ")  # still pending when finalizing: must be sealed too
    assert window.registry["inspection.finalize"].isEnabled()
    assert not window.registry["inspection.amend"].isEnabled()
    window.registry["inspection.finalize"].trigger()
    dialog = window.finalize_dialog
    warning = dialog.findChild(type(ws.title), "finalize-warning")
    assert warning.text() == "Còn 137/138 mục chưa có câu trả lời."
    with qtbot.waitSignal(ws.opened, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    seal_dialog = window.seal_dialog
    with Store.open(db_path) as store:
        seals = store.seals(seeded)
        record = store.load_inspection(seeded)
    assert record.inspection.status is InspectionStatus.FINALIZED
    assert record.findings[ws.current_item_id].note == "Có đủ địa chỉ"
    assert seal_dialog.hash.text() == seals[-1].sha256 and len(seals[-1].sha256) == 64
    assert seals[-1].sha256 in ws.seal_banner.text() and ws.seal_banner.isVisible()
    assert ws.read_only and ws.item_pane.note.isReadOnly()
    assert not window.registry["finding.met"].isEnabled() and window.registry["inspection.amend"].isEnabled()
    item = ws.current_item_id
    qtbot.keyClick(ws.tree, Qt.Key.Key_3)  # no status change: sealed (the tree jumps to section 3)
    assert ws.findings[item].status is FindingStatus.MET

    window.registry["inspection.amend"].trigger()
    amend = window.amend_dialog
    ok = amend.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    type_text(amend.reason, "Đơn vị gửi bổ sung số liệu")
    assert ok.isEnabled()
    with qtbot.waitSignal(ws.opened, timeout=10_000):
        ok.click()
    assert not ws.read_only and not ws.item_pane.note.isReadOnly()
    assert "Đơn vị gửi bổ sung số liệu" in ws.seal_banner.text()
    with Store.open(db_path) as store:
        assert store.inspection(seeded).status is InspectionStatus.DRAFT
        assert store.amendments(seeded)[-1].reason == "Đơn vị gửi bổ sung số liệu"
        assert store.seals(seeded)[-1].sha256 == seal_dialog.hash.text()  # the seal is kept
