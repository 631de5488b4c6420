"""The office view from the real main window, on a real database: Tools → Office view, data read on
the database lane, click-through to the inspection, refresh after edits, the national report
exported (read back with python-docx and openpyxl), a cancelled export, and follow-up evidence
attached, opened, and found in a second store after a folder sync."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from uihelpers import ACTOR, PHU_THO

from inspector.checklists.template import ItemKind
from inspector.domain import ProvinceRef
from inspector.domain.status import RecommendationStatus
from inspector.office.followup import followup_files
from inspector.storage import Store
from inspector.sync import FolderTarget, SyncSettings, sync_now

HA_NOI = ProvinceRef("63", "01", "Thành phố Hà Nội")
SCAN = b"%PDF-1.4\n% cong van khac phuc so 45\n%%EOF\n"


@pytest.fixture
def office_db(db_path: Path, nd43) -> dict[str, str]:
    """Two provinces inspected in 2016 under nd43; Hà Nội's is finalized with a recommendation."""
    # Legal-duty items in force on the day: the ones the office's scores count (the checklist
    # opens with figure items, which are never scored).
    items = [i.id for i in nd43.items_in_force(date(2016, 10, 7)) if i.kind is ItemKind.LEGAL]
    with Store.open(db_path) as store:
        def inspect(province: ProvinceRef, statuses: list[str]) -> str:
            i = store.create_inspection(template=nd43, province=province, actor=ACTOR,
                                        inspected_unit=f"Sở Thông tin và Truyền thông {province.name}",
                                        started_at=datetime(2016, 10, 7, 2, tzinfo=UTC))
            for item_id, status in zip(items, statuses, strict=False):
                store.record_finding(i.id, item_id, actor=ACTOR, status=status)
            return i.id

        phutho = inspect(PHU_THO, ["dat", "khong_dat", "dat_mot_phan"])
        hanoi = inspect(HA_NOI, ["dat", "dat", "khong_dat", "dat"])
        rec = store.add_recommendation(hanoi, "Bổ sung mục hỏi đáp trực tuyến", actor=ACTOR,
                                       responsible_unit="Văn phòng UBND thành phố", deadline=date(2016, 12, 31))
        store.finalize(hanoi, actor=ACTOR)
    return {"phutho": phutho, "hanoi": hanoi, "rec": rec.id, "first_item": items[0]}


