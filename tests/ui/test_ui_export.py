"""Export the minutes from the window: the real dialog, the real database, the real .docx (and a
real PDF through LibreOffice) read back; stopping, refusing to overwrite, unwritable folders, the
PDF choice following LibreOffice's presence, and the wording changed in the window."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import ACTOR, open_in_window, type_text

from inspector.errors import ExportError
from inspector.minutes import find_office, user_wording_file
from inspector.minutes.formats import local_time
from inspector.storage import Store

ITEM = "tt25.4"
STORED_NOTE = "Chưa công khai đầy đủ lịch tiếp công dân; mục “Hỏi – đáp” trống."
TYPED_NOTE = "Ghi chú gõ ngay trước khi xuất: thiếu số điện thoại đường dây nóng"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
needs_office = pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")


def all_text(document) -> str:
    return "\n".join(t.text or "" for t in document.element.body.iter(f"{W}t"))


@pytest.fixture
def prepared(db_path, seeded) -> str:
    """The seeded Phú Thọ inspection with a finding, a note with diacritics and two evidence
    files, one of which has gone missing from the evidence folder."""
    with Store.open(db_path) as store:
        # A date when the checklist's texts were in force (the minutes cite only those).
        store.update_inspection(seeded, actor=ACTOR, started_at=datetime(2016, 10, 7, 1, 30, tzinfo=UTC))
        store.record_finding(seeded, ITEM, actor=ACTOR, status="khong_dat", note=STORED_NOTE)
        store.record_finding(seeded, "tt25.1", actor=ACTOR, status="dat")
        store.add_evidence(seeded, b"\x89PNG\r\n\x1a\n" + b"anh-chup" * 200, "ảnh chụp trang chủ.png", "image/png",
                           item_id=ITEM, caption="Trang chủ ngày kiểm tra", actor=ACTOR)
        gone = store.add_evidence(seeded, b"%PDF-1.4 bien ban cu", "kế hoạch.pdf", "application/pdf",
                                  item_id=ITEM, actor=ACTOR)
        store.evidence_path(gone.sha256).unlink()
    return seeded


@pytest.fixture
def open_export(qtbot, make_window, prepared):
    """The window with the inspection open, and a function that opens the export dialog."""
    window = make_window()
    ws = open_in_window(qtbot, window, prepared)

    def open_dialog():
        window.registry["inspection.export_minutes"].trigger()
        qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None
                        and window.export_dialog.isVisible(), timeout=5_000)
        return window.export_dialog

    return window, ws, open_dialog


def run_export(qtbot, dialog, timeout: int = 60_000):
    with qtbot.waitSignal(dialog.exported, timeout=timeout) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


class UrlCatcher(QObject):
    """Receives the file:// URLs the app asks the system to open (instead of starting Word)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:  # noqa: A003 - the slot name Qt is told about
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


# ---------------------------------------------------------------------- tests
def test_action_is_in_the_menu_and_toolbar_and_follows_the_open_inspection(qtbot, make_window, prepared):
    window = make_window()
    action = window.registry["inspection.export_minutes"]
    assert action in window.registry.menus["inspection"].actions()
    assert action in window.toolbar.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    assert not action.isEnabled()  # the list is shown: nothing to export
    open_in_window(qtbot, window, prepared)
    assert action.isEnabled()
    with qtbot.waitSignal(window.workspace.opened, timeout=10_000):
        window.finalize()
        window.finalize_dialog.accept()
    qtbot.waitUntil(lambda: window.workspace.read_only, timeout=10_000)
    assert action.isEnabled()  # a finalized inspection is exported too


