"""Follow-up evidence of recommendations: files in the evidence blob store linked to the kiến nghị,
allowed after the minutes are signed without touching the seal, carried by sync to other devices,
and carried over from databases of the previous schema (which named the files in the note)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.doctor import run_doctor
from inspector.domain.record import seal_hash
from inspector.domain.status import RecommendationStatus
from inspector.errors import InvalidInputError, SealedError
from inspector.office.followup import followup_files, update_followup
from inspector.storage import Store
from inspector.storage.migrations import LATEST
from inspector.sync import FolderTarget, SyncSettings, sync_now

from sync_support import _isolated_data_dir, item_ids, new_inspection, open_store  # noqa: F401 - fixture

OLD_DB = Path(__file__).parent / "data" / "schema3_followup"
SCAN = b"%PDF-1.4\n% bao cao khac phuc cua UBND tinh\n%%EOF\n"


def finalized_with_recommendation(store: Store) -> tuple[str, str, str]:
    """A finalized inspection with one recommendation: (inspection id, recommendation id, seal)."""
    insp = new_inspection(store)
    store.record_finding(insp.id, item_ids()[0], actor="An", status="khong_dat", note="Thiếu")
    rec = store.add_recommendation(insp.id, "Bổ sung mục hỏi đáp", actor="An", deadline=date(2017, 3, 31))
    seal = store.finalize(insp.id, actor="An")
    return insp.id, rec.id, seal.sha256


def test_follow_up_files_are_linked_blobs_and_leave_the_seal_alone(tmp_path):
    store = open_store(tmp_path / "a")
    iid, rid, sealed = finalized_with_recommendation(store)
    scan = tmp_path / "báo cáo khắc phục.pdf"
    scan.write_bytes(SCAN)
    photo = tmp_path / "anh.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    rec = update_followup(store, rid, actor="Bình", today=date(2017, 4, 2), status="done",
                          note="Đã bổ sung", files=[scan, photo])
    assert rec.status is RecommendationStatus.DONE
    assert [(e.file_name, e.size, e.media_type, e.added_by) for e in rec.evidence] == [
        ("báo cáo khắc phục.pdf", len(SCAN), "application/pdf", "Bình"), ("anh.png", 308, "image/png", "Bình")]
    assert store.blobs.read(rec.evidence[0].sha256) == SCAN
    assert rec.note.endswith("Minh chứng: báo cáo khắc phục.pdf\nMinh chứng: anh.png")
    assert [f.file_name for f in followup_files(store.recommendation(rid))] == ["báo cáo khắc phục.pdf", "anh.png"]
    assert store.recommendation_files(rec.evidence[0].sha256) == [(rid, "báo cáo khắc phục.pdf")]
    # The seal: same hash as when it was made, nothing to complain about.
    assert seal_hash(store.load_inspection(iid)) == sealed
    assert store.verify_seal(iid) == [] and store.check_integrity() == []
    # The same file sent again is linked once; the doctor knows every follow-up blob (no orphans).
    again = update_followup(store, rid, actor="Bình", today=date(2017, 4, 3), files=[scan])
    assert len(again.evidence) == 2
    report = run_doctor(store)
    assert report.ok and report.orphan_blobs == () and report.blobs_checked == 2
    # The rest of a sealed recommendation stays read-only.
    with pytest.raises(SealedError):
        store.update_recommendation(rid, actor="Bình", text="Khác")
    store.close()


def test_a_damaged_follow_up_blob_is_reported_by_the_doctor(tmp_path):
    store = open_store(tmp_path / "a")
    _, rid, _ = finalized_with_recommendation(store)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    sha = update_followup(store, rid, actor="B", today=date(2017, 4, 2), files=[scan]).evidence[0].sha256
    store.evidence_path(sha).chmod(0o600)
    store.evidence_path(sha).write_bytes(b"altered")
    report = run_doctor(store)
    assert [(p.sha256, p.evidence_ids) for p in report.evidence] == [(sha, (rid,))]
    store.close()


def test_a_link_to_a_file_not_in_the_store_is_refused(tmp_path):
    from inspector.domain.recommendation import FollowUpEvidence

    store = open_store(tmp_path / "a")
    _, rid, _ = finalized_with_recommendation(store)
    with pytest.raises(InvalidInputError):
        store.update_recommendation(rid, actor="B", evidence=[FollowUpEvidence("0" * 64, "x.pdf")])
    assert store.recommendation(rid).evidence == ()
    store.close()


def test_follow_up_evidence_reaches_a_second_store_through_a_folder_sync(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    target = SyncSettings(FolderTarget(stick), "tester")
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    iid, rid, sealed = finalized_with_recommendation(a)
    sync_now(a, target, init=True)
    sync_now(b, target)
    # The follow-up happens later, on device A, after both have the signed inspection.
    scan = tmp_path / "cong-van.pdf"
    scan.write_bytes(SCAN)
    sha = update_followup(a, rid, actor="Bình", today=date(2017, 4, 2), status="in_progress",
                          note="Đang khắc phục", files=[scan]).evidence[0].sha256
    pushed = sync_now(a, target)
    assert pushed.blobs_uploaded == 1 and pushed.missing_blobs == ()
    got = sync_now(b, target)
    assert got.blobs_downloaded == 1 and got.missing_blobs == () and got.seal_guards == 0
    rec = b.recommendation(rid)
    assert rec.status is RecommendationStatus.IN_PROGRESS
    assert [f.file_name for f in followup_files(rec)] == ["cong-van.pdf"]
    assert b.blobs.read(sha) == SCAN
    assert b.recommendation_files(sha) == [(rid, "cong-van.pdf")]
    assert b.verify_seal(iid) == [] and seal_hash(b.load_inspection(iid)) == sealed
    assert b.divergent_records() == []
    # Nothing left to move.
    assert not sync_now(b, target).changed and not sync_now(a, target).changed
    a.close()
    b.close()


def test_a_database_of_the_previous_schema_upgrades_and_keeps_its_seal_and_files(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(OLD_DB, folder)
    path = folder / "inspector.sqlite3"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    sealed = (folder / "seal.txt").read_text().strip()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST  # 4 and later (5: probe runs)
        [iid] = store.inspection_ids()
        [rec] = store.all_recommendations()
        assert rec.evidence == ()  # older data has no field: it reads as empty
        [old_file] = followup_files(rec)
        assert old_file.file_name == "cong-van-so-12.pdf" and old_file.size is None
        assert store.blobs.read(old_file.sha256).startswith(b"%PDF-1.4")
        assert store.recommendation_files(old_file.sha256) == [(rec.id, "cong-van-so-12.pdf")]
        assert store.seals(iid)[-1].sha256 == sealed
        assert seal_hash(store.load_inspection(iid)) == sealed
        assert store.verify_seal(iid) == [] and store.check_integrity() == []
        assert run_doctor(store).orphan_blobs == ()
        # A new follow-up step on the upgraded database keeps the old file and adds the new one.
        scan = tmp_path / "bao-cao.pdf"
        scan.write_bytes(SCAN)
        rec = update_followup(store, rec.id, actor="Chi", today=date(2017, 5, 1), files=[scan])
        assert [f.file_name for f in followup_files(rec)] == ["cong-van-so-12.pdf", "bao-cao.pdf"]
        assert seal_hash(store.load_inspection(iid)) == sealed and store.verify_seal(iid) == []
    assert list(folder.glob("inspector.sqlite3.bak-v3-*"))  # the upgrade kept a copy first


_names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() == s and s)
_shas = st.text("0123456789abcdef", min_size=64, max_size=64)


@given(old=st.lists(st.tuples(_names, _shas), max_size=4), new=st.lists(st.tuples(_names, _shas), max_size=4),
       prose=st.text(max_size=80))
def test_followup_blobs_reads_old_note_lines_and_new_entries(old, new, prose):
    """Whatever the note says around them, every file line an older version wrote is found, and
    linked entries win for the same file."""
    from inspector.domain.recommendation import followup_blobs

    lines = [prose, *(f"Minh chứng: {name} (SHA-256 {sha})" for name, sha in old), prose]
    data = {"note": "\n".join(lines), "evidence": [{"sha256": sha, "file_name": name} for name, sha in new]}
    expected = {}
    for name, sha in old:
        expected.setdefault(sha, name)
    expected.update({sha: name for name, sha in new})
    found = followup_blobs(data)
    assert set(found) >= set(expected)
    assert {sha: found[sha] for sha in expected} == expected
    assert followup_blobs(None) == {} and followup_blobs({"note": prose}) == followup_blobs({"note": prose, "evidence": []})