def open_office(qtbot, window):
    """Tools → Office view… (the registered action, as the menu and Ctrl+Shift+O trigger it)."""
    action = window.registry["tools.office"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+O"
    assert action in window.registry.menus["tools"].actions() and action in window.toolbar.actions()
    action.trigger()
    office = window.office_window
    qtbot.waitUntil(lambda: not office._waiting, timeout=10_000)
    return office


def rows(view, col: int) -> list[str]:
    return [view.item(r, col).text() for r in range(view.rowCount())]


def on_db_lane(qtbot, window, fn):
    """Run `fn(store)` on the main window's database lane and wait for its result."""
    out = {}
    with qtbot.waitSignal(window.runner.db_busy_changed, check_params_cb=lambda busy: not busy, timeout=10_000):
        window.runner.db(lambda ctx: fn(ctx.store), on_done=lambda value: out.setdefault("v", value))
    return out.get("v")


def test_open_office_view_click_through_and_refresh(qtbot, make_window, office_db, monkeypatch):
    import ui.features as features
    import ui.features.office as feature

    monkeypatch.setattr(feature, "QUIET_AFTER_EDITS_MS", 100)
    window = make_window()
    # Reading on the GUI thread would be a bug: the office window must use the database lane.
    gui = threading.get_ident()
    calls = []
    real_db = window.runner.db
    monkeypatch.setattr(window.runner, "db", lambda fn, **kw: real_db(
        lambda ctx: calls.append(threading.get_ident()) or fn(ctx), **kw))
    office = open_office(qtbot, window)
    assert calls and gui not in calls
    assert office.isVisible() and office.parent() is window
    dash = office.dashboard
    assert dash.template_id() == "nd43-tt25" and dash.period().label == "2016"
    assert sorted(rows(dash.provinces, 1)) == ["Hà Nội", "Phú Thọ"]
    assert office.recommendations.list.rowCount() == 1

    # A second Tools → Office view brings the same window forward.
    window.registry["tools.office"].trigger()
    assert window.office_window is office

    # Double-click Phú Thọ: the main window opens that inspection and comes to the front.
    row = rows(dash.provinces, 1).index("Phú Thọ")
    office.activateWindow()
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000) as opened:
        dash.provinces.cellDoubleClicked.emit(row, 1)
    assert opened.args == [office_db["phutho"]]
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.record.id == office_db["phutho"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # An edit in the main window (autosaved) shows in the office view without asking.
    met_before = int(dash.provinces.item(row, 4).text())
    ws = window.workspace
    ws.select_item(office_db["first_item"])
    ws.set_status_key(3)  # Không đạt instead of Đạt
    with qtbot.waitSignal(office.refreshed, timeout=10_000):
        pass
    row = rows(dash.provinces, 1).index("Phú Thọ")
    assert int(dash.provinces.item(row, 4).text()) == met_before - 1

    # A change from elsewhere (e.g. a sync import) is picked up when the office view comes to the front.
    on_db_lane(qtbot, window, lambda s: s.record_finding(office_db["phutho"], office_db["first_item"],
                                                         actor="sync", status="dat"))
    with qtbot.waitSignal(office.refreshed, timeout=10_000):
        office.activateWindow()
    assert int(dash.provinces.item(rows(dash.provinces, 1).index("Phú Thọ"), 4).text()) == met_before
    # … or at once when the feature that changed it says so (a sync run from the main window).
    on_db_lane(qtbot, window, lambda s: s.record_finding(office_db["phutho"], office_db["first_item"],
                                                         actor="sync", status="khong_dat"))
    with qtbot.waitSignal(office.refreshed, timeout=10_000):
        features.notify_data_changed(window)
    assert int(dash.provinces.item(rows(dash.provinces, 1).index("Phú Thọ"), 4).text()) == met_before - 1

    # File → Refresh always reads again.
    with qtbot.waitSignal(office.refreshed, timeout=10_000):
        office.refresh_action.trigger()

    # Closing the office view and opening it again gives a fresh one.
    office.close()
    qtbot.waitUntil(lambda: window.office_window is None)
    again = open_office(qtbot, window)
    assert again is not office and sorted(rows(again.dashboard.provinces, 1)) == ["Hà Nội", "Phú Thọ"]
    # Quitting the main window takes the office view with it.
    window.close()
    qtbot.waitUntil(lambda: window.office_window is None)


def test_export_both_files_then_open_them_and_replace_only_when_asked(qtbot, make_window, office_db, tmp_path,
                                                                      monkeypatch):
    window = make_window()
    office = open_office(qtbot, window)
    out = tmp_path / "bao cáo"
    out.mkdir()
    old_xlsx = out / "bc-2016.xlsx"
    old_xlsx.write_bytes(b"an older workbook")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "bc-2016"), ""))

    # The workbook beside the Word file exists: asked, and "Cancel" changes nothing.
    def answer(button_text_index: int) -> None:
        box = office.replace_box
        assert str(old_xlsx) in box.text()
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        buttons[button_text_index].click()

    QTimer.singleShot(0, lambda: answer(1))
    office.choose_and_export()
    assert old_xlsx.read_bytes() == b"an older workbook" and not (out / "bc-2016.docx").exists()

    # Replace: both files written off the GUI thread, then Open file / Open folder.
    opened: list[Path] = []
    monkeypatch.setattr(type(office), "open_path", staticmethod(lambda p: opened.append(p) or True))
    QTimer.singleShot(0, lambda: answer(0))
    fill_details(office)
    with qtbot.waitSignal(office.report_exported, timeout=20_000) as done:
        office.choose_and_export()
    result = done.args[0]
    assert (result.docx, result.xlsx) == (out / "bc-2016.docx", out / "bc-2016.xlsx")
    assert result.provinces == 2 and result.inspections == 2 and result.recommendations == 1
    paragraphs = [p.text for p in docx.Document(str(result.docx)).paragraphs]
    assert any(p.startswith("Tổng hợp kết quả kiểm tra") and "năm 2016" in p for p in paragraphs)
    book = openpyxl.load_workbook(result.xlsx)
    assert book.sheetnames == ["Tỉnh, thành phố", "Theo nhóm", "Nội dung", "Kiến nghị", "Phương pháp"]
    provinces = book.worksheets[0]
    names = {provinces.cell(r, c).value for r in range(1, provinces.max_row + 1)
             for c in range(1, provinces.max_column + 1)}
    assert {"Hà Nội", "Phú Thọ"} <= {str(n).replace("Thành phố ", "").replace("Tỉnh ", "") for n in names if n}
    assert provinces.freeze_panes is not None and provinces.auto_filter.ref
    recs = book["Kiến nghị"]
    assert any(recs.cell(r, c).value == "Bổ sung mục hỏi đáp trực tuyến" for r in range(1, recs.max_row + 1)
               for c in range(1, recs.max_column + 1))
    box = office.result_box
    assert box.isVisible() and str(result.docx) in box.text()
    office.open_buttons["folder"].click()
    office.open_buttons["xlsx"].click()
    assert opened == [out, result.xlsx]
    assert not list(out.glob("*.tmp"))