def test_export_writes_what_is_on_screen_and_offers_to_open_it(qtbot, open_export, tmp_path, opened_urls):
    window, ws, open_dialog = open_export
    ws.select_item("tt25.2")
    ws.set_status_key(2)  # key "2": Partly met
    ws.item_pane.note.setFocus()
    type_text(ws.item_pane.note, TYPED_NOTE)  # still queued in the autosave when Export is pressed
    assert window.autosave.has_pending
    dialog = open_dialog()
    default = Path(dialog.path_edit.text())
    header = ws.record.inspection
    day = local_time(header.started_at or header.created_at).strftime("%d-%m-%Y")
    assert default.name == f"Biên bản kiểm tra Phú Thọ {day}.docx"
    assert default.parent.is_dir()  # the Documents folder, or the home folder when there is none
    out = tmp_path / "xuất" / "bien-ban.docx"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(False)
    outcome = run_export(qtbot, dialog)
    assert outcome.docx == out and out.stat().st_size == outcome.size
    assert [w.code for w in outcome.warnings] == ["evidence-missing"]  # the core's behaviour, reported
    assert sorted(p.name for p in out.parent.iterdir()) == ["bien-ban.docx"]  # no temporary left
    document = docx.Document(str(out))
    text = all_text(document)
    assert any(p.text == "BIÊN BẢN" for p in document.paragraphs)
    assert "Phú Thọ, ngày" in text
    assert STORED_NOTE in text
    assert TYPED_NOTE in text  # the pending edit was flushed before the export read the record
    assert "ảnh chụp trang chủ.png" in text
    # The result: a plain message with "Open file" and "Open folder".
    qtbot.waitUntil(lambda: dialog.result_box is not None and dialog.result_box.isVisible(), timeout=5_000)
    box = dialog.result_box
    assert "không tìm thấy" in box.text()  # the missing evidence file is mentioned, in Vietnamese
    box.open_folder_button.click()
    assert [u.toLocalFile() for u in opened_urls] == [str(out.parent)]
    # The folder is remembered for the next export.
    again = open_dialog()
    assert Path(again.path_edit.text()).parent == out.parent
    again.reject()


def test_existing_file_is_never_replaced_without_asking(qtbot, open_export, tmp_path):
    _window, _ws, open_dialog = open_export
    out = tmp_path / "bb.docx"
    out.write_bytes(b"the signed copy")
    dialog = open_dialog()
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(False)
    dialog.export_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible() and str(out) in box.text()
    assert box.defaultButton() is box.keep_button
    box.keep_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=5_000)
    assert not dialog.running
    assert out.read_bytes() == b"the signed copy"
    assert "Không có gì được ghi" in dialog.status.text()
    # Asked again, and this time replaced.
    dialog.export_button.click()
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.confirm_box.replace_button.click()
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /sys, which nobody may write to")
def test_unwritable_folder_is_a_plain_sentence(qtbot, open_export):
    # /sys refuses new files even to root (tests may run as root, where chmod does not bite).
    _window, _ws, open_dialog = open_export
    dialog = open_dialog()
    dialog.path_edit.setText("/sys/bien-ban.docx")
    dialog.pdf_check.setChecked(False)
    with qtbot.waitSignal(dialog.export_failed, timeout=60_000) as blocker:
        dialog.export_button.click()
    exc = blocker.args[0]
    assert isinstance(exc, ExportError) and exc.reason == "not-writable"
    message = dialog.error_dialog.message.text()
    assert "/sys" in message and "Chọn thư mục khác" in message
    assert "Traceback" not in message
    assert not dialog.running and dialog.export_button.isEnabled()


def test_missing_folder_is_said_before_any_work(qtbot, open_export, tmp_path):
    _window, _ws, open_dialog = open_export
    dialog = open_dialog()
    dialog.path_edit.setText(str(tmp_path / "không-có" / "bb"))
    dialog.pdf_check.setChecked(False)
    assert dialog.targets()[0].name == "bb.docx"  # the extension is added
    with qtbot.waitSignal(dialog.export_failed, timeout=30_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].reason == "missing-folder"
    assert "không tồn tại" in dialog.error_dialog.message.text()


def test_pdf_choice_is_hidden_when_libreoffice_is_not_found(qtbot, open_export, tmp_path, monkeypatch):
    # find_office() looks in PATH (and, on Windows and macOS only, the standard install folders):
    # a PATH with nothing in it is a machine without LibreOffice.
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert find_office() is None
    _window, _ws, open_dialog = open_export
    dialog = open_dialog()
    assert dialog.office is None
    assert dialog.pdf_check.isHidden() and not dialog.pdf_check.isEnabled()
    out = tmp_path / "bb.docx"
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(True)  # a remembered choice from a machine with LibreOffice…
    assert dialog.targets() == (out, None)  # …makes no PDF here
    outcome = run_export(qtbot, dialog)
    assert outcome.pdf is None and not out.with_suffix(".pdf").exists()


