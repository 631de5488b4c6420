"""The store on real SQLite files: records, partial updates, audit trail, evidence, revisions."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from inspector.domain import (
    EvidenceSource,
    FindingStatus,
    InspectionStatus,
    ProvinceRef,
    RecommendationStatus,
)
from inspector.errors import InvalidInputError, NotFoundError
from inspector.storage import Store

from support import PHU_THO

ACTOR = "Nguyễn Văn An"


def test_inspection_round_trip_and_list(store, inspection, nd43):
    store.record_finding(inspection.id, "nd43.d10.1b.1", actor=ACTOR, status="khong_dat", note="Tin cũ")
    store.record_finding(inspection.id, "chung.thanhphan", actor=ACTOR, value=35)
    [summary] = store.list_inspections()
    assert summary.id == inspection.id and summary.total == nd43.item_count
    assert (summary.answered, summary.not_met) == (2, 1)
    record = store.load_inspection(inspection.id)
    assert record.inspection.inspected_unit == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
    assert record.findings["nd43.d10.1b.1"].status is FindingStatus.NOT_MET
    assert record.findings["chung.thanhphan"].value == 35.0
    assert store.template_for(record.inspection) == nd43


def test_list_filters_search_without_diacritics(store, nd43, nd42):
    from datetime import UTC, datetime

    a = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ",
                                actor=ACTOR, started_at=datetime(2016, 10, 7, 8, 0, tzinfo=UTC))
    b = store.create_inspection(template=nd42, province=ProvinceRef("34", "66", "Tỉnh Đắk Lắk"),
                                inspected_unit="Sở KH&CN tỉnh Đắk Lắk", actor=ACTOR,
                                started_at=datetime(2025, 9, 1, 8, 0, tzinfo=UTC))
    assert [s.id for s in store.list_inspections(search="dak lak")] == [b.id]
    assert [s.id for s in store.list_inspections(search="PHU THO")] == [a.id]
    assert [s.id for s in store.list_inspections(search="100%")] == []
    assert [s.id for s in store.list_inspections(year=2016)] == [a.id]
    assert [s.id for s in store.list_inspections(province=ProvinceRef("34", "66", ""))] == [b.id]
    store.finalize(a.id, actor=ACTOR)
    assert [s.id for s in store.list_inspections(status=InspectionStatus.FINALIZED)] == [a.id]
    assert [s.id for s in store.list_inspections()] == [b.id, a.id]  # newest first


def test_partial_updates_keep_other_fields_and_audit_old_new(store, inspection):
    item = "nd43.d10.1b.1"
    store.record_finding(inspection.id, item, actor=ACTOR, status="dat_mot_phan", note="Thiếu tin")
    store.record_finding(inspection.id, item, actor="Trần Thị Bình", status="khong_dat")
    f = store.finding(inspection.id, item)
    assert (f.status, f.note, f.author) == (FindingStatus.NOT_MET, "Thiếu tin", "Trần Thị Bình")
    trail = [a for a in store.audit_trail(inspection.id) if a.entity == "finding"]
    assert [(a.actor, a.field, a.old, a.new) for a in trail[1:]] == [
        ("Trần Thị Bình", "status", "dat_mot_phan", "khong_dat")]
    assert trail[0].field == "*" and trail[0].new["note"] == "Thiếu tin"
    assert len(store.history(inspection.id, "finding", item)) == 2


def test_unchanged_write_makes_no_revision(store, inspection):
    item = "nd43.d10.1b.1"
    a = store.record_finding(inspection.id, item, actor=ACTOR, status="dat")
    b = store.record_finding(inspection.id, item, actor=ACTOR, status="dat")
    assert a.revision == b.revision
    assert len(store.history(inspection.id, "finding", item)) == 1


def test_values_are_checked_against_the_item(store, inspection):
    with pytest.raises(InvalidInputError) as e:
        store.record_finding(inspection.id, "chung.thanhphan", actor=ACTOR, value="many")
    assert e.value.field_name == "value"
    with pytest.raises(InvalidInputError):
        store.record_finding(inspection.id, "nd43.d10.1b.1", actor=ACTOR, value=3)
    with pytest.raises(InvalidInputError):
        store.record_finding(inspection.id, "no.such.item", actor=ACTOR, status="dat")
    with pytest.raises(ValueError):
        store.record_finding(inspection.id, "nd43.d10.1b.1", actor=ACTOR, status="maybe")
    with pytest.raises(InvalidInputError):
        store.record_finding(inspection.id, "chung.thanhphan", actor=ACTOR, value=float("nan"))
    with pytest.raises(NotFoundError):
        store.record_finding("nope", "chung.url", actor=ACTOR, status="dat")
    assert store.load_inspection(inspection.id).findings == {}


def test_text_is_nfc_normalised(store, inspection):
    decomposed = "Ðạt yêu cầu".replace("ạ", "a\u0323")
    f = store.record_finding(inspection.id, "nd43.d10.1b.1", actor=ACTOR, note=decomposed)
    assert f.note == "Ðạt yêu cầu"


def test_evidence_is_content_addressed_and_verified(store, inspection, tmp_path):
    photo = tmp_path / "ảnh chụp.png"
    photo.write_bytes(b"\x89PNG fake but bytes" * 1000)
    e1 = store.add_evidence_file(inspection.id, photo, item_id="nd43.d10.1b.1", caption="Trang chủ", actor=ACTOR)
    e2 = store.add_evidence(inspection.id, photo.read_bytes(), "copy.png", actor=ACTOR)
    assert e1.sha256 == e2.sha256 and e1.id != e2.id
    assert e1.media_type == "image/png" and e1.file_name == "ảnh chụp.png" and e1.size == 19000
    assert store.evidence_path(e1.sha256).read_bytes() == photo.read_bytes()
    assert store.blobs.verify(e1.sha256) is None
    store.update_evidence(e1.id, actor=ACTOR, caption="Ảnh trang chủ")
    store.remove_evidence(e2.id, actor=ACTOR, reason="trùng")
    record = store.load_inspection(inspection.id)
    assert [e.caption for e in record.evidence] == ["Ảnh trang chủ"]
    assert record.evidence_for("nd43.d10.1b.1")[0].source is EvidenceSource.FILE
    assert store.evidence_path(e1.sha256).exists()  # history still points at it


def test_recommendations_and_overdue(store, inspection):
    rec = store.add_recommendation(inspection.id, "Bổ sung chuyên mục hỏi đáp", actor=ACTOR,
                                   responsible_unit="Sở TT&TT", deadline=date(2016, 12, 31),
                                   item_ids=["nd43.d10.1b.1"])
    assert rec.is_overdue(date(2017, 1, 1)) and not rec.is_overdue(date(2016, 12, 31))
    store.finalize(inspection.id, actor=ACTOR)
    done = store.update_recommendation(rec.id, actor=ACTOR, status="done", note="Đã khắc phục")
    assert done.status is RecommendationStatus.DONE and not done.is_overdue(date(2017, 1, 1))
    assert store.all_recommendations() == [done]
    with pytest.raises(Exception) as e:
        store.update_recommendation(rec.id, actor=ACTOR, text="changed after signing")
    assert type(e.value).__name__ == "SealedError"


def test_template_snapshot_outlives_the_catalog(tmp_path, nd43):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        i = s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở", actor=ACTOR)
    with Store.open(path) as s:
        s._templates.clear()
        t = s.template_for(s.inspection(i.id))
        assert t.content_hash == nd43.content_hash and t.item_count == nd43.item_count


def test_template_snapshot_is_checked_against_its_hash_however_it_is_read(tmp_path, nd43):
    """Read back as written, the snapshot's bytes are checked (no re-serialising); with other
    spacing the content is hashed again; a changed text is refused either way."""
    import json

    from inspector.errors import StorageError

    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        i = s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở", actor=ACTOR)
    with sqlite3.connect(path) as conn:
        (body,) = conn.execute("SELECT body FROM templates WHERE content_hash = ?", (nd43.content_hash,)).fetchone()
    with Store.open(path) as s:
        assert s.template(nd43.content_hash) == nd43
    respaced = json.dumps(json.loads(body), indent=1, ensure_ascii=True)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE templates SET body = ?", (respaced,))
    with Store.open(path) as s:
        assert s.template(nd43.content_hash) == nd43 and s.template(nd43.content_hash).content_hash == nd43.content_hash
    first = next(nd43.items()).text
    for changed in (body.replace(first, first + " (sửa)"), respaced.replace(json.dumps(first)[1:-1], "Khác")):
        assert changed != body
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE templates SET body = ?", (changed,))
        with Store.open(path) as s, pytest.raises(StorageError):
            s.template_for(s.inspection(i.id))


def test_device_id_is_stable(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        first = s.device_id
    with Store.open(path) as s:
        assert s.device_id == first and len(first) == 32


def test_failed_write_leaves_nothing_half_done(store, inspection):
    before = store.counts()
    with pytest.raises(InvalidInputError), store._tx():
        store.record_finding(inspection.id, "nd43.d10.1b.1", actor=ACTOR, status="dat")
        store.record_finding(inspection.id, "chung.thanhphan", actor=ACTOR, value="bad")
    assert store.counts() == before


def test_wal_and_foreign_keys_are_on(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO findings (inspection_id, item_id, answered, data, revision)"
                           " VALUES ('missing', 'x', 0, '{}', 'r')")


def test_list_counts_only_the_items_in_force_on_the_inspection_date(store, nd43):
    from datetime import UTC, datetime

    # 23:30 UTC on 6 October is 7 October in Việt Trì: the date that decides the law.
    made = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT", actor=ACTOR,
                                   started_at=datetime(2016, 10, 6, 23, 30, tzinfo=UTC))
    assert made.day == date(2016, 10, 7)
    [summary] = store.list_inspections()
    assert summary.total == len(nd43.items_in_force(date(2016, 10, 7))) < nd43.item_count


def test_the_list_counts_only_answers_to_items_in_force_on_the_inspection_date(tmp_path):
    """An answer to an item not in force on the inspection's date (given before the date was
    changed) is hidden and never counted: the list said "101% (82/81)"."""
    from datetime import UTC, datetime

    from inspector.checklists import load_catalog
    from inspector.domain import ProvinceRef

    nd42 = load_catalog().get("nd42-2022")
    later_only = [i for i in nd42.items_for_inspection(datetime(2025, 1, 1).date())
                  if i not in nd42.items_for_inspection(datetime(2023, 5, 16).date())]
    assert later_only  # Circular 22/2023 items, in force from 05/4/2024
    with Store.open(tmp_path / "db.sqlite3") as store:
        i = store.create_inspection(template=nd42, province=ProvinceRef("63", "66", "Tỉnh Đắk Lắk"),
                                    inspected_unit="Sở", actor="a", started_at=datetime(2025, 1, 1, 2, tzinfo=UTC))
        store.record_finding(i.id, later_only[0].id, actor="a", status="khong_dat")
        store.record_finding(i.id, next(iter(nd42.items())).id, actor="a", status="dat")
        [before] = store.list_inspections()
        assert (before.answered, before.not_met) == (2, 1)
        store.update_inspection(i.id, actor="a", started_at=datetime(2023, 5, 16, 2, tzinfo=UTC))
        [after] = store.list_inspections()
    assert after.total == len(nd42.items_for_inspection(datetime(2023, 5, 16).date()))
    assert (after.answered, after.not_met) == (1, 0) and after.answered <= after.total
