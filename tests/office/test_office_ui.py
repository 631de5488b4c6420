"""The office window driven with pytest-qt (offscreen) on the known database: what a user sees in
each tab, click-through to an inspection, follow-up saved to the real store, report export."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt

from inspector.domain.status import RecommendationStatus
from inspector.office import followup_files
from ui.office import OfficeWindow
from ui.office.common import IMPROVED, MISSING, OVERDUE, ROLE_ID, WORSE

from conftest import TODAY
from support import PHU_THO

# how the office view names the items of checklist "mini" (d dropped in 1.1 keeps its 1.0 number)
NUMBERS = {"mini.a": "1.1", "mini.b": "1.2", "mini.c": "1.3", "mini.d": "1.4", "mini.e": "1.4"}


@pytest.fixture
def window(qtbot, known):
    store, ids, recs = known
    w = OfficeWindow(store, today=TODAY, actor="Lê Thị Hoa")
    qtbot.addWidget(w)
    w.dashboard.template_box.setCurrentIndex(w.dashboard.template_box.findData("mini"))
    w.dashboard.first_year.setValue(2016)
    w.dashboard.last_year.setValue(2016)
    return w


def column(view, col: int) -> list[str]:
    return [view.item(row, col).text() for row in range(view.rowCount())]


def test_tabs_and_titles(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Dashboard", "Year over year", "Recommendations"]


def test_dashboard_table_ranks_scores_method_and_chart(window):
    page = window.dashboard
    view = page.provinces
    assert column(view, 0) == ["1", "2", "2", "4", "–"]
    assert column(view, 1) == ["Hà Giang", "Hà Nội", "Phú Thọ", "Bắc Kạn", "Cao Bằng"]
    assert column(view, 2) == ["100,0%", "62,5%", "62,5%", "30,0%", "–"]
    assert column(view, 9)[3] == "20/11/2016"
    assert "0.5 × Partly met" in page.method.text() and "(1, 2, 2, 4)" in page.method.text()
    assert page.summary.text().startswith("6 inspections in 5 provinces, 2016")
    # Most often not met by rate (d: 1 of the 1 province that had it), as in the report; items are
    # named by their number, their ids (internal) are only the cells' data
    assert [page.items.item(r, 0).data(ROLE_ID) for r in range(2)] == ["mini.d", "mini.c"]
    assert column(page.items, 0)[:2] == [NUMBERS["mini.d"], NUMBERS["mini.c"]] and column(page.items, 4)[:2] == ["1/1", "2/4"]
    assert not any("mini." in page.template_box.itemText(i) for i in range(page.template_box.count()))
    axes = page.figure.axes[0]
    assert len(axes.patches) == 5
    assert [t.get_text() for t in axes.get_yticklabels()][:2] == ["1. Hà Giang", "2. Hà Nội"]
    # Another period: only 2015.
    page.first_year.setValue(2015)
    page.last_year.setValue(2015)
    assert column(view, 1) == ["Phú Thọ"] and column(view, 2) == ["25,0%"]


def test_double_click_a_province_asks_for_its_latest_inspection(window, qtbot, known):
    _, ids, _ = known
    view = window.dashboard.provinces
    with qtbot.waitSignal(window.inspection_requested) as signal:
        view.cellDoubleClicked.emit(3, 1)  # Bắc Kạn
    assert signal.args == [ids["backan2"]]


def test_year_over_year_marks_better_worse_and_missing(window, qtbot, known):
    _, ids, _ = known
    page = window.yearly
    page.template_box.setCurrentIndex(page.template_box.findData("mini"))
    page.select_province(PHU_THO.era, PHU_THO.code)
    grid = page.grid
    heads = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert heads[2].startswith("2015 (v1.0)") and heads[4].startswith("2017 (v1.1)")
    assert heads[-1] == "Since previous"
    rows = {grid.item(r, 0).data(ROLE_ID): r for r in range(grid.rowCount())}
    assert [grid.item(r, 0).text() for r in sorted(rows.values())] == [NUMBERS[i] for i in sorted(rows, key=rows.get)]
    b, d, a = rows["mini.b"], rows["mini.d"], rows["mini.a"]
    assert grid.item(b, 4).text() == "Not met" and grid.item(b, 4).background().color() == WORSE
    assert grid.item(b, 5).text() == "Worse"
    assert grid.item(a, 3).background().color() == IMPROVED
    missing = grid.item(d, 4)
    assert missing.text() == "—" and missing.background().color() == MISSING
    assert "1.1" in missing.toolTip()
    assert "0 items improved, 1 got worse" in page.summary.text()
    with qtbot.waitSignal(window.inspection_requested) as signal:
        grid.horizontalHeader().sectionDoubleClicked.emit(2)
    assert signal.args == [ids["phutho2015"]]


def test_recommendations_overdue_stand_out_and_filter(window, known):
    _, _, recs = known
    page = window.recommendations
    view = page.list
    assert view.rowCount() == 4
    assert view.item(0, 6).text() == "Overdue" and view.item(0, 6).font().bold()
    assert view.item(0, 0).background().color() == OVERDUE and view.item(0, 7).text() == "181"
    assert view.item(1, 0).background().color() != OVERDUE
    assert page.count.text() == "4 recommendations shown, 1 overdue"
    page.state_box.setCurrentIndex(page.state_box.findText("Done"))
    assert column(view, 3) == ["Công bố dữ liệu mở"]
    page.state_box.setCurrentIndex(0)
    page.search.setText("hoi dap")
    assert column(view, 3) == ["Cập nhật mục hỏi đáp hằng tuần"]
    page.search.clear()
    page.year_box.setCurrentIndex(page.year_box.findData(2015))
    assert column(view, 3) == ["Rà soát lịch làm việc"]


def test_follow_up_saved_with_note_and_file(window, qtbot, known, tmp_path):
    store, _, recs = known
    page = window.recommendations
    page.select(recs["overdue"])
    assert page.detail.toPlainText().startswith("Bổ sung bản đồ địa giới hành chính")
    evidence = tmp_path / "cong-van.pdf"
    evidence.write_bytes(b"%PDF-1.4 cong van")
    page.new_status.setCurrentIndex(page.new_status.findData("done"))
    # QTest types Latin-1 only (other characters abort it): type, then paste the Vietnamese.
    qtbot.keyClicks(page.note, "Ban do: ")
    page.note.insertPlainText("Đã đăng bản đồ")
    page.add_files([evidence])
    with qtbot.waitSignal(page.followup_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    rec = store.recommendation(recs["overdue"])
    assert rec.status is RecommendationStatus.DONE and "Lê Thị Hoa: Ban do: Đã đăng bản đồ" in rec.note
    assert [f.file_name for f in followup_files(rec)] == ["cong-van.pdf"]
    # The row is no longer overdue and stays selected; the form is cleared.
    assert page.selected_id() == recs["overdue"]
    assert page.selected_row().state.value == "done" and page.note.toPlainText() == ""
    assert "cong-van.pdf" in page.detail.toPlainText()


def test_follow_up_without_anything_new_says_so_and_saves_nothing(window, known):
    store, _, recs = known
    page = window.recommendations
    page.select(recs["due_later"])
    before = store.recommendation(recs["due_later"])
    assert page.save() is False
    assert "choose a new status, write a note or add a file" in page.last_error
    assert store.recommendation(recs["due_later"]) == before


def test_text_from_the_data_is_shown_as_plain_text(qtbot, known):
    store, ids, _ = known
    store.add_recommendation(ids["hagiang"], "<b>Sửa</b> &amp; <a href='x'>liên kết</a>", actor="t")
    w = OfficeWindow(store, today=TODAY)
    qtbot.addWidget(w)
    texts = column(w.recommendations.list, 3)
    assert "<b>Sửa</b> &amp; <a href='x'>liên kết</a>" in texts


def test_export_from_the_window(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.report_exported) as signal:
        window.export_report(tmp_path / "bc.docx", tmp_path / "bc.xlsx")
    result = signal.args[0]
    assert result.provinces == 5 and result.docx == tmp_path / "bc.docx"
    subject = [p.text for p in docx.Document(str(result.docx)).paragraphs if p.text.startswith("Tổng hợp")]
    assert subject == ["Tổng hợp kết quả kiểm tra theo Danh mục kiểm tra thử năm 2016"]
    with qtbot.waitSignal(window.export_failed) as failed:
        window.export_report(tmp_path / "missing" / "bc.docx", None)
    assert "folder does not exist" in failed.args[0] == window.last_error
    assert not (tmp_path / "missing").exists()
