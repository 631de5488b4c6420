"""Issue 17 holes 1–2: a seal cannot be lifted by editing the tables, and every consumer of
sealed data (minutes export, `inspector report`) says so when the content no longer matches."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from inspector.cli import main
from inspector.errors import SealedError

ITEM = "nd43.d10.1b.1"


def sql(path, statement, params=()):
    conn = sqlite3.connect(path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def lift_the_seal(path, inspection_id):
    """The attack of hole 1: set status (and data.status) back to draft by hand."""
    data = json.loads(sqlite3.connect(path).execute(
        "SELECT data FROM inspections WHERE id = ?", (inspection_id,)).fetchone()[0])
    data["status"] = "draft"
    sql(path, "UPDATE inspections SET status = 'draft', data = ? WHERE id = ?", (json.dumps(data), inspection_id))


@pytest.fixture
def sealed(store, inspection):
    store.record_finding(inspection.id, ITEM, actor="A", status="khong_dat", note="Thiếu lịch làm việc")
    store.finalize(inspection.id, actor="A")
    assert store.check_integrity() == []
    return inspection


def test_lifting_the_seal_by_sql_is_reported_and_edits_stay_refused(store, sealed):
    lift_the_seal(store.path, sealed.id)
    problems = store.check_integrity()
    details = [p.detail for p in problems]
    assert any("reopened after seal 1 without an amendment" in d for d in details), details
    assert any("differs from the revision log" in d for d in details), details
    # The core still refuses edits and a second seal: the log says the inspection is sealed.
    with pytest.raises(SealedError):
        store.record_finding(sealed.id, ITEM, actor="B", status="dat")
    with pytest.raises(SealedError):
        store.finalize(sealed.id, actor="B")
    assert store.seal_problems(sealed.id)


def test_a_second_seal_without_an_amendment_is_reported(store, sealed):
    canonical = store.sealed_canonical(sealed.id, 1).decode()
    from inspector.domain.serialize import sha256_hex
    sql(store.path, "INSERT INTO seals VALUES (?, 2, ?, ?, '2026-01-01T00:00:00Z', 'B')",
        (sealed.id, sha256_hex(canonical.encode()), canonical))
    details = [p.detail for p in store.check_integrity()]
    assert any("seal 2 was made without an amendment of seal 1" in d for d in details), details
    assert any("seal 2: stored without any revision in the log" in d for d in details), details


def test_editing_the_sealed_text_or_removing_a_seal_is_reported(store, sealed):
    sql(store.path, "UPDATE seals SET canonical = replace(canonical, 'khong_dat', 'dat')")
    assert any("stored content altered" in p.detail for p in store.seal_problems(sealed.id))
    sql(store.path, "DELETE FROM seals")
    details = [p.detail for p in store.check_integrity()]
    assert any("seal 1: missing from the tables" in d for d in details), details


def test_editing_the_revision_log_is_reported(store, sealed):
    sql(store.path, "UPDATE revisions SET data = replace(data, 'khong_dat', 'dat') WHERE entity = 'finding'")
    details = [p.detail for p in store.check_integrity()]
    assert any("no longer matches its id" in d for d in details), details


def test_a_removed_revision_is_reported(store, inspection):
    store.record_finding(inspection.id, ITEM, actor="A", status="dat")
    store.record_finding(inspection.id, ITEM, actor="A", status="khong_dat")
    first = store.history(inspection.id, "finding", ITEM)[0].id
    sql(store.path, "DELETE FROM revisions WHERE id = ?", (first,))
    details = [p.detail for p in store.check_integrity()]
    assert any("not in the log (removed)" in d for d in details), details


def test_export_minutes_warns_when_the_sealed_text_was_edited(store, sealed, tmp_path, capsys):
    sql(store.path, "UPDATE seals SET canonical = replace(canonical, 'khong_dat', 'dat')")
    code = main(["export", "minutes", sealed.id, "-o", str(tmp_path / "bb.docx"), "--database", str(store.path)])
    err = capsys.readouterr().err
    assert code == 0
    assert "không còn khớp mã niêm phong" in err and "stored content altered" in err


def test_report_warns_about_a_finalized_inspection_that_no_longer_matches(store, sealed, tmp_path, capsys):
    data = json.loads(store.conn.execute("SELECT data FROM findings").fetchone()[0])
    data["status"] = "dat"
    sql(store.path, "UPDATE findings SET data = ?, status = 'dat'", (json.dumps(data),))
    year = (store.inspection(sealed.id).started_at or store.inspection(sealed.id).created_at).year
    code = main(["report", "--year", str(year), "--template", "nd43-tt25", "--xlsx", str(tmp_path / "r.xlsx"),
                 "--database", str(store.path), "--today", str(date.today())])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "không còn khớp mã niêm phong" in err and sealed.id in err


def test_concurrent_versions_are_not_tampering(tmp_path, nd43):
    """Two heads of one record (a sync conflict) are what the log says: no problem reported."""
    from inspector.storage import Store

    from support import PHU_THO

    a, b = Store.open(tmp_path / "a" / "db.sqlite3"), Store.open(tmp_path / "b" / "db.sqlite3")
    insp = a.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở", actor="A")
    b.save_template(nd43)
    b.import_revisions([r for _, r in a.revisions()])
    a.record_finding(insp.id, ITEM, actor="A", status="dat")
    b.record_finding(insp.id, ITEM, actor="B", status="khong_dat")
    a.import_revisions([r for _, r in b.revisions()])
    assert len(a.heads(insp.id, "finding", ITEM)) == 2
    assert a.check_integrity() == []
    a.close()
    b.close()


def test_sync_says_when_a_finalized_inspection_it_sends_no_longer_matches(store, sealed, tmp_path, capsys):
    """Sync is a consumer of sealed data too: it moves the log (the truth), but a finalized
    inspection whose tables were edited behind the program's back is named, in the report and
    on the command line."""
    from inspector.sync import FolderTarget, SyncSettings, sync_now

    data = json.loads(store.conn.execute("SELECT data FROM findings").fetchone()[0])
    data["status"] = "dat"
    sql(store.path, "UPDATE findings SET data = ?, status = 'dat'", (json.dumps(data),))
    target = tmp_path / "usb"
    target.mkdir()
    report = sync_now(store, SyncSettings(FolderTarget(target), "tester"), init=True)
    assert report.seal_problems == (sealed.id,)
    assert report.summary()["seal_problems"] == [sealed.id]
    # An untouched finalized inspection is not named (the same sync, a second store that receives it).
    from inspector.storage import Store
    other = Store.open(tmp_path / "other" / "inspector.sqlite3")
    received = sync_now(other, SyncSettings(FolderTarget(target), "tester"), confirm=True)
    assert received.revisions_imported > 0 and received.seal_problems == ()
    other.close()
