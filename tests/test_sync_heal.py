"""Sync heals and stays safe (issue 17, holes 4, 12–15), against a real folder, wsgidav and Apache.

- evidence absent or damaged on the target when its record first came is fetched once the
  target is repaired, and a damaged local copy is fetched again;
- a damaged pack is set aside (named, with the way out) and the rest of the sync, including the
  push of unsent local edits, goes on;
- the brake asks before joining another office's target at a new path, and before the deleting
  device itself sends a mass deletion;
- leftovers: old temporaries removed, a failed first sync keeps its settings and password,
  concurrent `--init` ends on one target, `sync status | head -1`, a 403 on a read.
"""

from __future__ import annotations

import http.server
import io
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from apache_dav import apache_dav  # noqa: F401 - fixture

from inspector import secrets
from inspector.doctor import run_doctor
from inspector.errors import SafetyBrakeError, SyncError
from inspector.office.followup import update_followup
from inspector.sync import (
    FolderTarget,
    SyncSettings,
    WebDAVTarget,
    check_connection,
    load_settings,
)
from inspector.sync.engine import PACKS, open_transport, read_format, target_lock
from inspector.sync.settings import normalize_url
from inspector.sync.transport import FolderTransport

from sync_support import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    _isolated_data_dir,
    item_ids,
    new_inspection,
    open_store,
    revision_ids,
    sync,
    target,
    webdav,
)

ITEMS = item_ids()


# ------------------------------------------------------------------ hole 12
def test_evidence_missing_on_the_target_is_fetched_once_the_target_is_repaired(tmp_path, target):
    settings, root = target.settings, target.root
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    photo = os.urandom(30_000)
    ev = a.add_evidence(insp.id, photo, "ảnh chụp cổng.jpg", actor="An")
    rec = a.add_recommendation(insp.id, "Bổ sung chuyên mục hỏi đáp", actor="An")
    sync(a, settings, init=True)
    blob_file = root / "blobs" / ev.sha256[:2] / ev.sha256
    saved = blob_file.read_bytes()
    blob_file.unlink()  # lost on the target before b ever saw it

    report = sync(b, settings)
    assert report.missing_blobs == (ev.sha256,)
    assert not run_doctor(b).ok and b.blobs.verify(ev.sha256) == "missing"
    assert report.revisions_imported > 0 and b.evidence(ev.id).sha256 == ev.sha256

    blob_file.write_bytes(saved)  # the office restores the file from a backup
    report = sync(b, settings)
    assert report.blobs_downloaded == 1 and report.missing_blobs == ()
    assert b.blobs.read(ev.sha256) == photo
    assert run_doctor(b).ok

    # A damaged copy on this device is fetched again too (it fails its hash).
    b.evidence_path(ev.sha256).write_bytes(b"x" * 30_000)
    assert not run_doctor(b).ok
    report = sync(b, settings)
    assert report.blobs_downloaded == 1 and run_doctor(b).ok
    assert rec.id  # the recommendation travelled with the rest


