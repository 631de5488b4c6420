"""Secrets in the keyring only, TLS verified, encrypted folders, and the request budget of a sync."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from inspector import secrets
from inspector.errors import CertificateError, PassphraseError, SyncError
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget, check_connection, sync_now
from inspector.sync.engine import initialize_target, target_lock
from inspector.sync.settings import normalize_url
from inspector.sync.transport import FolderTransport, WebDAVTransport

from sync_support import (  # noqa: F401
    PASSWORD,
    USER,
    MemoryKeyring,
    _isolated_data_dir,
    item_ids,
    new_inspection,
    open_store,
    webdav,
)

ITEMS = item_ids()


def test_secret_goes_to_the_keyring(memory_keyring):
    name = secrets.webdav_secret_name("https://dav.example/", USER)
    assert secrets.keyring_available()
    assert secrets.get_secret(name) is None
    assert secrets.store_secret(name, PASSWORD) is True
    assert memory_keyring.store[(secrets.SERVICE, name)] == PASSWORD
    assert secrets.SessionSecrets().get(name) == PASSWORD
    secrets.delete_secret(name)
    secrets.delete_secret(name)  # twice: no error
    assert secrets.get_secret(name) is None


def test_without_a_keyring_nothing_is_stored_and_the_user_is_asked_each_time(no_keyring):
    assert not secrets.keyring_available()
    with pytest.raises(keyring.errors.NoKeyringError):
        keyring.set_password("x", "y", "z")  # what the fail backend does
    name = secrets.webdav_secret_name("https://dav.example/", USER)
    session = secrets.SessionSecrets()
    assert session.remember(name, PASSWORD) is False  # not persisted: ask next time
    assert session.get(name) == PASSWORD  # but kept for this session
    assert secrets.SessionSecrets().get(name) is None  # a new session asks again
    assert PASSWORD not in repr(session)


def test_cli_stores_password_in_keyring_never_in_the_database(tmp_path, webdav, memory_keyring, monkeypatch, capsys):
    import io

    from inspector.cli import main

    db = tmp_path / "a" / "inspector.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    args = ["sync", "--webdav", webdav.url, "--user", USER, "--ca-file", str(webdav.ca_file),
            "--database", str(db), "--init", "--password-stdin"]
    assert main(args) == 0
    name = secrets.webdav_secret_name(normalize_url(webdav.url), USER)
    assert memory_keyring.store[(secrets.SERVICE, name)] == PASSWORD
    assert PASSWORD.encode() not in db.read_bytes()
    for wal in db.parent.glob("*-wal"):
        assert PASSWORD.encode() not in wal.read_bytes()
    # Next time: the remembered target and the keyring's password, nothing typed.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["sync", "--database", str(db)]) == 0
    assert "Sync done" in capsys.readouterr().out


def test_cli_without_keyring_warns_and_asks_again(tmp_path, webdav, no_keyring, monkeypatch, capsys):
    import io

    from inspector.cli import main

    db = tmp_path / "a" / "inspector.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["sync", "--webdav", webdav.url, "--user", USER, "--ca-file", str(webdav.ca_file),
                 "--database", str(db), "--init", "--password-stdin"]) == 0
    assert "No system keyring" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["sync", "--database", str(db), "--password-stdin"]) == 2  # nothing remembered: asked again
    assert "password is needed" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["sync", "--database", str(db), "--password-stdin"]) == 0


def test_wrong_password_and_untrusted_certificate(tmp_path, webdav):
    store = open_store(tmp_path / "a")
    good = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    with pytest.raises(SyncError) as err:
        sync_now(store, good, password="sai mật khẩu", init=True)
    assert err.value.reason == "auth"
    # Without the office CA the self-made certificate is refused: verification is never off.
    with pytest.raises(CertificateError):
        sync_now(store, SyncSettings(WebDAVTarget(webdav.url, USER)), password=PASSWORD, init=True)
    info = check_connection(good, password=PASSWORD)
    assert not info.initialized
    sync_now(store, good, password=PASSWORD, init=True)
    info = check_connection(good, password=PASSWORD)
    assert info.initialized and info.packs == 0 and not info.encrypted  # nothing to push yet


def test_plain_http_only_to_loopback():
    with pytest.raises(SyncError) as err:
        WebDAVTarget("http://cloud.so-tttt.example/dav", USER)
    assert err.value.reason == "insecure"
    assert WebDAVTarget("http://127.0.0.1:8080/dav", USER).url == "http://127.0.0.1:8080/dav/"
    with pytest.raises(SyncError):
        WebDAVTarget(f"https://{USER}:{PASSWORD}@cloud.example/dav", USER)


def test_encrypted_folder_hides_content_and_needs_the_passphrase(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a, unit="Văn phòng UBND tỉnh Bí Mật")
    secret_photo = b"PHOTO-OF-A-SECRET-DOCUMENT" * 50
    a.record_finding(insp.id, ITEMS[0], actor="An", status="khong_dat", note="Ghi chú mật")
    ev = a.add_evidence(insp.id, secret_photo, "mat.jpg", actor="An")
    sync_now(a, settings, init=True, passphrase="cụm mật khẩu dài của đoàn")
    for path in root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"PHOTO-OF-A-SECRET" not in raw and "Bí Mật".encode() not in raw
            assert ev.sha256 not in path.name  # blob names do not reveal the file's hash
    with pytest.raises(PassphraseError) as err:
        sync_now(b, settings)
    assert err.value.reason == "missing"
    with pytest.raises(PassphraseError) as err:
        sync_now(b, settings, passphrase="sai")
    assert err.value.reason == "wrong"
    assert b.inspection_ids() == []
    sync_now(b, settings, passphrase="cụm mật khẩu dài của đoàn")
    assert b.blobs.read(ev.sha256) == secret_photo
    assert b.finding(insp.id, ITEMS[0]).note == "Ghi chú mật"
    # A file altered on the stick is detected (authenticated encryption), not imported: it is
    # set aside and named, and the sync goes on without it.
    pack = next((root / "packs").iterdir())
    data = bytearray(pack.read_bytes())
    data[-1] ^= 1
    pack.write_bytes(bytes(data))
    c = open_store(tmp_path / "c")
    report = sync_now(c, settings, passphrase="cụm mật khẩu dài của đoàn")
    assert report.damaged_packs == (pack.name,)
    assert c.inspection_ids() == []


def test_request_budget_no_change_3_one_change_6(tmp_path, webdav):
    settings = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    for item in ITEMS[:30]:
        a.record_finding(insp.id, item, actor="An", status="dat")
    sync_now(a, settings, password=PASSWORD, init=True)
    sync_now(b, settings, password=PASSWORD)
    webdav.requests.clear()
    report = sync_now(a, settings, password=PASSWORD)
    assert len(webdav.requests) == report.requests <= 3, webdav.requests
    a.record_finding(insp.id, ITEMS[0], actor="An", status="khong_dat")
    webdav.requests.clear()
    sync_now(a, settings, password=PASSWORD)
    assert len(webdav.requests) <= 6, webdav.requests
    webdav.requests.clear()
    report = sync_now(b, settings, password=PASSWORD)  # receiving one change
    assert report.revisions_imported == 1 and len(webdav.requests) <= 6, webdav.requests


def test_webdav_server_honours_conditional_create_and_the_lock_expires(tmp_path, webdav):
    t = WebDAVTransport(webdav.url, USER, PASSWORD, ca_file=webdav.ca_file)
    try:
        assert t.create_exclusive("locks/x.lock", b"one") is True
        assert t.create_exclusive("locks/x.lock", b"two") is False  # If-None-Match: * honoured
        assert t.read("locks/x.lock") == b"one"
        assert t.write_new("packs/a.pack", b"1") is True
        assert t.write_new("packs/a.pack", b"2") is False  # MOVE with Overwrite: F never replaces
        assert t.read("packs/a.pack") == b"1"
        _lock_behaviour(t)
    finally:
        t.close()


def test_folder_lock_expires(tmp_path):
    _lock_behaviour(FolderTransport(tmp_path))


def _lock_behaviour(t) -> None:
    from datetime import timedelta

    with target_lock(t, "init", "máy A"):
        with pytest.raises(SyncError) as err, target_lock(t, "init", "máy B"):
            pass
        assert err.value.reason == "busy"
    with target_lock(t, "init", "máy B"):  # released: free again
        pass
    stale = target_lock(t, "init", "máy chết", ttl=timedelta(seconds=-1))
    stale.__enter__()  # a crashed holder never releases…
    with target_lock(t, "init", "máy C"):  # …but its lock has expired
        pass
    fmt1 = initialize_target(t, owner="A")
    assert initialize_target(t, owner="B") == fmt1  # initialising twice keeps one target id
