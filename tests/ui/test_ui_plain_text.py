"""Text from outside (portals, imported files, other devices) is shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from uihelpers import ACTOR, PHU_THO, open_in_window

from inspector.storage import Store

HOSTILE = '<b>Sở</b> <img src="http://127.0.0.1:9/x.png"> <a href="http://127.0.0.1:9/">bấm</a>'


def test_outside_text_is_never_rich_text(qtbot, make_window, db_path, nd43):
    with Store.open(db_path) as store:
        iid = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit=HOSTILE, actor=ACTOR,
                                      portal_url="https://phutho.gov.vn/<script>").id
        # Evidence names lose '<' and '>' when stored (Windows forbids them; issue 17), so the name
        # carries entities that rich text would turn into a tag.
        store.add_evidence(iid, b"x", "&lt;b&gt;trang.html", "text/html", item_id="chung.url", caption=HOSTILE,
                           actor=ACTOR)
    window = make_window()
    ws = open_in_window(qtbot, window, iid)
    assert ws.title.text() == HOSTILE and ws.title.textFormat() == Qt.TextFormat.PlainText
    assert "<script>" in ws.subtitle.text() and ws.subtitle.textFormat() == Qt.TextFormat.PlainText
    ws.select_item("chung.url")
    table = ws.item_pane.evidence.table
    assert table.item(0, 0).text() == "&lt;b&gt;trang.html" and table.item(0, 1).text() == HOSTILE
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