def test_followup_evidence_missing_on_the_target_is_fetched_later(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    rec = a.add_recommendation(insp.id, "Bổ sung chuyên mục hỏi đáp", actor="An")
    scan = tmp_path / "công văn báo cáo.pdf"
    scan.write_bytes(os.urandom(5000))
    update_followup(a, rec.id, actor="An", today=date(2026, 12, 1), status="in_progress", files=[scan])
    sync(a, settings, init=True)
    (blob,) = list((root / "blobs").glob("*/*"))
    saved = blob.read_bytes()
    blob.unlink()
    assert sync(b, settings).missing_blobs == (blob.name,)
    blob.write_bytes(saved)
    assert sync(b, settings).blobs_downloaded == 1
    assert run_doctor(b).ok


# ------------------------------------------------------------------ hole 13
def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_pack_is_set_aside_and_the_push_goes_on(tmp_path, target):
    settings, root = target.settings, target.root
    a, b, c = (open_store(tmp_path / n) for n in "abc")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    sync(a, settings, init=True)
    sync(b, settings)
    before = {p.name for p in (root / PACKS).iterdir()}
    a.record_finding(insp.id, ITEMS[1], actor="An", status="khong_dat", note="Thiếu lịch tiếp dân")
    sync(a, settings)
    (damaged,) = {p.name for p in (root / PACKS).iterdir()} - before
    _damage(root / PACKS / damaged)

    b_edit = b.record_finding(insp.id, ITEMS[2], actor="Bình", status="dat_mot_phan").revision
    report = sync(b, settings)  # used to stop here, before the push
    assert report.damaged_packs == (damaged,)
    assert report.revisions_pushed >= 1
    assert (b.path.parent / "quarantine" / "sync" / damaged).is_file()  # a copy kept on the device
    sync(c, settings)
    assert b_edit in revision_ids(c)  # b's edit reached the others

    # The way out: a computer that read it before (here the one that made it) resends: one pack
    # replaces every pack it has read, the damaged one leaves the listing (moved, not deleted).
    sync(a, settings, resend=True)
    assert not (root / PACKS / damaged).exists() and (root / "retired" / damaged).exists()
    report = sync(b, settings)
    assert report.damaged_packs == ()
    assert revision_ids(a) <= revision_ids(b)
    assert b.load_inspection(insp.id).findings[ITEMS[1]].note == "Thiếu lịch tiếp dân"
    # Nobody is stopped by the brake, whether it had read the damaged pack (a) or not (b, c),
    # and a new device gets everything.
    for store in (a, b, c):
        sync(store, settings)
    d = open_store(tmp_path / "d")
    sync(d, settings)
    assert revision_ids(b) <= revision_ids(d)


def test_cli_names_the_damaged_pack_and_the_way_out(tmp_path, capsys):
    from inspector.cli import main

    root = tmp_path / "stick"
    root.mkdir()
    a = open_store(tmp_path / "a")
    new_inspection(a)
    sync(a, SyncSettings(FolderTarget(root)), init=True)
    (pack,) = list((root / PACKS).iterdir())
    _damage(pack)
    db = tmp_path / "b" / "inspector.sqlite3"
    assert main(["sync", "--folder", str(root), "--database", str(db)]) == 0
    err_out = capsys.readouterr().out
    assert f"packs/{pack.name}" in err_out and "--resend" in err_out and "set aside" in err_out
    assert main(["sync", "status", "--database", str(db)]) == 0
    assert f"packs/{pack.name}" in capsys.readouterr().out


# ------------------------------------------------------------------ hole 14
def test_another_offices_target_at_a_new_path_asks_first(tmp_path, target):
    settings, root = target.settings, target.root
    if isinstance(settings.target, FolderTarget):
        mine_root, theirs_root = root / "ours", root / "theirs"
        mine_root.mkdir(), theirs_root.mkdir()
        mine, theirs = SyncSettings(FolderTarget(mine_root)), SyncSettings(FolderTarget(theirs_root))
    else:
        for sub in ("ours", "theirs"):
            (root / sub).mkdir()
            os.chmod(root / sub, 0o777)  # Apache serves as another user
        url = settings.target.url
        mine = SyncSettings(WebDAVTarget(url + "ours/", USER, settings.target.ca_file))
        theirs = SyncSettings(WebDAVTarget(url + "theirs/", USER, settings.target.ca_file))
    a = open_store(tmp_path / "a")
    a.record_finding(new_inspection(a).id, ITEMS[0], actor="An", status="dat")
    sync(a, mine, init=True)
    other = open_store(tmp_path / "other")
    new_inspection(other, unit="Sở Thông tin và Truyền thông tỉnh Hà Giang")
    sync(other, theirs, init=True)
    theirs_files = sorted(p.name for p in (root / "theirs" / PACKS).iterdir())
    mine_revs = revision_ids(a)

    with pytest.raises(SafetyBrakeError) as err:
        sync(a, theirs)
    assert err.value.reason == "different-target"
    assert revision_ids(a) == mine_revs and len(a.inspection_ids()) == 1
    assert sorted(p.name for p in (root / "theirs" / PACKS).iterdir()) == theirs_files
    # Its own target at a new path (the USB stick under another drive letter) is not asked about.
    sync(a, mine)
    # Knowingly: both ways.
    sync(a, theirs, confirm=True)
    assert len(a.inspection_ids()) == 2
    sync(a, theirs)  # now known: no question


def test_cli_does_not_switch_the_remembered_target_when_the_brake_stops(tmp_path):
    from inspector.cli import main

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir(), theirs.mkdir()
    db = tmp_path / "a" / "inspector.sqlite3"
    assert main(["sync", "--folder", str(ours), "--init", "--database", str(db)]) == 0
    other = open_store(tmp_path / "o")
    new_inspection(other)
    sync(other, SyncSettings(FolderTarget(theirs)), init=True)
    assert main(["sync", "--folder", str(theirs), "--database", str(db)]) == 3
    with open_store(tmp_path / "a") as a:
        assert load_settings(a).target == FolderTarget(ours)
    assert main(["sync", "--folder", str(theirs), "--database", str(db), "--yes"]) == 0


def test_the_deleting_device_is_asked_before_it_sends_a_mass_deletion(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    insp = new_inspection(a)
    recs = [a.add_recommendation(insp.id, f"Kiến nghị {n}", actor="An") for n in range(12)]
    sync(a, settings, init=True)
    for rec in recs:
        a.remove_recommendation(rec.id, actor="An")
    packs = sorted(p.name for p in (root / PACKS).iterdir())
    with pytest.raises(SafetyBrakeError) as err:
        sync(a, settings)
    assert err.value.reason == "mass-delete-outgoing" and err.value.counts["deletions"] == 12
    assert sorted(p.name for p in (root / PACKS).iterdir()) == packs
    sync(a, settings, confirm=True)
    # Records made and removed between two syncs delete nothing elsewhere: no question.
    more = [a.add_recommendation(insp.id, f"Tạm {n}", actor="An") for n in range(12)]
    for rec in more:
        a.remove_recommendation(rec.id, actor="An")
    sync(a, settings)


# ------------------------------------------------------------------ hole 15
def test_old_temporaries_on_the_target_are_removed(tmp_path, target):
    settings, root = target.settings, target.root
    a = open_store(tmp_path / "a")
    new_inspection(a)
    sync(a, settings, init=True)
    tmp = root / "tmp"
    tmp.mkdir(exist_ok=True)
    old, fresh = tmp / "deadbeef-1.part", tmp / "deadbeef-2.part"
    old.write_bytes(b"half a pack")
    fresh.write_bytes(b"an upload in progress")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    b = open_store(tmp_path / "b")
    sync(b, settings)
    assert not old.exists() and fresh.exists()


def test_a_failed_first_sync_keeps_the_settings_and_the_password(tmp_path, webdav, memory_keyring, monkeypatch):
    from inspector.cli import main

    db = tmp_path / "a" / "inspector.sqlite3"
    url = webdav.url
    webdav.stop()  # the server is down at the first try
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["sync", "--webdav", url, "--user", USER, "--ca-file", str(webdav.ca_file),
                 "--database", str(db), "--init", "--password-stdin"]) == 1
    with open_store(tmp_path / "a") as a:
        assert load_settings(a) is not None and load_settings(a).target.url == normalize_url(url)
    name = secrets.webdav_secret_name(normalize_url(url), USER)
    assert memory_keyring.store[(secrets.SERVICE, name)] == PASSWORD


@pytest.mark.parametrize("kind", ["folder", "webdav"])
def test_init_waits_for_the_device_that_holds_the_lock(tmp_path, webdav, kind):
    if kind == "folder":
        (tmp_path / "stick").mkdir()
        settings = SyncSettings(FolderTarget(tmp_path / "stick"))
    else:
        settings = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    holder = open_transport(settings.target, password=PASSWORD)

    def slow_initialiser():  # device A, between taking the lock and writing the format file
        with target_lock(holder, "init", "máy A"):
            time.sleep(0.4)
            holder.write_new("inspector-sync.json", b'{"format": 1, "target_id": "a1b2c3", "encryption": null}')

    thread = threading.Thread(target=slow_initialiser)
    thread.start()
    time.sleep(0.1)
    b = open_store(tmp_path / "b")
    report = sync(b, settings, init=True)  # used to fail with "another computer holds the lock"
    thread.join()
    holder.close()
    assert report.target_id == "a1b2c3"


@pytest.mark.parametrize("kind", ["folder", "webdav"])
def test_concurrent_init_ends_with_every_device_on_one_target(tmp_path, webdav, kind):
    if kind == "folder":
        (tmp_path / "stick").mkdir()
        settings = SyncSettings(FolderTarget(tmp_path / "stick"))
    else:
        settings = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    stores = [open_store(tmp_path / f"d{n}") for n in range(4)]
    for s in stores:
        new_inspection(s)
    results, errors = [], []
    barrier = threading.Barrier(len(stores))

    def run(store):
        barrier.wait()
        try:
            results.append(sync(store, settings, init=True).target_id)
        except Exception as exc:  # noqa: BLE001 - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(set(results)) == 1


def test_sync_status_into_a_closed_pipe_is_quiet(tmp_path):
    db = tmp_path / "a" / "inspector.sqlite3"
    root = tmp_path / "stick"
    root.mkdir()
    env = dict(os.environ, INSPECTOR_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "inspector", "sync", "--folder", str(root), "--init",
                    "--database", str(db)], env=env, check=True, capture_output=True)
    # The reader is gone before the program writes (what `| head -1` does to the later lines).
    proc = subprocess.Popen([sys.executable, "-m", "inspector", "sync", "status", "--database", str(db)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode == 0


class _Forbidding(http.server.BaseHTTPRequestHandler):
    """A real server that lets this user in but forbids reading (a share without read rights)."""

    def log_message(self, *args):
        pass

    def _forbid(self):
        body = b"<h1>403 Forbidden</h1>"
        self.send_response(403)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PROPFIND = do_HEAD = _forbid  # noqa: N815


def test_a_403_on_a_read_is_reported_as_not_allowed_to_read(tmp_path):
    from inspector.cli.sync import _explain

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Forbidding)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = SyncSettings(WebDAVTarget(f"http://127.0.0.1:{server.server_address[1]}/dav/", USER))
        with pytest.raises(SyncError) as err:
            check_connection(settings, password=PASSWORD)
        assert err.value.reason == "forbidden-read"
        assert "not allowed to read" in _explain(err.value).lower()
    finally:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------ hole 4
def test_a_nested_template_in_the_shared_folder_is_named_and_the_sync_goes_on(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    insp = new_inspection(a)
    sync(a, settings, init=True)
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "deep@1.0.yaml").write_text("a: " + "[" * 100_000 + "]" * 100_000)
    (root / "templates" / "big@1.0.yaml").write_text("id: big\nversion: " + "9" * 5000 + "\n")
    b = open_store(tmp_path / "b")
    report = sync(b, settings, templates_dir=tmp_path / "published")
    assert {r.split(":")[0] for r in report.templates_rejected} == {"deep@1.0.yaml", "big@1.0.yaml"}
    kept = b.path.parent / "quarantine" / "sync" / "templates"
    assert {p.name for p in kept.iterdir()} == {"deep@1.0.yaml", "big@1.0.yaml"}  # quarantined here
    assert insp.id in b.inspection_ids()
    b.record_finding(insp.id, ITEMS[0], actor="Bình", status="dat")
    report = sync(b, settings, templates_dir=tmp_path / "published")  # and the next one too
    assert report.revisions_pushed >= 1 and report.templates_rejected == ()
    assert not list((tmp_path / "published").glob("*.yaml"))
    assert read_format(FolderTransport(root)) is not None


def test_publish_never_writes_a_file_name_with_control_characters(tmp_path):
    from inspector.sync import publish_template

    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    sync(open_store(tmp_path / "a"), settings, init=True)
    text = (Path(__file__).parent.parent / "resources" / "checklists" / "nd43-tt25.yaml").read_text("utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("id: nd43-tt25", 'id: "test-tpl\\n"', 1).replace("version: '1.0'",
                                                                                 'version: "1.0\\n"', 1), "utf-8")
    try:
        publish_template(settings, bad)
    except Exception as exc:  # noqa: BLE001 - refused by the loader or by the file-name guard: both fine
        assert "Traceback" not in str(exc)
    names = [p.name for p in (root / "templates").glob("*")] if (root / "templates").exists() else []
    assert not any(ord(c) < 32 for n in names for c in n), names