def fill_details(office, **values: str) -> None:
    """Answer the report details dialog when it opens: type `values` into its fields, then Export
    (Enter, as a user would)."""
    def answer() -> None:
        dialog = office.details_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        for name, value in values.items():
            box = dialog.findChild(QWidget, name)
            if hasattr(box, "setCurrentText"):
                box.setCurrentText(value)
            else:
                box.setText(value)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_the_report_says_its_number_date_and_signer_and_remembers_the_signer(qtbot, make_window, office_db,
                                                                            tmp_path, monkeypatch):
    """Asked at every export: number, date and signer go into the Word report, ready to sign; the
    signer is offered again next time, the number is not."""
    window = make_window()
    office = open_office(qtbot, window)
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(Path(a[2])) or (str(tmp_path / "bc"), ""))
    fill_details(office, number="17", authority="KT. CỤC TRƯỞNG", title="PHÓ CỤC TRƯỞNG", name="Lê Văn Minh")
    with qtbot.waitSignal(office.report_exported, timeout=20_000) as done:
        office.choose_and_export()
    text = "\n".join(p.text for p in docx.Document(str(done.args[0].docx)).paragraphs)
    tables = "\n".join(c.text for t in docx.Document(str(done.args[0].docx)).tables for r in t.rows for c in r.cells)
    everything = text + "\n" + tables
    assert "Số: 17/BC-THH" in everything
    assert "KT. CỤC TRƯỞNG" in everything and "PHÓ CỤC TRƯỞNG" in everything and "Lê Văn Minh" in everything
    assert "(Ký, ghi rõ họ tên)" not in everything  # a name is given: no handwriting hint
    office.result_box.close()
    # Next export: the signer is offered again, the number is blank.
    seen = {}

    def look_then_cancel() -> None:
        dialog = office.details_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look_then_cancel)
            return
        seen.update(number=dialog.number.text(), name=dialog.name.text(), authority=dialog.authority.currentText(),
                    preview=dialog.preview.text())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, lambda: office.replace_box.buttons()[0].click())  # replace the files: yes
    QTimer.singleShot(0, look_then_cancel)
    before = (tmp_path / "bc.docx").read_bytes()
    office.choose_and_export()
    # First offered in Documents (never the program's working folder), then where the last report went.
    assert offered[0].parent != Path.cwd() and offered[1].parent == tmp_path
    assert seen == {"number": "", "name": "Lê Văn Minh", "authority": "KT. CỤC TRƯỞNG",
                    "preview": "Báo cáo sẽ ghi: Số:      /BC-THH"}
    assert (tmp_path / "bc.docx").read_bytes() == before  # cancelled: nothing written


