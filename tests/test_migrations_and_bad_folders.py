"""Schema upgrades in place; newer, corrupt, full or read-only databases fail clearly, losing nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from inspector.errors import DatabaseCorruptError, DatabaseTooNewError, DataFolderError
from inspector.storage import SCHEMA_VERSION, Store

from support import PHU_THO, REPO


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_v1_database(path, nd43) -> str:
    """A database as version 1 of the schema left it (no folded search column)."""
    with Store.open(path) as s:
        iid = s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ",
                                  actor="A").id
        s.record_finding(iid, "nd43.d10.1b.1", actor="A", status="dat")
    conn = sqlite3.connect(path)
    conn.executescript("DROP INDEX inspections_province; ALTER TABLE inspections DROP COLUMN search_text;"
                       " ALTER TABLE inspections DROP COLUMN answered; ALTER TABLE inspections DROP COLUMN not_met;"
                       " ALTER TABLE inspections DROP COLUMN conflicts;"
                       " DROP TABLE sync_locations; DROP TABLE sync_targets; DROP TABLE sync_files;"
                       " DROP TABLE sync_remote_revisions; DROP TABLE sync_remote_blobs;"  # migration 3
                       " DROP TABLE recommendation_files;"  # migration 4
                       " DROP TABLE probe_runs;"  # migration 5
                       " PRAGMA user_version = 1;")
    conn.close()
    return iid


def test_old_database_upgrades_in_place_with_a_backup(tmp_path, nd43):
    path = tmp_path / "inspector.sqlite3"
    iid = make_v1_database(path, nd43)
    with Store.open(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [x.id for x in s.list_inspections(search="phu tho")] == [iid]
        assert s.finding(iid, "nd43.d10.1b.1").status.value == "dat"
        assert s.list_inspections()[0].answered == 1  # progress counts filled in by the upgrade
        assert s.check_integrity() == []
    [backup] = tmp_path.glob("inspector.sqlite3.bak-v1-*")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM findings").fetchone()[0] == 1


def test_newer_database_is_refused_untouched(tmp_path, nd43):
    path = tmp_path / "inspector.sqlite3"
    with Store.open(path) as s:
        s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở", actor="A")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = file_digest(path)
    with pytest.raises(DatabaseTooNewError) as info:
        Store.open(path)
    assert (info.value.found, info.value.known) == (SCHEMA_VERSION + 5, SCHEMA_VERSION)
    assert file_digest(path) == before
    assert not list(tmp_path.glob("*.bak-*"))
    run = subprocess.run([sys.executable, "-m", "inspector", "doctor", "--database", str(path)],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 1 and "phiên bản Inspector mới hơn" in run.stderr


def test_garbage_file_is_reported_as_corrupt_and_kept(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = file_digest(path)
    with pytest.raises(DatabaseCorruptError):
        Store.open(path)
    assert file_digest(path) == before


def test_full_disk_fails_the_write_and_keeps_earlier_data(store, inspection):
    store.record_finding(inspection.id, "nd43.d10.1b.1", actor="A", status="dat", note="đã lưu")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    with pytest.raises(DataFolderError) as info:
        for n in range(10_000):
            store.record_finding(inspection.id, "chung.thanhphan", actor="A", value=n, note="x" * 5000)
    assert info.value.reason == "full"
    assert store.finding(inspection.id, "nd43.d10.1b.1").note == "đã lưu"
    assert store.check_integrity() == []


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare for a read-only mount")
def test_read_only_data_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available here")
    code = textwrap.dedent(f"""
        from pathlib import Path
        from inspector.storage import Store
        from inspector.errors import DataFolderError
        try:
            Store.open(Path({str(folder / 'inspector.sqlite3')!r}))
        except DataFolderError as e:
            print("REASON", e.reason)
    """)
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
              f'{sys.executable} -c "$CODE"')
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=REPO, capture_output=True, text=True,
                         env={"CODE": code, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert "REASON read-only" in run.stdout, run.stderr
