"""The inspection list: columns, search without accents, filters by province / year / status."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from inspector.domain import ProvinceRef
from inspector.storage import Store

VN = timezone(timedelta(hours=7))


@pytest.fixture
def three(db_path, nd43, catalog):
    nd42 = catalog.get("nd42-2022")
    with Store.open(db_path) as store:
        a = store.create_inspection(template=nd43, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
                                    inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="a",
                                    started_at=datetime(2016, 10, 7, 8, tzinfo=VN))
        b = store.create_inspection(template=nd42, province=ProvinceRef("63", "66", "Tỉnh Đắk Lắk"),
                                    inspected_unit="Sở Thông tin và Truyền thông tỉnh Đắk Lắk", actor="a",
                                    started_at=datetime(2023, 5, 12, 8, tzinfo=VN))
        c = store.create_inspection(template=nd42, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
                                    inspected_unit="Văn phòng UBND tỉnh Phú Thọ", actor="a",
                                    started_at=datetime(2023, 9, 1, 8, tzinfo=VN))
        store.record_finding(c.id, next(iter(nd42.items())).id, actor="a", status="dat")
        store.finalize(b.id, actor="a")
    return a.id, b.id, c.id


def shown(page) -> list[str]:
    return [page.model.summary(r).inspected_unit for r in range(page.model.rowCount())]


def test_columns_and_filters(qtbot, make_window, three, nd42):
    window = make_window()
    page = window.list_page
    assert window.stack.currentWidget() is page
    assert shown(page) == ["Văn phòng UBND tỉnh Phú Thọ", "Sở Thông tin và Truyền thông tỉnh Đắk Lắk",
                           "Sở Thông tin và Truyền thông tỉnh Phú Thọ"]  # newest first
    row = [page.model.index(0, c).data() for c in range(6)]
    assert row[0] == "Tỉnh Phú Thọ" and row[2] == "01/09/2023" and row[3] == f"42/2022/NĐ-CP ({nd42.version})"  # the law's number, never the id
    assert row[4] == "Đang thực hiện" and row[5].startswith("1% (1/")
    assert page.model.index(1, 4).data() == "Đã hoàn thành"

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("dak lak")  # no accents, đ → d
    assert shown(page) == ["Sở Thông tin và Truyền thông tỉnh Đắk Lắk"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.clear()

    assert [page.province.itemText(i) for i in range(page.province.count())] == [
        "Tất cả các tỉnh", "Tỉnh Đắk Lắk", "Tỉnh Phú Thọ"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.province.setCurrentIndex(page.province.findText("Tỉnh Phú Thọ"))
    assert len(shown(page)) == 2
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.year.setCurrentIndex(page.year.findText("2016"))
    assert shown(page) == ["Sở Thông tin và Truyền thông tỉnh Phú Thọ"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.province.setCurrentIndex(0)
        page.year.setCurrentIndex(0)
        page.status.setCurrentIndex(page.status.findText("Đã hoàn thành"))
    assert shown(page) == ["Sở Thông tin và Truyền thông tỉnh Đắk Lắk"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("không có")
    assert shown(page) == [] and page.empty.text() == "Không có cuộc kiểm tra nào phù hợp với bộ lọc."


def test_enter_opens_the_selected_inspection(qtbot, make_window, three):
    window = make_window()
    page = window.list_page
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args[0] == three[1]
    assert window.workspace.read_only  # the Đắk Lắk inspection is finalized
    window.registry["file.list"].trigger()  # Ctrl+L back to the list
    assert window.stack.currentWidget() is page
