"""Sync from the desktop window: settings, test connection, Sync now with progress and Cancel, the
safety brake as a question, the password without a keyring, conflicts resolved side by side.

Everything real: the main window on a real SQLite file, a second device as a second database
synced through the core, a real folder target and a real wsgidav server (HTTPS with its own CA)
on 127.0.0.1 (tests/sync_support.py). The keyring is an in-memory backend or keyring's own
"no backend" (`fail`), which is what a computer without a keyring has.
"""

from __future__ import annotations

import base64
import http.server
import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from uihelpers import ACTOR, open_in_window

from inspector import secrets
from inspector.domain import FindingStatus
from inspector.storage import Store, syncstate
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget, list_conflicts, sync_now

from sync_support import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    FaultProxy,
    MemoryKeyring,
    start_webdav,
)

ITEM = "chung.url"


# ------------------------------------------------------------------ fixtures
@pytest.fixture
def webdav(tmp_path):
    server = start_webdav(tmp_path / "webdav")
    yield server
    server.stop()


# ------------------------------------------------------------------- helpers
def ctl(window):
    from ui.features.sync import controller

    return controller(window)


def alive(widget) -> bool:
    try:
        return widget is not None and widget.isVisible()
    except RuntimeError:  # deleted on close
        return False


def wait_dialog(qtbot, window, name: str, timeout: int = 15_000):
    c = ctl(window)
    qtbot.waitUntil(lambda: alive(c.dialog) and c.dialog.objectName() == name, timeout=timeout)
    return c.dialog


def click(box, name: str) -> None:
    box.findChild(QPushButton, name).click()


def open_settings(qtbot, window):
    c = ctl(window)
    c.settings_dialog = None
    window.registry["tools.sync_settings"].trigger()
    qtbot.waitUntil(lambda: alive(c.settings_dialog), timeout=10_000)
    return c.settings_dialog


