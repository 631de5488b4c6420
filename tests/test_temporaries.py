"""Issue 17 hole 9: what a killed copy or export leaves behind is removed when the data folder is
opened and by doctor (only when stale, so a copy running in another window is left alone), and
exports are staged in the data folder's private tmp/, not beside the user's file."""

from __future__ import annotations

import os
import time

from inspector.cli import main
from inspector.storage import Store
from inspector.storage.temporaries import STALE_AFTER, stage_file


def age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def leftovers(folder):
    incoming = folder / "evidence" / "ab" / ".incoming-x1y2z3"
    incoming.parent.mkdir(parents=True, exist_ok=True)
    incoming.write_bytes(b"half a photo")
    staged = folder / "tmp" / ".bien-ban.k3j4.tmp"
    staged.parent.mkdir(parents=True, exist_ok=True)
    staged.write_bytes(b"half a document")
    return incoming, staged


def test_stale_temporaries_are_removed_on_open_fresh_ones_kept(tmp_path):
    db = tmp_path / "inspector.sqlite3"
    Store.open(db).close()
    incoming, staged = leftovers(tmp_path)
    Store.open(db).close()
    assert incoming.exists() and staged.exists()  # young: maybe another window is writing them
    age(incoming, STALE_AFTER + 60)
    age(staged, STALE_AFTER + 60)
    Store.open(db).close()
    assert not incoming.exists() and not staged.exists()


def test_doctor_lists_and_removes_stale_temporaries(tmp_path, capsys):
    from inspector.doctor import run_doctor

    db = tmp_path / "inspector.sqlite3"
    with Store.open(db) as s:
        for path in leftovers(tmp_path):
            age(path, STALE_AFTER + 60)
        assert len(run_doctor(s).leftovers_removed) == 2
    for path in leftovers(tmp_path):
        age(path, STALE_AFTER + 60)
    assert main(["doctor", "--database", str(db)]) == 0
    assert "Removed 2 leftover temporary files" in capsys.readouterr().out
    assert not list((tmp_path / "evidence").glob("??/.incoming-*"))
    assert not list((tmp_path / "tmp").glob(".*.tmp"))


def test_exports_are_staged_in_the_data_folder_not_beside_the_file(tmp_path):
    data = tmp_path / "data"
    out_dir = tmp_path / "Documents"
    out_dir.mkdir()
    # No data folder yet (an export of the sample before first use, the self-test): it is not
    # created for an export; the file is staged beside the target under a hidden name.
    fd, name = stage_file(out_dir / "bien-ban.docx", data)
    os.close(fd)
    assert not data.exists() and os.path.dirname(name) == str(out_dir)
    os.unlink(name)
    data.mkdir()
    fd, name = stage_file(out_dir / "bien-ban.docx", data)
    os.close(fd)
    assert os.path.dirname(name) == str(data / "tmp")
    assert list(out_dir.iterdir()) == []


def test_an_exported_document_gets_ordinary_permissions(tmp_path, monkeypatch):
    """mkstemp makes 0600 files: a staged export gets the mode any saved file gets (umask)."""
    if os.name != "posix":
        return
    from inspector.minutes.export import write_atomically

    (tmp_path / "data").mkdir()
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "bb.docx"
    write_atomically(out, lambda h: h.write(b"PK document"))
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