@needs_office
def test_real_pdf_export_and_stop_during_it(qtbot, open_export, tmp_path):
    _window, _ws, open_dialog = open_export
    dialog = open_dialog()
    assert dialog.office is not None and not dialog.pdf_check.isHidden()
    out = tmp_path / "bb.docx"
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(True)
    outcome = run_export(qtbot, dialog, timeout=180_000)
    assert outcome.pdf == out.with_suffix(".pdf") and outcome.pdf_error is None
    assert outcome.pdf.read_bytes()[:5] == b"%PDF-"
    dialog.result_box.close_button.click()

    # Stop while LibreOffice works: the files already there stay exactly as they were.
    old_docx, old_pdf = out.read_bytes(), outcome.pdf.read_bytes()
    dialog = open_dialog()
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(True)
    phases: list[str] = []

    def stop_at_pdf(what: str) -> None:
        phases.append(what)
        if what == "pdf":
            dialog.stop_or_close()

    dialog.phase.connect(stop_at_pdf)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=5_000)
    dialog.confirm_box.replace_button.click()
    qtbot.waitUntil(lambda: "pdf" in phases, timeout=60_000)
    assert dialog.running and dialog.status.text().startswith("Đang dừng")
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert dialog.outcome is None and dialog.error is None
    assert "Đã dừng" in dialog.status.text()
    assert out.read_bytes() == old_docx and outcome.pdf.read_bytes() == old_pdf
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_wording_changed_in_the_window_reaches_the_document(qtbot, open_export, tmp_path):
    window, _ws, open_dialog = open_export
    window.registry["tools.minutes_wording"].trigger()
    wording = window.wording_dialog
    widgets = wording.widgets
    widgets["agency.issuing_unit"].setPlainText("")
    type_text(widgets["agency.issuing_unit"], "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA")
    widgets["agency.unit_abbreviation"].setText("CĐS")
    widgets["signatures.team_title"].setText("PHÓ CỤC TRƯỞNG")
    widgets["copies.team"].setValue(3)
    # A typo in a placeholder is refused with a sentence, and nothing is written.
    closing = widgets["text.closing"].toPlainText()
    widgets["text.closing"].setPlainText(closing.replace("{end_moment}", "{gio_ket_thuc}"))
    wording.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert wording.isVisible() and not wording.problem.isHidden()
    assert "gio_ket_thuc" in wording.problem.text()
    assert not user_wording_file().exists()
    widgets["text.closing"].setPlainText(closing)
    wording.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not wording.isVisible()
    assert user_wording_file().is_file()

    dialog = open_dialog()
    out = tmp_path / "bb.docx"
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(False)
    run_export(qtbot, dialog)
    document = docx.Document(str(out))
    left = document.tables[0].rows[0].cells[0]
    assert left.paragraphs[1].text == "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"
    assert left.paragraphs[3].text.endswith("/BB-CĐS")
    text = all_text(document)
    assert "PHÓ CỤC TRƯỞNG" in text
    assert "lập thành 04 bản" in text and "giữ 03 bản" in text
    dialog.result_box.close_button.click()

    # Restore defaults: the file goes, the next export prints the shipped wording again.
    window.registry["tools.minutes_wording"].trigger()
    wording = window.wording_dialog
    wording.restore_button.click()
    assert wording.widgets["agency.unit_abbreviation"].text() == "ĐKT"
    wording.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not user_wording_file().exists()
    dialog = open_dialog()
    dialog.path_edit.setText(str(tmp_path / "bb2.docx"))
    dialog.pdf_check.setChecked(False)
    run_export(qtbot, dialog)
    left = docx.Document(str(tmp_path / "bb2.docx")).tables[0].rows[0].cells[0]
    assert left.paragraphs[1].text == "ĐOÀN KIỂM TRA" and left.paragraphs[3].text.endswith("/BB-ĐKT")