def save_settings(qtbot, window, dialog) -> None:
    with qtbot.waitSignal(ctl(window).status_changed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def configure_folder(qtbot, window, folder: Path, passphrase: str = "") -> None:
    d = open_settings(qtbot, window)
    d.kind.setCurrentIndex(0)
    d.folder.setText(str(folder))
    d.passphrase.setText(passphrase)
    d.passphrase2.setText(passphrase)
    save_settings(qtbot, window, d)


def configure_webdav(qtbot, window, url: str, password: str, ca_file: Path | None):
    d = open_settings(qtbot, window)
    d.kind.setCurrentIndex(1)
    d.url.setText(url)
    d.user.setText(USER)
    d.password.setText(password)
    d.ca_file.setText(str(ca_file) if ca_file else "")
    return d


def run_test(qtbot, dialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as blocker:
        dialog.test_button.click()
    return tuple(blocker.args)


def start_sync(window) -> None:
    window.registry["tools.sync_now"].trigger()


def sync_and_wait(qtbot, window, outcome: str = "done", answer_init: bool = False) -> None:
    c = ctl(window)
    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        start_sync(window)
        if answer_init:
            click(wait_dialog(qtbot, window, "sync-init"), "go")
    assert blocker.args == [outcome], describe(c)


def describe(c) -> str:
    from ui.sync.texts import describe_sync_error

    return describe_sync_error(c.last_error) if c.last_error else ""


def on_db(qtbot, window, fn):
    """Run `fn(store)` on the window's database lane and return its result."""
    box = {}
    task = window.runner.db(lambda ctx: fn(ctx.store), on_done=lambda r: box.setdefault("r", r))
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert task.outcome == "done", task.error
    return box.get("r")


def device_b(tmp_path: Path, nd43) -> Store:
    return Store.open(tmp_path / "device-b" / "inspector.sqlite3")


# ---------------------------------------------------------------------- tests
def test_folder_sync_conflict_resolved_in_the_ui(qtbot, make_window, seeded, tmp_path, nd43, no_keyring):
    target = tmp_path / "usb"
    target.mkdir()
    window = make_window()
    c = ctl(window)
    # "Chưa thiết lập đồng bộ": not set up yet (shown right after the list: the sync modules load then)
    qtbot.waitUntil(lambda: "chưa" in c.label.text().lower(), timeout=5_000)

    configure_folder(qtbot, window, target)
    sync_and_wait(qtbot, window, answer_init=True)  # an empty folder: "create a new sync folder here?"
    assert (target / "inspector-sync.json").is_file()
    qtbot.waitUntil(lambda: ": xong, " in c.label.text(), timeout=5_000)  # "Lần đồng bộ gần nhất …: xong, …"

    # The second device (another laptop, its own database) takes the inspection and edits an item.
    settings = SyncSettings(FolderTarget(target), "Trần Thị Bình")
    with device_b(tmp_path, nd43) as b:
        sync_now(b, settings)
        assert [i.id for i in b.list_inspections()] == [seeded]
        b.record_finding(seeded, ITEM, actor="Trần Thị Bình", status=FindingStatus.NOT_MET,
                         note="Cổng chưa có tên miền .gov.vn", figures={"so_trang": 12})
        sync_now(b, settings)

    # Meanwhile on this laptop, the same item is answered with the keyboard.
    ws = open_in_window(qtbot, window, seeded)
    ws.select_item(ITEM)
    ws.tree.setFocus()
    qtbot.keyClick(ws.tree, Qt.Key.Key_1)
    assert ws.findings[ITEM].status is FindingStatus.MET

    sync_and_wait(qtbot, window)
    prompt = wait_dialog(qtbot, window, "sync-conflicts-prompt")
    assert "1" in prompt.text()
    # the open inspection was reloaded: its item pane says there are two versions
    qtbot.waitUntil(lambda: ws.item_pane.conflict.isVisible(), timeout=10_000)
    assert "Trần Thị Bình" in ws.item_pane.conflict.text()
    qtbot.waitUntil(lambda: "1 xung đột" in c.label.text(), timeout=5_000)
    assert window.registry["tools.sync_conflicts"].text().endswith("(1)")
    window.toggle_language()  # in English too, and the count survives the menus' retranslation
    qtbot.waitUntil(lambda: c.label.text().startswith("Last sync ") and "conflicts: 1" in c.label.text(), timeout=5_000)
    assert window.registry["tools.sync_conflicts"].text() == "Sync con&flicts… (1)"
    window.toggle_language()
    qtbot.waitUntil(lambda: window.registry["tools.sync_conflicts"].text() == "&Xung đột đồng bộ… (1)", timeout=5_000)

    prompt.buttons()[0].click()  # "Review conflicts"
    qtbot.waitUntil(lambda: alive(c.conflicts_dialog), timeout=10_000)
    dialog = c.conflicts_dialog
    qtbot.waitUntil(lambda: len(dialog.rows) == 1 and len(dialog.keep_buttons) == 2, timeout=10_000)
    row = dialog.table.topLevelItem(0)
    assert row.text(0) == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
    assert row.text(1).startswith("1.1 ")  # the item's number and text
    assert "Trần Thị Bình" in row.text(2) and ACTOR in row.text(2)
    texts = [v.toPlainText() for v in dialog.version_views]
    bình = next(i for i, v in enumerate(dialog.rows[0].conflict.versions) if v.actor == "Trần Thị Bình")
    assert "Không đạt" in texts[bình] and "Cổng chưa có tên miền .gov.vn" in texts[bình]
    assert "so_trang = 12" in texts[bình]
    assert "Đạt" in texts[1 - bình] and "≠ " in texts[1 - bình]  # differing fields are marked

    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.keep_buttons[bình].click()
    qtbot.waitUntil(lambda: not dialog.rows and dialog.empty.isVisible(), timeout=10_000)
    finding = on_db(qtbot, window, lambda s: s.load_inspection(seeded).findings[ITEM])
    assert finding.status is FindingStatus.NOT_MET and finding.note == "Cổng chưa có tên miền .gov.vn"
    assert on_db(qtbot, window, lambda s: s.divergent_records()) == []
    qtbot.waitUntil(lambda: "xung đột" not in c.label.text(), timeout=10_000)
    assert not window.registry["tools.sync_conflicts"].text().endswith(")")
    qtbot.waitUntil(lambda: ws.findings[ITEM].status is FindingStatus.NOT_MET and not ws.item_pane.conflict.isVisible(),
                    timeout=10_000)
    dialog.reject()

    # The resolution travels like any edit: the other laptop ends with the same answer, no conflict.
    sync_and_wait(qtbot, window)
    with device_b(tmp_path, nd43) as b:
        sync_now(b, settings)
        assert b.load_inspection(seeded).findings[ITEM].status is FindingStatus.NOT_MET
        assert list_conflicts(b) == []


def test_webdav_settings_test_connection_and_keyring(qtbot, make_window, seeded, webdav, memory_keyring,
                                                     tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_LOG_LEVEL", "DEBUG")  # the strictest log: still no password in it
    window = make_window()
    c = ctl(window)
    d = configure_webdav(qtbot, window, webdav.url, "sai-mật-khẩu", webdav.ca_file)
    qtbot.waitUntil(lambda: d.ca_file.height() >= d.ca_file.sizeHint().height() - 2)  # the page has room
    assert d.remember.isVisible() and not d.keyring_note.isVisible()
    ok, text = run_test(qtbot, d)
    assert not ok and text == "Máy chủ từ chối tên đăng nhập hoặc mật khẩu."
    d.password.setText(PASSWORD)
    ok, text = run_test(qtbot, d)
    assert ok and "chưa có dữ liệu đồng bộ" in text
    d.ca_file.setText("")  # without the office's CA, the server's certificate is not trusted
    ok, text = run_test(qtbot, d)
    assert not ok and "không được máy tính này tin cậy" in text
    d.ca_file.setText(str(webdav.ca_file))
    save_settings(qtbot, window, d)
    name = secrets.webdav_secret_name(webdav.url, USER)
    assert memory_keyring.store[(secrets.SERVICE, name)] == PASSWORD

    sync_and_wait(qtbot, window, answer_init=True)  # no password asked: it is in the keyring
    assert (webdav.root / "inspector-sync.json").is_file()
    assert any(p.name.endswith(".pack") for p in (webdav.root / "packs").iterdir())
    sync_and_wait(qtbot, window)  # nothing new: still fine
    result = on_db(qtbot, window, lambda s: syncstate.last_result(s, WebDAVTarget(webdav.url, USER).location)[2])
    assert result["ok"] is True

    # A changed password on the server: the keyring's copy is refused, the user is asked, the new one is kept.
    memory_keyring.store[(secrets.SERVICE, name)] = "mật khẩu cũ"
    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        start_sync(window)
        ask = wait_dialog(qtbot, window, "sync-secret")
        assert "từ chối" in ask.message.text() and ask.remember.isVisible() and ask.remember.isChecked()
        ask.field.setText(PASSWORD)
        ask.accept()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: memory_keyring.store[(secrets.SERVICE, name)] == PASSWORD, timeout=5_000)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert_no_secret_in_files(tmp_path, PASSWORD)


def test_no_keyring_asks_for_the_password_at_each_sync(qtbot, make_window, seeded, webdav, no_keyring, tmp_path):
    window = make_window()
    c = ctl(window)
    d = configure_webdav(qtbot, window, webdav.url, PASSWORD, webdav.ca_file)
    assert d.keyring_note.isVisible() and not d.remember.isVisible()
    assert "không có kho khóa" in d.keyring_note.text()
    save_settings(qtbot, window, d)
    sync_and_wait(qtbot, window, answer_init=True)  # the password typed in the settings serves this sync

    # Next sync: nothing remembered it, so the password is asked, with the plain reason why.
    start_sync(window)
    ask = wait_dialog(qtbot, window, "sync-secret")
    assert ask.no_keyring.isVisible() and not ask.remember.isVisible()
    ask.field.setText("sai")
    ask.accept()
    again = wait_dialog(qtbot, window, "sync-secret")  # refused: asked again, saying so
    assert again is not ask or again.isVisible()
    assert "từ chối" in again.message.text()
    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        again.field.setText(PASSWORD)
        again.accept()
    assert blocker.args == ["done"]
    assert c._pending == {}

    start_sync(window)  # and again at the following sync
    ask = wait_dialog(qtbot, window, "sync-secret")
    with qtbot.waitSignal(c.sync_finished, timeout=10_000) as blocker:
        ask.reject()
    assert blocker.args == ["stopped"]
    window.close()
    assert_no_secret_in_files(tmp_path, PASSWORD)


def assert_no_secret_in_files(root: Path, password: str) -> None:
    """Neither the password nor the Basic-auth header made from it is in any file: logs, the
    QSettings file, the database (and its WAL), the data folder."""
    needles = [password.encode(), base64.b64encode(f"{USER}:{password}".encode())]
    from ui.settings import AppSettings, save_settings

    save_settings(AppSettings(inspector_name=ACTOR))  # the QSettings file exists, whatever the test did
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)  # the places that matter exist
    assert any(p.is_relative_to(root / "config") for p in files)
    assert any(p.name == "inspector.sqlite3" for p in files)
    for p in files:
        data = p.read_bytes()
        for needle in needles:
            assert needle not in data, p


def test_connection_sentences(qtbot, make_window, tmp_path, no_keyring):
    window = make_window()
    # a web server that is not a WebDAV server
    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    web.RequestHandlerClass.log_message = lambda *a: None
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        d = configure_webdav(qtbot, window, f"http://127.0.0.1:{web.server_address[1]}/dav/", "x", None)
        ok, text = run_test(qtbot, d)
        assert not ok and "không phải máy chủ WebDAV" in text
    finally:
        web.shutdown()
        web.server_close()
    d.url.setText("http://127.0.0.1:1/dav/")  # nothing listens there
    ok, text = run_test(qtbot, d)
    assert not ok and "Không kết nối được tới máy chủ" in text
    d.url.setText("http://example.org/dav/")  # a password over plain http to another host: refused before any request
    ok, text = run_test(qtbot, d)
    assert not ok and "https://" in text
    d.kind.setCurrentIndex(0)
    d.folder.setText(str(tmp_path / "not-plugged-in"))
    ok, text = run_test(qtbot, d)
    assert not ok and "không tồn tại" in text
    (tmp_path / "usb").mkdir()
    d.folder.setText(str(tmp_path / "usb"))
    ok, text = run_test(qtbot, d)
    assert ok and "chưa có dữ liệu đồng bộ" in text
    d.reject()


def test_encrypted_folder_passphrase(qtbot, make_window, seeded, tmp_path, memory_keyring, nd43):
    target = tmp_path / "usb"
    target.mkdir()
    window = make_window()
    configure_folder(qtbot, window, target, passphrase="cụm mật khẩu dài")
    sync_and_wait(qtbot, window, answer_init=True)
    fmt = (target / "inspector-sync.json").read_text()
    assert '"encryption": {' in fmt
    assert not any(b"Ph\xc3\xba Th\xe1\xbb\x8d" in p.read_bytes() for p in target.rglob("*") if p.is_file())
    # kept in the keyring: the next sync asks nothing
    name = secrets.passphrase_secret_name(FolderTarget(target).location)
    assert memory_keyring.store[(secrets.SERVICE, name)] == "cụm mật khẩu dài"
    sync_and_wait(qtbot, window)
    d = open_settings(qtbot, window)
    d.passphrase.setText("sai")
    d.passphrase2.setText("sai")
    ok, text = run_test(qtbot, d)
    assert not ok and text == "Cụm mật khẩu của thư mục mã hóa này không đúng."
    d.reject()


def test_cancel_mid_sync_then_the_next_sync_completes(qtbot, make_window, seeded, db_path, tmp_path, memory_keyring,
                                                      nd43):
    with Store.open(db_path) as store:
        for n in range(8):
            store.add_evidence(seeded, bytes([n]) * 50_000, f"anh-{n}.png", "image/png", item_id=ITEM, actor=ACTOR)
    backend = start_webdav(tmp_path / "webdav", tls=False)
    proxy = FaultProxy(backend.port, rate=0)
    proxy.choose = lambda: time.sleep(0.15)  # every request takes a while: there is time to press Cancel
    try:
        window = make_window()
        c = ctl(window)
        d = configure_webdav(qtbot, window, proxy.url, PASSWORD, None)
        save_settings(qtbot, window, d)
        with qtbot.waitSignal(c.sync_finished, timeout=60_000) as blocker:
            start_sync(window)
            click(wait_dialog(qtbot, window, "sync-init"), "go")
            qtbot.waitUntil(lambda: alive(c.progress) and "minh chứng" in c.progress.label.text(), timeout=30_000)
            c.progress.cancel_button.click()
        assert blocker.args == ["cancelled"]
        assert not alive(c.progress)
        location = WebDAVTarget(proxy.url, USER).location
        result = on_db(qtbot, window, lambda s: syncstate.last_result(s, location)[2])
        assert result == {"ok": False, "error": "cancelled"}
        qtbot.waitUntil(lambda: "đã hủy" in c.label.text(), timeout=5_000)
        uploaded = len(list((backend.root / "blobs").rglob("*"))) if (backend.root / "blobs").exists() else 0
        assert not (backend.root / "packs").exists() or not any((backend.root / "packs").iterdir())

        proxy.choose = lambda: None
        sync_and_wait(qtbot, window)
        blobs = [p for p in (backend.root / "blobs").rglob("*") if p.is_file()]
        assert len(blobs) == 8 and uploaded < 8 + 3
        with device_b(tmp_path, nd43) as b:
            sync_now(b, SyncSettings(WebDAVTarget(backend.url, USER), "B"), password=PASSWORD)
            record = b.load_inspection(seeded)
            assert len(record.evidence) == 8
            assert all(b.blobs.has(e.sha256) for e in record.evidence)

        # Closing the window in the middle of a sync stops it at its next step; nothing is lost.
        on_db(qtbot, window, lambda s: [s.add_evidence(seeded, bytes([n]) * 40_000, f"scan-{n}.pdf", "application/pdf",
                                                       item_id=ITEM, actor=ACTOR) for n in range(100, 106)])
        proxy.choose = lambda: time.sleep(0.15)
        start_sync(window)
        qtbot.waitUntil(lambda: alive(c.progress) and "minh chứng" in c.progress.label.text(), timeout=30_000)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 5
    finally:
        proxy.stop()
        backend.stop()
    with Store.open(db_path) as store:
        assert syncstate.last_result(store, location)[2] == {"ok": False, "error": "cancelled"}
        assert len(store.load_inspection(seeded).evidence) == 14


def test_safety_brake_is_a_question(qtbot, make_window, seeded, tmp_path, no_keyring, nd43):
    target = tmp_path / "usb"
    target.mkdir()
    window = make_window()
    c = ctl(window)
    configure_folder(qtbot, window, target)
    sync_and_wait(qtbot, window, answer_init=True)
    for p in sorted(target.rglob("*"), reverse=True):  # someone emptied the stick
        p.unlink() if p.is_file() else p.rmdir()

    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        start_sync(window)
        brake = wait_dialog(qtbot, window, "sync-brake")
        assert "trống" in brake.text() and "chưa thay đổi gì" in brake.text()
        assert brake.defaultButton().objectName() == "stop"  # Enter does not pass the brake
        click(brake, "stop")
    assert blocker.args == ["stopped"]
    assert list(target.iterdir()) == []  # nothing was written

    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        start_sync(window)
        click(wait_dialog(qtbot, window, "sync-brake"), "go")
    assert blocker.args == ["done"]
    assert (target / "inspector-sync.json").is_file() and any((target / "packs").iterdir())

    # Another stick in the same drive: a sync target with another identity.
    shutil.rmtree(target)
    target.mkdir()
    with device_b(tmp_path, nd43) as b:
        sync_now(b, SyncSettings(FolderTarget(target), "B"), init=True)
    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        start_sync(window)
        brake = wait_dialog(qtbot, window, "sync-brake")
        assert "không phải nơi đồng bộ mà máy này từng dùng" in brake.text()
        click(brake, "go")
    assert blocker.args == ["done"]
    with device_b(tmp_path, nd43) as b:
        sync_now(b, SyncSettings(FolderTarget(target), "B"))
        assert [i.id for i in b.list_inspections()] == [seeded]


def test_sync_without_settings_opens_them_and_demo_has_no_sync(qtbot, make_window, tmp_path, no_keyring):
    window = make_window()
    c = ctl(window)
    start_sync(window)
    qtbot.waitUntil(lambda: alive(c.settings_dialog), timeout=10_000)
    d = c.settings_dialog
    d.folder.setText("")
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert d.isVisible() and d.form_error.isVisible()  # a folder is needed: the dialog stays
    (tmp_path / "usb").mkdir()
    d.folder.setText(str(tmp_path / "usb"))
    with qtbot.waitSignal(c.sync_finished, timeout=30_000) as blocker:
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # saved, then the sync it was opened for
        click(wait_dialog(qtbot, window, "sync-init"), "go")
    assert blocker.args == ["done"]

    # The sample data never syncs (it must not reach the office).
    with qtbot.waitSignal(window.inspection_opened, timeout=20_000):
        window.open_demo()
    qtbot.waitUntil(lambda: c.label.text() == "Không đồng bộ dữ liệu mẫu", timeout=5_000)
    start_sync(window)
    assert alive(c.dialog) and "dữ liệu mẫu" in c.dialog.text()
    assert not (tmp_path / "usb" / "packs").exists()  # the database was empty; the sample data did not go


def test_a_sync_refreshes_an_open_office_view(qtbot, make_window, seeded, tmp_path, nd43, no_keyring):
    from test_ui_office import open_office

    target = tmp_path / "usb"
    target.mkdir()
    window = make_window()
    configure_folder(qtbot, window, target)
    sync_and_wait(qtbot, window, answer_init=True)
    office = open_office(qtbot, window)
    qtbot.waitUntil(lambda: office.mark is not None, timeout=10_000)
    refreshed = []
    read_again = office.refresh
    office.refresh = lambda *args: (refreshed.append(True), read_again(*args))[1]

    settings = SyncSettings(FolderTarget(target), "Trần Thị Bình")
    with device_b(tmp_path, nd43) as b:
        sync_now(b, settings)
        b.record_finding(seeded, ITEM, actor="Trần Thị Bình", status=FindingStatus.NOT_MET)
        sync_now(b, settings)
    sync_and_wait(qtbot, window)  # the office window stays where it is: no focus change to trigger it
    qtbot.waitUntil(lambda: bool(refreshed), timeout=10_000)
    mark = on_db(qtbot, window, lambda store: store.change_mark())
    qtbot.waitUntil(lambda: office.mark == mark, timeout=10_000)
    del office.refresh  # the window disconnects its own method when it closes


def test_new_brake_questions_and_words_in_both_languages():
    """Issue 17: the deleting device is asked too; a refused read and a damaged pack are named."""
    from inspector.errors import SafetyBrakeError, SyncError
    from ui.i18n import install_language
    from ui.sync import texts

    outgoing = SafetyBrakeError("folder:/x", "mass-delete-outgoing", "", {"deletions": 12, "records": 13})
    other = SafetyBrakeError("folder:/x", "different-target", "", {"was": "a", "now": "b"})
    q = texts.brake_question(outgoing)
    assert "12 trong số 13 bản ghi đã bị xóa trên máy này" in q and "chưa thay đổi gì" in q
    assert "đơn vị khác" in texts.brake_question(other)
    assert texts.failure_word({"error": "mass-delete-outgoing"}) == texts.failure_word({"error": "mass-delete"})
    assert texts.failure_word({"error": "forbidden-read"}) == "không có quyền đọc"
    assert "quyền đọc" in texts.describe_sync_error(SyncError("x", "forbidden-read"))
    assert "1 tệp hỏng" in texts.report_text({"imported": 1, "pushed": 2, "damaged_packs": ["ab.pack"]})
    install_language("en")
    assert "12 of the 13 records were deleted on this computer" in texts.brake_question(outgoing)
    assert "another office" in texts.brake_question(other)
    assert texts.failure_word({"error": "forbidden-read"}) == "not allowed to read"
    assert "1 damaged files on the target set aside" in texts.report_text({"damaged_packs": ["ab.pack"]})
