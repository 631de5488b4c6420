"""A whole day on site, scripted through the real window with the keyboard wherever a person would
use it: new inspection → every item answered (figures and texts typed into their fields) →
evidence → a recommendation from a failing item → the live probe on a local portal → apply →
finalize → export the minutes → sync to a folder → office view → close. No error dialog appears
and nothing is logged as an error or an uncaught exception, from start to end."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
)
from test_ui_export import run_export
from test_ui_sync import configure_folder, sync_and_wait
from uihelpers import type_text

from inspector.checklists import ResponseType
from inspector.domain import FindingStatus, InspectionStatus
from inspector.storage import Store
from ui.pages import workspace as workspace_module

from portal_server import PortalServer, build_portal

HOIDAP = "nd43.d15.hoidap"


def key(qtbot, widget, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, mods)


def error_dialogs() -> list:
    """Every error the app has put on screen (its error dialog, or a critical message box)."""
    from ui.errors import ErrorDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)
            or (isinstance(w, QMessageBox) and w.icon() == QMessageBox.Icon.Critical)]


def test_a_whole_day_by_keyboard(qtbot, make_window, db_path, tmp_path, monkeypatch, caplog, no_keyring):
    opened: list[Path] = []
    monkeypatch.setattr(workspace_module.WorkspacePage, "open_external", staticmethod(lambda p: opened.append(p) or True))
    caplog.set_level(logging.WARNING)
    with PortalServer(build_portal("compliant")) as server:
        window = make_window()
        uncaught: list[BaseException] = []
        monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: uncaught.append(exc))
        shown_errors = []
        window.runner.error.connect(lambda exc: shown_errors.append(exc))

        # ---- new inspection (Ctrl+N), keyboard only
        key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None and window.new_dialog.isVisible(),
                        timeout=10_000)
        dialog = window.new_dialog
        dialog.day.setSelectedSection(QDateTimeEdit.Section.DaySection)
        qtbot.keyClicks(dialog.day, "07102016")
        editor = dialog.province.lineEdit()
        editor.setFocus()
        qtbot.keyClicks(editor, "phu tho")
        popup = dialog.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        key(qtbot, popup, Qt.Key.Key_Down)
        key(qtbot, popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.unit.text() == "Sở Thông tin và Truyền thông tỉnh Phú Thọ")
        dialog.portal.selectAll()
        qtbot.keyClicks(dialog.portal, server.url)  # the "portal" is a real server on 127.0.0.1
        dialog.place.setFocus()
        type_text(dialog.place, "Việt Trì")
        with qtbot.waitSignal(window.inspection_opened, timeout=10_000):
            key(qtbot, dialog.place, Qt.Key.Key_Return)
        ws = window.workspace
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        template = ws.template
        assert window.windowTitle().startswith("Sở Thông tin và Truyền thông tỉnh Phú Thọ (07/10/2016)")

        # ---- every item answered by keyboard: a status key, or the value typed into its field
        ws.focus_tree()
        for n, item_id in enumerate(ws.tree_model.order):
            assert ws.current_item_id == item_id
            rtype = template.item(item_id).response.type
            if rtype is ResponseType.NUMBER:
                key(qtbot, ws.tree, Qt.Key.Key_F3)
                assert ws.item_pane.number_edit.hasFocus()
                qtbot.keyClicks(ws.item_pane.number_edit, str(1000 + n))
                key(qtbot, ws.item_pane.number_edit, Qt.Key.Key_Escape)
            elif rtype is ResponseType.TEXT:
                key(qtbot, ws.tree, Qt.Key.Key_Return)
                assert ws.item_pane.text_edit.hasFocus()
                type_text(ws.item_pane.text_edit, f"Trả lời {n}")
                key(qtbot, ws.item_pane.text_edit, Qt.Key.Key_Escape)
            else:
                key(qtbot, ws.tree, Qt.Key.Key_3 if n % 10 == 7 else Qt.Key.Key_1)
            assert ws.tree.hasFocus()
            key(qtbot, ws.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert ws.unanswered_items() == []
        numbers = [i for i in ws.tree_model.order if template.item(i).response.type is ResponseType.NUMBER]
        assert numbers and all(ws.findings[i].status is None and ws.findings[i].value is not None for i in numbers)

        # ---- evidence on a failing item, and a recommendation from it (Ctrl+R)
        failing = next(i for i in ws.tree_model.order if ws.findings[i].status is FindingStatus.NOT_MET)
        ws.select_item(failing)
        ws.focus_tree()
        scan = tmp_path / "anh-chup-trang-chu.txt"
        scan.write_text("Trang chủ ngày kiểm tra\n", encoding="utf-8")
        with qtbot.waitSignal(ws.message, timeout=10_000):
            ws.add_evidence_files([scan])
        key(qtbot, ws.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: getattr(ws, "recommendation_dialog", None) is not None
                        and ws.recommendation_dialog.isVisible(), timeout=5_000)
        rec_dialog = ws.recommendation_dialog
        type_text(rec_dialog.text, "Bổ sung nội dung còn thiếu trên Cổng")
        rec_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: len(ws.recommendations) == 1, timeout=10_000)
        assert ws.recommendations[0].item_ids == (failing,)

        # ---- the live probe on the local portal, then apply one proposal
        window.registry["inspection.probe"].trigger()
        panel = ws.tab_widgets["probe"]
        with qtbot.waitSignal(panel.run_finished, timeout=60_000, check_params_cb=lambda o: o == "done"):
            panel.run_button.click()
        button = panel.table.findChild(QPushButton, f"probe-apply-{HOIDAP}")
        if button is not None and button.isEnabled():
            # an apply updates the open inspection in place (no reload): wait for what it saved
            with qtbot.waitSignal(panel.changes_saved, timeout=10_000):
                button.click()

        # ---- finalize: nothing unanswered, so Finalize is offered
        ws.focus_tree()
        window.registry["inspection.finalize"].trigger()
        final = window.finalize_dialog
        assert final.unanswered.count() == 0
        with qtbot.waitSignal(ws.opened, timeout=15_000):
            final.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert ws.read_only
        if getattr(window, "seal_dialog", None) is not None:
            window.seal_dialog.close()

        # ---- export the minutes (Word)
        window.registry["inspection.export_minutes"].trigger()
        qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None
                        and window.export_dialog.isVisible(), timeout=5_000)
        export = window.export_dialog
        out = tmp_path / "xuat" / "bien-ban.docx"
        out.parent.mkdir()
        export.path_edit.setText(str(out))
        export.pdf_check.setChecked(False)
        run_export(qtbot, export)
        assert out.stat().st_size > 10_000
        export.close()

        # ---- sync to a folder (a USB stick)
        stick = tmp_path / "usb"
        stick.mkdir()
        configure_folder(qtbot, window, stick)
        sync_and_wait(qtbot, window, answer_init=True)

        # ---- the office view, then close everything
        window.registry["tools.office"].trigger()
        office = window.office_window
        qtbot.waitUntil(lambda: not office._waiting, timeout=15_000)
        assert office.dashboard.provinces.rowCount() == 1
        office.close()
        qtbot.waitUntil(lambda: window.office_window is None)
        iid = ws.record.id
        window.close()

        assert uncaught == [] and shown_errors == [] and error_dialogs() == []
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
        assert record.inspection.status is InspectionStatus.FINALIZED and store.verify_seal(iid) == []
        assert len(record.findings) == len(template.items_for_inspection(record.inspection.day)) and record.recommendations[0].item_ids == (failing,)
