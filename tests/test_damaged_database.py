"""Issue 17 hole 3: an empty or damaged database is never replaced or written to; doctor lists
the damage and `doctor --repair` rebuilds the tables from the revision log into a new file,
keeping the old one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from inspector.cli import main
from inspector.errors import DatabaseCorruptError
from inspector.storage import Store

from support import PHU_THO, REPO

ITEM = "nd43.d10.1b.1"


def run_cli(*args: str, env_dir=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inspector", *args], cwd=REPO, capture_output=True, text=True)


def filled(path, nd43, n=30):
    with Store.open(path) as s:
        iid = s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ",
                                  actor="A").id
        items = [i.id for i in nd43.items() if i.id != ITEM][:n - 1]
        for k, item in enumerate(items):
            s.record_finding(iid, item, actor="A", status="dat", note=f"ghi chú {k} " + "x" * 300)
        s.add_evidence(iid, b"photo bytes", "anh.jpg", actor="A")
        s.record_finding(iid, ITEM, actor="A", status="khong_dat")
        s.finalize(iid, actor="A")
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return iid


def damage_pages(path, *names):
    """Overwrite the first page of each named table or index with garbage."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0] for n in names]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with open(path, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page_size)
            fh.write(b"\xa5" * page_size)


def test_an_empty_database_file_is_refused_never_replaced(tmp_path, capsys):
    path = tmp_path / "inspector.sqlite3"
    path.write_bytes(b"")
    (tmp_path / "evidence" / "ab").mkdir(parents=True)
    with pytest.raises(DatabaseCorruptError) as info:
        Store.open(path)
    assert info.value.empty and str(path) in str(info.value)
    assert path.stat().st_size == 0
    code = main(["doctor", "--database", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and str(path) in err and "--repair" in err and "empty (0 bytes)" in err
    assert path.stat().st_size == 0  # doctor did not make a new database in it
    code = main(["doctor", "--database", str(path), "--repair"])
    out = capsys.readouterr().out
    assert code == 0 and "inspector.sqlite3.empty-" in out
    assert not path.exists() and len(list(tmp_path.glob("inspector.sqlite3.empty-*"))) == 1


def test_a_damaged_database_refuses_writes_doctor_lists_and_repair_rebuilds(tmp_path, nd43, capsys):
    path = tmp_path / "inspector.sqlite3"
    iid = filled(path, nd43)
    damage_pages(path, "findings", "audit_inspection")
    with pytest.raises(DatabaseCorruptError) as info:
        Store.open(path)
    assert info.value.problems
    before = path.read_bytes()
    code = main(["doctor", "--database", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "LỖI / ERROR sqlite" in out and "writes nothing to it" in out and "--repair" in out
    assert path.read_bytes() == before  # doctor wrote nothing

    code = main(["doctor", "--database", str(path), "--repair"])
    out = capsys.readouterr().out
    assert code == 0, out
    [kept] = [p for p in tmp_path.glob("inspector.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == before
    with Store.open(path) as s:
        record = s.load_inspection(iid)
        assert record.findings[ITEM].status.value == "khong_dat"
        assert len(record.findings) == 30 and len(record.evidence) == 1
        assert record.inspection.status.value == "finalized"
        assert s.check_integrity() == []
    assert main(["doctor", "--database", str(path)]) == 0


def test_repair_undoes_a_lifted_seal_from_the_log(store, inspection, capsys):
    import json

    store.record_finding(inspection.id, ITEM, actor="A", status="khong_dat")
    store.finalize(inspection.id, actor="A")
    data = json.loads(store.conn.execute("SELECT data FROM inspections").fetchone()[0])
    data["status"] = "draft"
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE inspections SET status = 'draft', data = ?", (json.dumps(data),))
    conn.commit()
    conn.close()
    path = store.path
    store.close()
    assert main(["doctor", "--database", str(path)]) == 1
    assert "reopened after seal 1" in capsys.readouterr().out
    assert main(["doctor", "--database", str(path), "--repair"]) == 0
    with Store.open(path) as s:
        assert s.inspection(inspection.id).status.value == "finalized"
        assert s.check_integrity() == []
