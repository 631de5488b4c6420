"""Finalizing seals an inspection; amendments keep the seal; doctor finds tampering and bad evidence."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from inspector.doctor import run_doctor
from inspector.domain import InspectionStatus, seal_hash
from inspector.domain.serialize import sha256_hex
from inspector.errors import Cancelled, InvalidInputError, SealedError

from support import REPO

ITEM = "nd43.d10.1b.1"


def test_finalize_seals_and_blocks_edits(store, inspection):
    store.record_finding(inspection.id, ITEM, actor="A", status="dat")
    seal = store.finalize(inspection.id, actor="A")
    record = store.load_inspection(inspection.id)
    assert record.inspection.status is InspectionStatus.FINALIZED
    assert seal.sha256 == seal_hash(record) == record.latest_seal.sha256
    assert sha256_hex(store.sealed_canonical(inspection.id, 1)) == seal.sha256
    for attempt in (
        lambda: store.record_finding(inspection.id, ITEM, actor="B", status="khong_dat"),
        lambda: store.update_inspection(inspection.id, actor="B", place="Hà Nội"),
        lambda: store.add_evidence(inspection.id, b"x", "x.txt", actor="B"),
        lambda: store.add_recommendation(inspection.id, "Sửa", actor="B"),
        lambda: store.finalize(inspection.id, actor="B"),
    ):
        with pytest.raises(SealedError):
            attempt()
    assert store.check_integrity() == []


def test_amendment_keeps_the_sealed_version(store, inspection):
    store.record_finding(inspection.id, ITEM, actor="A", status="dat")
    first = store.finalize(inspection.id, actor="A")
    with pytest.raises(InvalidInputError):
        store.amend(inspection.id, reason="  ", actor="A")
    store.amend(inspection.id, reason="Sửa số liệu theo báo cáo bổ sung", actor="A")
    store.record_finding(inspection.id, ITEM, actor="A", status="dat_mot_phan")
    second = store.finalize(inspection.id, actor="A")
    record = store.load_inspection(inspection.id)
    assert [s.seq for s in record.seals] == [1, 2] and second.sha256 != first.sha256
    assert record.amendments[0].reason == "Sửa số liệu theo báo cáo bổ sung"
    old = json.loads(store.sealed_canonical(inspection.id, 1))
    assert [f["status"] for f in old["findings"]] == ["dat"]
    trail = store.audit_trail(inspection.id)
    assert any(a.entity == "amendment" and a.reason.startswith("Sửa số liệu") for a in trail)
    assert store.check_integrity() == []


def tamper(path, sql, params=()):
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_doctor_detects_tampering_with_a_sealed_record(store, inspection):
    store.record_finding(inspection.id, ITEM, actor="A", status="khong_dat")
    store.finalize(inspection.id, actor="A")
    data = json.loads(store.conn.execute("SELECT data FROM findings").fetchone()[0])
    data["status"] = "dat"
    tamper(store.path, "UPDATE findings SET data = ?, status = 'dat'", (json.dumps(data),))
    problems = store.check_integrity()
    assert [(p.kind, p.inspection_id) for p in problems] == [("log", inspection.id), ("seal", inspection.id)]
    assert "differs from the revision log" in problems[0].detail
    assert "changed after seal 1" in problems[1].detail
    tamper(store.path, "UPDATE seals SET canonical = replace(canonical, 'khong_dat', 'dat')")
    assert any("stored content altered" in p.detail for p in store.check_integrity())


def test_doctor_finds_missing_and_altered_evidence(store, inspection):
    good = store.add_evidence(inspection.id, b"good photo", "a.jpg", actor="A")
    altered = store.add_evidence(inspection.id, b"will be altered", "b.jpg", actor="A")
    missing = store.add_evidence(inspection.id, b"will vanish", "c.jpg", actor="A")
    store.evidence_path(altered.sha256).write_bytes(b"something else")
    store.evidence_path(missing.sha256).unlink()
    (store.blobs.folder / "ff").mkdir(exist_ok=True)
    (store.blobs.folder / "ff" / ("f" * 64 + ".blob")).write_bytes(b"orphan")
    seen = []
    report = run_doctor(store, progress=lambda d, t, w: seen.append((d, t, w)))
    assert not report.ok and report.blobs_checked == 3
    assert {(e.sha256, e.problem) for e in report.evidence} == {(altered.sha256, "altered"),
                                                                (missing.sha256, "missing")}
    assert report.orphan_blobs == ("f" * 64,)
    assert seen[-1] == (3, 3, "evidence")
    assert good.sha256 not in {e.sha256 for e in report.evidence}


def test_doctor_can_be_cancelled(store, inspection):
    store.add_evidence(inspection.id, b"1", "1.txt", actor="A")
    with pytest.raises(Cancelled):
        run_doctor(store, cancelled=lambda: True)


def test_doctor_cli_exit_codes(store, inspection):
    store.add_evidence(inspection.id, b"photo", "a.jpg", actor="A")
    path = store.path
    run = [sys.executable, "-m", "inspector", "doctor", "--database", str(path)]
    ok = subprocess.run(run, cwd=REPO, capture_output=True, text=True)
    assert ok.returncode == 0 and "mọi thứ đều tốt" in ok.stdout
    for blob in store.blobs.folder.rglob("*.blob"):
        blob.unlink()
    bad = subprocess.run(run, cwd=REPO, capture_output=True, text=True)
    assert bad.returncode == 1 and "bị thiếu" in bad.stdout


def test_recommendation_follow_up_after_signing_keeps_the_seal_valid(store, inspection):
    rec = store.add_recommendation(inspection.id, "Bổ sung chuyên mục hỏi đáp", actor="A")
    seal = store.finalize(inspection.id, actor="A")
    store.update_recommendation(rec.id, actor="B", status="done", note="Đã bổ sung ngày 01/3/2017")
    assert store.check_integrity() == []
    assert seal_hash(store.load_inspection(inspection.id)) == seal.sha256
    with pytest.raises(SealedError):
        store.update_recommendation(rec.id, actor="B", text="Nội dung khác")