def test_wording_is_reached_from_settings(qtbot, make_window):
    window = make_window()
    window.registry["edit.settings"].trigger()
    window.settings_dialog.wording_button.click()
    wording = window.settings_dialog.wording_dialog
    assert wording.isVisible()
    assert wording.widgets["agency.issuing_unit"].toPlainText() == "ĐOÀN KIỂM TRA"
    wording.reject()


def test_export_messages_say_what_to_do():
    from ui.errors import describe_error

    locked = describe_error(ExportError("C:/Biên bản.docx", "locked", "PermissionError"))
    assert "Word" in locked and "đóng" in locked.lower()
    full = describe_error(ExportError("/media/usb/bb.docx", "disk-full", "No space left on device"))
    assert "đầy" in full
    assert os.sep in full or "/" in full


def test_a_broken_wording_file_is_explained_not_exported(qtbot, open_export, tmp_path):
    # Someone edited the file by hand and misspelt a key: the export says so and where to fix it.
    target = user_wording_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("agency:\n  isuing_unit: CỤC TIN HỌC HÓA\n", encoding="utf-8")
    window, _ws, open_dialog = open_export
    dialog = open_dialog()
    out = tmp_path / "bb.docx"
    dialog.path_edit.setText(str(out))
    dialog.pdf_check.setChecked(False)
    with qtbot.waitSignal(dialog.export_failed, timeout=30_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].key == "agency.isuing_unit"
    message = dialog.error_dialog.message.text()
    assert "agency.isuing_unit" in message and "kiểm tra chính tả" in message and "Lời văn biên bản" in message
    assert not out.exists()
    dialog.error_dialog.accept()
    dialog.reject()
    # The wording dialog opens on the defaults, says what was wrong, and OK replaces the file.
    window.registry["tools.minutes_wording"].trigger()
    wording = window.wording_dialog
    assert not wording.problem.isHidden() and "isuing_unit" in wording.problem.text()
    assert wording.widgets["agency.issuing_unit"].toPlainText() == "ĐOÀN KIỂM TRA"
    wording.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not target.exists()  # nothing differs from the defaults: no file


def test_a_finalized_inspection_whose_sealed_text_was_edited_is_flagged(qtbot, make_window, prepared, db_path,
                                                                         tmp_path):
    """Issue 17 hole 2: editing seals.canonical by hand is said in the export's result."""
    import sqlite3

    with Store.open(db_path) as store:
        store.finalize(prepared, actor=ACTOR)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE seals SET canonical = replace(canonical, 'khong_dat', 'dat')")
    conn.commit()
    conn.close()
    window = make_window()
    open_in_window(qtbot, window, prepared)
    window.registry["inspection.export_minutes"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None, timeout=5_000)
    dialog = window.export_dialog
    dialog.path_edit.setText(str(tmp_path / "bb.docx"))
    dialog.pdf_check.setChecked(False)
    outcome = run_export(qtbot, dialog)
    assert "seal-mismatch" in [w.code for w in outcome.warnings]
    qtbot.waitUntil(lambda: dialog.result_box is not None and dialog.result_box.isVisible(), timeout=5_000)
    assert "niêm phong" in dialog.result_box.text()


def test_working_copy_is_a_choice_of_its_own_with_its_own_file_name(qtbot, open_export, tmp_path):
    _window, _ws, open_dialog = open_export
    dialog = open_dialog()
    dialog.path_edit.setText(str(tmp_path / "bien-ban.docx"))
    dialog.pdf_check.setChecked(False)
    qtbot.keyClick(dialog.draft_check, " ")  # the keyboard ticks the box
    assert dialog.draft_check.isChecked()
    assert Path(dialog.path_edit.text()).name == "bien-ban - bản làm việc.docx"
    outcome = run_export(qtbot, dialog)
    document = docx.Document(str(outcome.docx))
    header = document.sections[0].first_page_header._element.xpath("string(.)")
    assert "BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH" in header
    # Unticked again: the official name comes back, and the official copy has no such mark.
    dialog.draft_check.setChecked(False)
    assert Path(dialog.path_edit.text()).name == "bien-ban.docx"