def test_cancelled_export_writes_nothing(qtbot, make_window, office_db, tmp_path):
    window = make_window()
    office = open_office(qtbot, window)
    gate = threading.Event()
    window.runner.db(lambda ctx: gate.wait(10))  # the database lane is busy (e.g. a sync)
    office.export_report(tmp_path / "bc.docx", tmp_path / "bc.xlsx")
    assert office.progress is not None and not office.export_action.isEnabled()
    cancel = [b for b in office.progress.findChildren(QPushButton)]
    assert len(cancel) == 1
    with qtbot.waitSignal(office.export_cancelled, timeout=10_000):
        cancel[0].click()
        gate.set()
    assert not (tmp_path / "bc.docx").exists() and not (tmp_path / "bc.xlsx").exists()
    assert list(tmp_path.iterdir()) == [] or all(p.is_dir() for p in tmp_path.iterdir())
    assert office.export_action.isEnabled() and office.progress is None
    # And a new export works afterwards.
    with qtbot.waitSignal(office.report_exported, timeout=20_000):
        office.export_report(tmp_path / "bc.docx", None)
    assert (tmp_path / "bc.docx").is_file() and not (tmp_path / "bc.xlsx").exists()


def test_export_error_is_a_plain_sentence(qtbot, make_window, office_db, tmp_path):
    window = make_window()
    office = open_office(qtbot, window)
    with qtbot.waitSignal(office.export_failed, timeout=10_000) as failed:
        office.export_report(tmp_path / "không có" / "bc.docx", tmp_path / "không có" / "bc.xlsx")
    assert str(tmp_path / "không có" / "bc.docx") in failed.args[0]
    assert "Traceback" not in failed.args[0] and "ExportError" not in failed.args[0]


def test_follow_up_evidence_attached_opened_and_synced_to_a_second_store(qtbot, make_window, office_db,
                                                                          tmp_path, monkeypatch):
    window = make_window()
    office = open_office(qtbot, window)
    office.tabs.setCurrentWidget(office.recommendations)
    page = office.recommendations
    page.select(office_db["rec"])
    assert page.selected_id() == office_db["rec"] and page.evidence_list.count() == 0
    scan = tmp_path / "công văn 45.pdf"
    scan.write_bytes(SCAN)
    page.new_status.setCurrentIndex(page.new_status.findData("done"))
    qtbot.keyClicks(page.note, "Da bo sung muc hoi dap")
    page.add_files([scan])
    with qtbot.waitSignal(page.followup_saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.evidence_list.count() == 1, timeout=10_000)
    assert page.evidence_list.item(0).text() == f"công văn 45.pdf – {ACTOR}"
    assert page.file_list.count() == 0 and page.note.toPlainText() == ""

    # In the database (read on its lane): linked, stored, the seal untouched.
    rec, problems = on_db_lane(qtbot, window, lambda s: (s.recommendation(office_db["rec"]),
                                                         s.verify_seal(office_db["hanoi"])))
    assert rec.status is RecommendationStatus.DONE and problems == []
    [linked] = rec.evidence
    assert linked.file_name == "công văn 45.pdf" and linked.size == len(SCAN)

    # Open: a verified copy with the file's own name goes to the system's viewer.
    opened: list[Path] = []
    monkeypatch.setattr(type(page), "open_external", staticmethod(lambda p: opened.append(p) or True))
    page.evidence_list.setCurrentRow(0)
    assert page.open_file_button.isEnabled()
    with qtbot.waitSignal(page.file_opened, timeout=10_000):
        qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    assert opened[0].name == "công văn 45.pdf" and opened[0].read_bytes() == SCAN

    # Sync this database to a folder, then a second store from the folder: the file is there.
    stick = tmp_path / "usb"
    stick.mkdir()
    target = SyncSettings(FolderTarget(stick), ACTOR)
    report = on_db_lane(qtbot, window, lambda s: sync_now(s, target, init=True))
    assert report.blobs_uploaded == 1 and report.missing_blobs == ()
    with Store.open(tmp_path / "other" / "inspector.sqlite3") as other:
        got = sync_now(other, target)
        assert got.missing_blobs == ()
        theirs = other.recommendation(office_db["rec"])
        [file] = followup_files(theirs)
        assert file.file_name == "công văn 45.pdf"
        assert other.blobs.read(file.sha256) == SCAN == other.evidence_path(file.sha256).read_bytes()
        assert other.verify_seal(office_db["hanoi"]) == []