def test_cli_subcommands_on_a_damaged_database_say_so(tmp_path, capsys):
    from inspector.cli import main

    db = tmp_path / "broken.sqlite3"
    db.write_bytes(os.urandom(8192))
    for args in (["sync", "status"], ["sync", "conflicts", "list"],
                 ["sync", "conflicts", "resolve", "x", "finding", "a", "--keep", "b"]):
        assert main([*args, "--database", str(db)]) == 1
        err = capsys.readouterr().err
        assert "database cannot be used" in err and "Traceback" not in err


def test_resend_puts_back_evidence_lost_on_the_target(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    ev = a.add_evidence(new_inspection(a).id, os.urandom(20_000), "biên bản.pdf", actor="An")
    sync(a, settings, init=True)
    (root / "blobs" / ev.sha256[:2] / ev.sha256).unlink()
    assert sync(b, settings).missing_blobs == (ev.sha256,)
    assert sync(a, settings, resend=True).blobs_uploaded == 1
    assert sync(b, settings).blobs_downloaded == 1 and run_doctor(b).ok


def test_a_damaged_copy_the_target_cannot_replace_is_reported_at_every_sync(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    ev = a.add_evidence(new_inspection(a).id, os.urandom(20_000), "ảnh.jpg", actor="An")
    sync(a, settings, init=True)
    sync(b, settings)
    (root / "blobs" / ev.sha256[:2] / ev.sha256).unlink()
    b.evidence_path(ev.sha256).write_bytes(b"altered" * 100)
    for _ in range(3):
        assert sync(b, settings).missing_blobs == (ev.sha256,)


def test_cli_encrypted_folder_without_keyring_or_terminal_is_a_sentence(tmp_path, no_keyring, capsys):
    from inspector.cli import main

    root = tmp_path / "stick"
    root.mkdir()
    sync(open_store(tmp_path / "a"), SyncSettings(FolderTarget(root)), init=True, passphrase="cụm mật khẩu")
    db = tmp_path / "b" / "inspector.sqlite3"
    assert main(["sync", "--folder", str(root), "--database", str(db)]) == 2  # stdin is no terminal here
    err = capsys.readouterr().err
    assert "passphrase" in err and "Traceback" not in err
