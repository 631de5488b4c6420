"""The live probe tab, driven through the real window against real fake portals on 127.0.0.1
(HTTP, and HTTPS with a trustme CA given as a custom CA file): run with live progress, cancel a
slow run, apply one item and then all, and read the real database back."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from uihelpers import ACTOR, PHU_THO, open_in_window

from inspector.domain import EvidenceSource, FindingStatus
from inspector.storage import Store
from ui.pages import workspace as workspace_module

from portal_server import PortalServer, Resp, build_portal, server_context

HOIDAP = "nd43.d15.hoidap"  # link "Hỏi đáp" + a question form: Met on the compliant portal


def _create(db_path: Path, nd43, portal_url: str, *, note: str = "", finalize: bool = False,
            unit: str = "Sở Thông tin và Truyền thông tỉnh Phú Thọ") -> str:
    with Store.open(db_path) as store:
        iid = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit=unit, actor=ACTOR,
                                      portal_url=portal_url).id
        if note:
            store.record_finding(iid, HOIDAP, actor=ACTOR, note=note)
        if finalize:
            store.finalize(iid, actor=ACTOR)
    return iid


def _panel(qtbot, window, iid: str):
    ws = open_in_window(qtbot, window, iid)
    window.registry["inspection.probe"].trigger()  # Inspection › Probe the portal…
    panel = ws.tab_widgets["probe"]
    assert ws.tabs.currentWidget() is panel and panel.run_button.isEnabled()
    return ws, panel


def _run(qtbot, panel, *, timeout: int = 30_000) -> None:
    with qtbot.waitSignal(panel.run_finished, timeout=timeout, check_params_cb=lambda o: o == "done"):
        panel.run_button.click()


def _row_text(panel, item_id: str, column: str) -> str:
    from ui.pages.probe_tab import COL

    return panel.table.item(panel.row_of(item_id), COL[column]).text()


def _message_box() -> QMessageBox:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


def test_run_shows_progress_and_results_then_apply_one_and_all(qtbot, make_window, db_path, nd43, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(workspace_module.WorkspacePage, "open_external",
                        staticmethod(lambda p: opened.append(p) or True))  # no viewer program here
    with PortalServer(build_portal("compliant")) as server:
        iid = _create(db_path, nd43, server.url, note="Đoàn đã xem mục Hỏi đáp trên máy của đơn vị.")
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        assert panel.portal_url.text() == server.url  # from the inspection record
        seen: list[int] = []
        statuses: list[str] = []
        panel.progress.valueChanged.connect(lambda _v: seen.append(panel.progress.value()))
        panel.progress.valueChanged.connect(lambda _v: statuses.append(panel.status.text()))
        with qtbot.waitSignal(panel.run_finished, timeout=30_000, check_params_cb=lambda o: o == "done"):
            panel.run_button.click()
            assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
            assert not panel.portal_url.isEnabled()  # the address cannot change under a running probe
        hits = len(server.hits)
    # live progress: the pages arrived one by one; at the end every page is listed with its status
    run = panel.current().run
    assert panel.fetched.count() == len(run.pages) and panel.fetched.item(0).text() == f"200  {server.url}"
    assert len(seen) >= 3 and panel.progress.value() == panel.progress.maximum()
    # … then each item being checked ("Đang đánh giá mục 5.5 (12/57)")
    assert any(t.startswith("Đang đánh giá mục ") for t in statuses)
    assert hits > 5 and all(h.startswith("/") for h in server.hits)
    from inspector.probe.plan import item_specs

    probed = [i for i, _ in item_specs(nd43)]  # offline items (plans, monitoring…) are not probed
    assert panel.table.rowCount() == len(probed) and "nd43.d27.2" not in probed
    assert _row_text(panel, HOIDAP, "verdict").startswith("Có")  # "Found" in Vietnamese
    assert _row_text(panel, HOIDAP, "proposed") == "Đạt"
    assert _row_text(panel, HOIDAP, "current") == "Chưa trả lời"
    assert _row_text(panel, HOIDAP, "url").startswith(server.url)
    assert _row_text(panel, HOIDAP, "http") == "200" and float(_row_text(panel, HOIDAP, "time")) >= 0
    assert "Hỏi đáp" in _row_text(panel, HOIDAP, "snippet")
    assert window.registry["inspection.probe"].isEnabled()

    # -- apply one item: the inspector's note is kept, the probe's note goes below it
    button = panel.table.findChild(QPushButton, f"probe-apply-{HOIDAP}")
    window.save_indicator.set_state("saved", datetime(2000, 1, 1, tzinfo=UTC))  # an old mark
    with qtbot.waitSignal(panel.changes_saved, timeout=10_000):
        button.click()
    assert window.save_indicator.state == "saved" and window.save_indicator.saved_at.year > 2000
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
    finding = record.findings[HOIDAP]
    assert finding.status is FindingStatus.MET
    assert finding.note.startswith("Đoàn đã xem mục Hỏi đáp trên máy của đơn vị.\n\n[Kiểm tra tự động")
    probe_files = [e for e in record.evidence if e.source is EvidenceSource.PROBE]
    pages = [e for e in probe_files if e.file_name.endswith(".html")]
    assert pages and all(e.file_name in finding.note for e in pages)  # the note names its files
    assert len([e for e in probe_files if e.file_name.endswith(".json")]) == 1
    assert len(record.findings) == 1  # nothing else was touched
    assert ws.findings[HOIDAP].status is FindingStatus.MET  # the checklist shows it
    assert ws.tree_model.index_of_item(HOIDAP).isValid()
    assert ws.tabs.currentWidget() is panel  # the inspector stays on the results
    assert _row_text(panel, HOIDAP, "current") == "Đạt" and not button.isEnabled()
    assert button.text() == "Đã áp dụng"
    assert window.save_indicator.state == "saved"

    # -- the table links to the evidence: open the page the verdict rests on
    panel.table.selectRow(panel.row_of(HOIDAP))
    names = [panel.evidence_list.item(i).text() for i in range(panel.evidence_list.count())]
    assert sorted(names) == sorted(e.file_name for e in pages)
    panel.evidence_list.setCurrentRow(0)
    panel.open_evidence_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert any(opened[0].read_bytes() == p.body for p in panel.current().run.pages)

    # -- apply all: a list of current → proposed; everything unanswered is ticked
    pending = panel.pending()
    assert HOIDAP not in {p.item_id for p in pending} and len(pending) > 10
    panel.apply_all_button.click()
    dialog = panel.apply_dialog
    assert dialog.list.count() == len(pending) and len(dialog.chosen()) == len(pending)
    assert "→" in dialog.list.item(0).text()
    with qtbot.waitSignal(panel.changes_saved, timeout=20_000):
        dialog.apply_button.click()
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
    for proposal in pending:
        saved = record.findings[proposal.item_id]
        if proposal.status is not None:
            assert saved.status is proposal.status, proposal.item_id
        else:
            assert saved.value == proposal.value, proposal.item_id
        assert "[Kiểm tra tự động" in saved.note
    # a page is one file, however many items used it
    urls = [e.url for e in record.evidence if e.source is EvidenceSource.PROBE and e.file_name.endswith(".html")]
    assert len(urls) == len(set(urls))
    assert record.findings[HOIDAP].note.count("[Kiểm tra tự động") == 1  # not applied twice
    assert not panel.apply_all_button.isEnabled() and panel.pending() == []
    # rows without a proposal say so, and cannot be clicked
    empty = next(p for p in panel.current().run.proposals if p.status is None and p.value is None)
    nothing = panel.table.findChild(QPushButton, f"probe-apply-{empty.item_id}")
    assert not nothing.isEnabled() and nothing.text() == "Không có đề xuất" and nothing.toolTip()

    # another inspection shows no results; back to this one, the last run is there again (kept in
    # memory for the session: the core stores what was applied, not the runs)
    other = _create(db_path, nd43, "", unit="Sở Khoa học và Công nghệ tỉnh Phú Thọ")
    open_in_window(qtbot, window, other)
    assert panel.table.rowCount() == 0 and panel.current() is None
    open_in_window(qtbot, window, iid)
    assert panel.table.rowCount() == len(probed) and panel.current().run is run
    assert not panel.table.findChild(QPushButton, f"probe-apply-{HOIDAP}").isEnabled()


def test_cancel_stops_a_slow_portal_promptly_and_changes_nothing(qtbot, make_window, db_path, nd43):
    with PortalServer(build_portal("compliant"), delay=1.0) as server:
        iid = _create(db_path, nd43, server.url)
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        panel.run_button.click()
        qtbot.waitUntil(lambda: panel.fetched.count() >= 1, timeout=10_000)  # the home page arrived
        assert "1" in panel.status.text()
        started = time.monotonic()
        with qtbot.waitSignal(panel.run_finished, timeout=5_000, check_params_cb=lambda o: o == "cancelled"):
            panel.cancel_button.click()
        stopped = time.monotonic() - started
        time.sleep(0.3)  # a request already on the wire when the stop came may still be logged
        hits = len(server.hits)
        time.sleep(1.5)  # longer than the portal's delay: a crawl still running would ask for more
        assert len(server.hits) == hits
    assert stopped < 1.0, stopped
    assert panel.table.rowCount() == 0 and panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert "dừng" in panel.status.text()
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
    assert record.findings == {} and record.evidence == ()


def test_opening_another_inspection_or_closing_the_window_while_running_is_safe(qtbot, make_window, db_path, nd43):
    with PortalServer(build_portal("compliant"), delay=1.0) as server:
        first = _create(db_path, nd43, server.url)
        second = _create(db_path, nd43, "", unit="Sở Khoa học và Công nghệ tỉnh Phú Thọ")
        window = make_window()
        ws, panel = _panel(qtbot, window, first)
        panel.run_button.click()
        qtbot.waitUntil(lambda: panel.fetched.count() >= 1, timeout=10_000)
        task = panel.task
        with qtbot.waitSignal(task.finished, timeout=5_000):
            open_in_window(qtbot, window, second)
        assert task.outcome == "cancelled" and panel.task is None and panel.table.rowCount() == 0
        # the other inspection has no portal address: the province's one is filled in
        qtbot.waitUntil(lambda: panel.portal_url.text() == "https://phutho.gov.vn", timeout=5_000)

        open_in_window(qtbot, window, first)
        panel.run_button.click()
        qtbot.waitUntil(lambda: panel.fetched.count() >= 1, timeout=10_000)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 5
        time.sleep(0.3)  # requests already on the wire may still be logged
        hits = len(server.hits)
        time.sleep(1.5)
        assert len(server.hits) == hits  # the run stopped with the window
    with Store.open(db_path) as store:
        assert store.load_inspection(first).findings == {}


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def test_https_portal_through_a_custom_ca_file(qtbot, make_window, db_path, nd43, ca, tmp_path):
    ca_file = tmp_path / "ca-quoc-gia.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    cert = ca.issue_cert("localhost", "127.0.0.1")
    with PortalServer(build_portal("compliant"), tls=server_context(cert)) as server:
        url = server.url_for("/", host="localhost")
        iid = _create(db_path, nd43, url)
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        assert panel.ca_file.text() == ""
        _run(qtbot, panel)  # without the CA: the certificate is refused, never ignored
        assert "chứng thư" in panel.status.text()
        assert _row_text(panel, HOIDAP, "proposed") == "Chưa xác định — cần kiểm tra"
        assert _row_text(panel, HOIDAP, "verdict").startswith("Chưa xác định")
        panel.ca_file.setText(str(ca_file))
        _run(qtbot, panel)
    assert _row_text(panel, HOIDAP, "proposed") == "Đạt"
    assert _row_text(panel, "attt.5", "url").startswith("https://localhost:")
    assert window.settings.probe_ca_file == str(ca_file)  # remembered for the next probe
    from ui.settings import load_settings

    assert load_settings().probe_ca_file == str(ca_file)


def test_portal_markup_shows_as_plain_text_and_finalized_cannot_apply(qtbot, make_window, db_path, nd43):
    routes = build_portal("compliant")
    hostile = "&lt;b&gt;Hỏi đáp&lt;/b&gt;&lt;img src=x onerror=alert(1)&gt;"
    routes["/"] = Resp(body=routes["/"].body.replace(">Hỏi đáp</a>", f">{hostile}</a>"),
                       headers=routes["/"].headers)
    with PortalServer(routes) as server:
        iid = _create(db_path, nd43, server.url, finalize=True)
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        _run(qtbot, panel)
    snippet = _row_text(panel, HOIDAP, "snippet")
    assert "<b>Hỏi đáp</b><img src=x onerror=alert(1)>" in snippet  # literally, brackets and all
    panel.table.selectRow(panel.row_of(HOIDAP))
    assert "<b>Hỏi đáp</b><img src=x onerror=alert(1)>" in panel.details.toPlainText()
    from PySide6.QtCore import Qt

    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel))
    # the table paints with Qt's default delegate (plain text); no column has a rich-text one
    assert all(panel.table.itemDelegateForColumn(c) is None for c in range(panel.table.columnCount()))
    # finalized: the results can be read, not applied
    assert panel.finalized_note.isVisible()
    assert not panel.apply_all_button.isEnabled()
    button = panel.table.findChild(QPushButton, f"probe-apply-{HOIDAP}")
    assert not button.isEnabled()
    panel.apply_items([HOIDAP])  # even called directly: nothing is written
    with Store.open(db_path) as store:
        assert store.load_inspection(iid).findings == {}


def test_bad_address_and_bad_ca_file_are_plain_sentences(qtbot, make_window, db_path, nd43, tmp_path):
    from ui.errors import ErrorDialog

    iid = _create(db_path, nd43, "ftp://phutho.gov.vn/")  # refused before any connection is made
    window = make_window()
    ws, panel = _panel(qtbot, window, iid)

    def run_and_read_error() -> str:
        with qtbot.waitSignal(panel.run_finished, timeout=10_000, check_params_cb=lambda o: o == "failed"):
            panel.run_button.click()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible())
        text = dialog.message.text()
        dialog.close()
        return text

    assert run_and_read_error() == ("Không kiểm tra được địa chỉ ftp://phutho.gov.vn/: chỉ kiểm tra được địa chỉ "
                                    "bắt đầu bằng http:// hoặc https://.")
    junk = tmp_path / "khong-phai-chung-thu.pem"
    junk.write_text("không phải chứng thư", encoding="utf-8")
    panel.portal_url.setText("127.0.0.1:9")  # no scheme: https:// is assumed
    panel.ca_file.setText(str(junk))
    assert panel.address() == "https://127.0.0.1:9"
    assert str(junk) in run_and_read_error()
    assert panel.table.rowCount() == 0 and panel.run_button.isEnabled()


def test_english_interface_shows_english_results_and_still_stores_vietnamese_notes(qtbot, make_window, db_path, nd43):
    from inspector.probe.describe import REASON_EN, REASON_VI, SIGNAL_VI, describe_check
    from ui.pages.probe_tab import primary_check

    with PortalServer(build_portal("compliant")) as server:
        iid = _create(db_path, nd43, server.url)
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        _run(qtbot, panel)
    check = primary_check(panel.current().run.proposal(HOIDAP))
    assert _row_text(panel, HOIDAP, "verdict") == f"Có — {REASON_VI[check.reason]}"
    panel.table.selectRow(panel.row_of(HOIDAP))
    assert "Đề xuất: Đạt — mọi dấu hiệu đều có" in panel.details.toPlainText()
    assert panel.status.text().startswith("Đã kiểm tra")

    window.registry["tools.language"].trigger()  # Ctrl+Shift+L: the results already shown follow
    qtbot.waitUntil(lambda: _row_text(panel, HOIDAP, "verdict").startswith("Found"), timeout=5_000)
    assert _row_text(panel, HOIDAP, "verdict") == f"Found — {REASON_EN[check.reason]}"
    assert _row_text(panel, HOIDAP, "proposed") == "Met"
    details = panel.details.toPlainText()
    assert "Proposed: Met — every signal is present" in details and "Đề xuất" not in details
    assert "• Link/menu: Found — " in details
    assert panel.status.text().startswith("Probed ") and "trang" not in panel.status.text()
    # every row's verdict is English wording (what came from the portal is in other columns)
    verdicts = [panel.table.item(row, 2).text() for row in range(panel.table.rowCount())]
    assert all(v.split(" — ")[0] in ("Found", "Not found", "Inconclusive") for v in verdicts)
    assert not any(ch in "ảạấầẩẫậăắằẳẵặđếềểễệỉịốồổỗộơớờởỡợủụứừửữựỳỵỷỹ" for v in verdicts for ch in v.lower())

    # applied in the English interface: the note stored with the finding is Vietnamese, as in the minutes
    button = panel.table.findChild(QPushButton, f"probe-apply-{HOIDAP}")
    assert button.text() == "Apply"
    with qtbot.waitSignal(panel.changes_saved, timeout=10_000):
        button.click()
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
        record_file = next(e for e in record.evidence if e.file_name.endswith(".json"))
        data = json.loads(store.blobs.read(record_file.sha256))
    data = next(i for i in data["items"] if i["item_id"] == HOIDAP)
    note = record.findings[HOIDAP].note
    assert note.startswith("[Kiểm tra tự động ") and "Đề xuất: Đạt — mọi dấu hiệu đều có." in note
    assert f"- Liên kết/menu: Có — {REASON_VI[check.reason]}" in note
    assert "Automatic check" not in note and "Proposed" not in note and "Found" not in note
    proposal = panel.current().run.proposal(HOIDAP)
    assert [c["description_vi"] for c in data["checks"]] == [describe_check(c) for c in proposal.checks]
    assert all(c["description_vi"].split(":")[0] in SIGNAL_VI.values() for c in data["checks"])
    assert _row_text(panel, HOIDAP, "current") == "Met"  # the table, reloaded, is still English

    window.registry["tools.language"].trigger()  # and back
    qtbot.waitUntil(lambda: _row_text(panel, HOIDAP, "verdict").startswith("Có — "), timeout=5_000)
    assert panel.status.text().startswith("Đã kiểm tra")


def test_apply_all_keeps_hand_answers_unless_ticked_and_one_undo_restores_all(qtbot, make_window, db_path, nd43):
    """The inspector decides: an answer given by hand is not replaced unless ticked; Ctrl+Z after
    an apply undoes that whole apply (and nothing else)."""
    search = "nd43.d15.timkiem"  # proposed Đạt on the compliant portal
    with PortalServer(build_portal("compliant")) as server:
        iid = _create(db_path, nd43, server.url)
        with Store.open(db_path) as store:
            store.record_finding(iid, HOIDAP, actor=ACTOR, status=FindingStatus.PARTLY_MET, note="Tự đánh giá")
            store.record_finding(iid, search, actor=ACTOR, status=FindingStatus.NOT_MET)
            store.record_finding(iid, "nd43.d10.1c.2", actor=ACTOR, value=42, note="Giá trị không liên quan")
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        _run(qtbot, panel)
    with Store.open(db_path) as store:
        before = store.load_inspection(iid)
    panel.apply_all_button.click()
    dialog = panel.apply_dialog
    ticks = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole): dialog.list.item(i).checkState()
             for i in range(dialog.list.count())}
    assert ticks[HOIDAP] == Qt.CheckState.Unchecked and ticks[search] == Qt.CheckState.Unchecked
    row = next(dialog.list.item(i).text() for i in range(dialog.list.count())
               if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == HOIDAP)
    assert row.startswith("5.5   Đạt một phần → Đạt   ")  # number, current → proposed, the item
    # the inspector chooses to replace one of the two answered items
    for i in range(dialog.list.count()):
        if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == search:
            dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(panel.changes_saved, timeout=20_000):
        dialog.apply_button.click()
    with Store.open(db_path) as store:
        after = store.load_inspection(iid)
    assert after.findings[HOIDAP].status is FindingStatus.PARTLY_MET  # not ticked: kept
    assert after.findings[HOIDAP].note == "Tự đánh giá"
    assert after.findings[search].status is FindingStatus.MET  # ticked: replaced
    assert len(after.findings) > len(before.findings) + 10
    assert ws.undo_stack.canUndo()
    # one Ctrl+Z (Edit › Undo): the whole apply is undone, the unrelated value stays
    assert window.registry["edit.undo"].isEnabled()
    window.registry["edit.undo"].trigger()
    def restored() -> bool:
        with Store.open(db_path) as store:
            record = store.load_inspection(iid)
        return record.findings[search].status is FindingStatus.NOT_MET and not any(
            f.answered for k, f in record.findings.items() if k not in before.findings)
    qtbot.waitUntil(restored, timeout=10_000)
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
    for item_id, finding in before.findings.items():
        assert (record.findings[item_id].status, record.findings[item_id].value, record.findings[item_id].note) == (
            finding.status, finding.value, finding.note), item_id
    assert not [e for e in record.evidence if e.source is EvidenceSource.PROBE]
    qtbot.waitUntil(lambda: ws.findings[search].status is FindingStatus.NOT_MET, timeout=5_000)  # the checklist too
    assert panel.pending()  # the proposals can be applied again

    # Ctrl+Y (Edit › Redo) puts the same apply back: the same choices (the unticked hand answer
    # stays), the same findings and files as the first time, nothing twice; and it undoes again.
    assert window.registry["edit.redo"].isEnabled()
    window.registry["edit.redo"].trigger()

    def reapplied() -> bool:
        with Store.open(db_path) as store:
            return store.load_inspection(iid).findings[search].status is FindingStatus.MET
    qtbot.waitUntil(reapplied, timeout=10_000)
    with Store.open(db_path) as store:
        redone = store.load_inspection(iid)
    for item_id, finding in after.findings.items():
        assert (redone.findings[item_id].status, redone.findings[item_id].note) == (
            finding.status, finding.note), item_id
    probe_files = sorted((e.sha256, e.url) for e in after.evidence if e.source is EvidenceSource.PROBE)
    assert probe_files and sorted((e.sha256, e.url) for e in redone.evidence
                                  if e.source is EvidenceSource.PROBE) == probe_files
    qtbot.waitUntil(lambda: ws.findings[search].status is FindingStatus.MET, timeout=5_000)
    window.registry["edit.undo"].trigger()
    qtbot.waitUntil(restored, timeout=10_000)


def test_nd42_inspection_starts_on_an_address_and_offline_reads_count_nothing(qtbot, make_window, db_path):
    from inspector.checklists import load_catalog

    nd42 = load_catalog().get("nd42-2022")
    with Store.open(db_path) as store:
        iid = store.create_inspection(template=nd42, province=PHU_THO, inspected_unit="UBND tỉnh Phú Thọ",
                                      actor=ACTOR, portal_url="http://127.0.0.1:9/").id
    window = make_window()
    ws, panel = _panel(qtbot, window, iid)
    assert panel.address() == "http://127.0.0.1:9/"  # the run starts on the portal, which has an address
    _run(qtbot, panel)  # nothing listens on port 9: every page fails
    run = panel.current().run
    assert run.pages and run.pages_read == 0
    assert "0 trang" in panel.status.text()


def test_runs_are_kept_reopened_after_restart_and_compared(qtbot, make_window, db_path, nd43):
    routes = build_portal("compliant")
    with PortalServer(routes) as server:
        iid = _create(db_path, nd43, server.url)
        window = make_window()
        ws, panel = _panel(qtbot, window, iid)
        _run(qtbot, panel)
        qtbot.waitUntil(lambda: panel.runs_box.count() == 1, timeout=10_000)
        del routes["/hoi-dap"]  # the portal changes between two visits
        _run(qtbot, panel)
        qtbot.waitUntil(lambda: panel.runs_box.count() == 2, timeout=10_000)
        second = panel.current().run
        assert panel.compare_button.isEnabled()
        panel.compare_button.click()
        qtbot.waitUntil(lambda: "hoi-dap" in panel.details.toPlainText(), timeout=10_000)
        text = panel.details.toPlainText()
        assert "So sánh với lần kiểm tra" in text and "− " in text
    window.close()
    # after a restart the kept runs are listed and reopen whole, pages included
    window = make_window()
    ws, panel = _panel(qtbot, window, iid)
    qtbot.waitUntil(lambda: panel.runs_box.count() == 2, timeout=10_000)
    # the latest kept run is shown again by itself; an older one can be chosen
    qtbot.waitUntil(lambda: panel.current() is not None, timeout=10_000)
    panel.runs_box.activated.emit(1)
    qtbot.waitUntil(lambda: panel.current().run.started_at != second.started_at, timeout=10_000)
    panel.runs_box.activated.emit(0)
    qtbot.waitUntil(lambda: panel.current().run.started_at == second.started_at, timeout=10_000)
    reopened = panel.current().run
    assert reopened.proposals == second.proposals
    assert [p.body for p in reopened.pages] == [p.body for p in second.pages]
    assert panel.table.rowCount() == len(second.proposals)
    # …and can still be applied: its pages become evidence files
    with qtbot.waitSignal(panel.changes_saved, timeout=10_000):
        panel.table.findChild(QPushButton, "probe-apply-nd43.d15.timkiem").click()
    with Store.open(db_path) as store:
        record = store.load_inspection(iid)
    assert record.findings["nd43.d15.timkiem"].status is FindingStatus.MET
    assert any(e.source is EvidenceSource.PROBE and e.file_name.endswith(".html") for e in record.evidence)
