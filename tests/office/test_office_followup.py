"""Follow-up of recommendations: overdue derived from the deadline and today, filters, updates
with a note and evidence files kept by SHA-256, bad input leaving the recommendation unchanged."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from inspector.domain.status import RecommendationStatus
from inspector.errors import InvalidInputError, NotFoundError
from inspector.office import FollowUpState, followup_files, list_followups, update_followup

from conftest import HA_NOI, TODAY


def test_every_recommendation_with_province_and_derived_state(known):
    store, ids, recs = known
    rows = list_followups(store, TODAY)
    by_id = {r.id: r for r in rows}
    assert set(by_id) == set(recs.values())
    overdue = by_id[recs["overdue"]]
    assert overdue.state is FollowUpState.OVERDUE and overdue.days_overdue == (TODAY - date(2016, 12, 31)).days
    assert overdue.province.name == "Tỉnh Phú Thọ" and overdue.year == 2016
    assert overdue.recommendation.responsible_unit == "Văn phòng UBND tỉnh"
    assert by_id[recs["due_later"]].state is FollowUpState.OPEN
    # Done is never overdue, even past its deadline; no deadline is never overdue.
    assert by_id[recs["done"]].state is FollowUpState.DONE and by_id[recs["done"]].days_overdue == 0
    assert by_id[recs["no_deadline"]].state is FollowUpState.OPEN
    # Overdue first, done last.
    assert rows[0].id == recs["overdue"] and rows[-1].id == recs["done"]
    # The same recommendation is not overdue on its deadline day.
    on_deadline = {r.id: r for r in list_followups(store, date(2016, 12, 31))}
    assert on_deadline[recs["overdue"]].state is FollowUpState.OPEN


def test_filters(known):
    store, _, recs = known
    assert [r.id for r in list_followups(store, TODAY, states=[FollowUpState.OVERDUE])] == [recs["overdue"]]
    assert [r.id for r in list_followups(store, TODAY, province=HA_NOI)] == [recs["due_later"]]
    assert {r.id for r in list_followups(store, TODAY, year=2016)} == {recs["overdue"], recs["due_later"], recs["done"]}
    # Search ignores Vietnamese marks and case.
    assert [r.id for r in list_followups(store, TODAY, search="BAN DO dia gioi")] == [recs["overdue"]]
    assert list_followups(store, TODAY, template_id="nd43-tt25") == []


def test_update_with_status_note_and_evidence(known, tmp_path):
    store, ids, recs = known
    scan = tmp_path / "Báo cáo khắc phục.pdf"
    scan.write_bytes(b"%PDF-1.4 bao cao khac phuc " * 100)
    rec = update_followup(store, recs["overdue"], actor="Lê Thị Hoa", today=TODAY, status="in_progress",
                          note="Tỉnh đã giao Sở Tài nguyên và Môi trường cung cấp bản đồ.", files=[scan])
    assert rec.status is RecommendationStatus.IN_PROGRESS
    assert rec.note.startswith("30/6/2017 – Lê Thị Hoa: Tỉnh đã giao")
    files = followup_files(store.recommendation(recs["overdue"]))
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert [(f.file_name, f.sha256) for f in files] == [("Báo cáo khắc phục.pdf", sha)]
    assert store.evidence_path(sha).read_bytes() == scan.read_bytes()
    # Still overdue (not done, past the deadline); a second step appends to the log.
    assert {r.id: r.state for r in list_followups(store, TODAY)}[recs["overdue"]] is FollowUpState.OVERDUE
    rec = update_followup(store, recs["overdue"], actor="Lê Thị Hoa", today=date(2017, 7, 15), status="done",
                          note="Đã đăng bản đồ trên Cổng.")
    assert rec.note.splitlines()[-1] == "15/7/2017 – Lê Thị Hoa: Đã đăng bản đồ trên Cổng."
    assert len(followup_files(rec)) == 1
    assert {r.id: r.state for r in list_followups(store, TODAY)}[recs["overdue"]] is FollowUpState.DONE
    # The audit trail keeps who changed the status, and why.
    trail = [e for e in store.audit_trail(ids["phutho2016"]) if e.field == "status"]
    assert [(e.old, e.new, e.actor, e.reason) for e in trail] == [
        ("open", "in_progress", "Lê Thị Hoa", "follow-up"), ("in_progress", "done", "Lê Thị Hoa", "follow-up")]


def test_follow_up_works_on_a_finalized_inspection(known):
    store, ids, recs = known
    store.finalize(ids["hanoi"], actor="test")
    rec = update_followup(store, recs["due_later"], actor="b", today=TODAY, status="done")
    assert rec.status is RecommendationStatus.DONE


def test_bad_follow_up_input_changes_nothing(known, tmp_path):
    store, _, recs = known
    before = store.recommendation(recs["due_later"])
    with pytest.raises(InvalidInputError):
        update_followup(store, recs["due_later"], actor="b", today=TODAY)
    with pytest.raises(InvalidInputError):
        update_followup(store, recs["due_later"], actor="b", today=TODAY, note="x", files=[tmp_path / "none.pdf"])
    with pytest.raises(InvalidInputError):
        update_followup(store, recs["due_later"], actor="b", today=TODAY, status="finished")
    assert store.recommendation(recs["due_later"]) == before
    with pytest.raises(NotFoundError):
        update_followup(store, "no-such-id", actor="b", today=TODAY, note="x")
