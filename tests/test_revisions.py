"""Revisions between two databases: idempotent import, fast-forward, conflicts kept, resolution."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.errors import InvalidInputError
from inspector.storage import Store

from support import PHU_THO

ITEM = "nd43.d10.1b.1"


def exchange(a: Store, b: Store) -> None:
    """What a sync does with revisions, both ways (templates first)."""
    for src, dst in ((a, b), (b, a)):
        for ref in src.stored_templates():
            dst.save_template(src.template(ref.content_hash))
        dst.import_revisions([r for _, r in src.revisions()])


@pytest.fixture
def pair(tmp_path, nd43):
    a = Store.open(tmp_path / "a.sqlite3")
    b = Store.open(tmp_path / "b.sqlite3")
    i = a.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT", actor="A")
    exchange(a, b)
    yield a, b, i.id
    a.close()
    b.close()


def test_import_is_idempotent(pair):
    a, b, iid = pair
    a.record_finding(iid, ITEM, actor="A", status="dat")
    revs = [r for _, r in a.revisions()]
    assert b.import_revisions(revs) == 1
    assert b.import_revisions(revs) == 0
    assert b.load_inspection(iid).findings[ITEM].status.value == "dat"


def test_fast_forward_is_not_a_conflict(pair):
    a, b, iid = pair
    a.record_finding(iid, ITEM, actor="A", status="dat")
    exchange(a, b)
    b.record_finding(iid, ITEM, actor="B", note="bổ sung ghi chú")
    exchange(a, b)
    for s in (a, b):
        f = s.finding(iid, ITEM)
        assert (f.status.value, f.note) == ("dat", "bổ sung ghi chú")
        assert s.conflicts() == []


def test_concurrent_edits_become_a_conflict_then_a_resolution(pair):
    a, b, iid = pair
    a.record_finding(iid, ITEM, actor="A", status="dat")
    b.record_finding(iid, ITEM, actor="B", status="khong_dat", note="Tin cũ hơn 30 ngày")
    exchange(a, b)
    for s in (a, b):
        [conflict] = s.conflicts()
        assert s.list_inspections()[0].conflicts == 1
        assert sorted(v.author for v in conflict.versions) == ["A", "B"]
        assert s.load_inspection(iid).conflicts == (conflict,)
    # both devices show the same winner until someone resolves
    assert a.finding(iid, ITEM).revision == b.finding(iid, ITEM).revision
    a.record_finding(iid, ITEM, actor="A", status="khong_dat", note="Tin cũ hơn 30 ngày")
    exchange(a, b)
    for s in (a, b):
        assert s.conflicts() == []
        assert s.finding(iid, ITEM).status.value == "khong_dat"


def test_tampered_revision_is_refused(pair):
    a, b, iid = pair
    a.record_finding(iid, ITEM, actor="A", status="dat")
    rev = a.revisions()[-1][1]
    forged = dataclasses.replace(rev, data=dict(rev.data, status="khong_dat"))
    with pytest.raises(InvalidInputError):
        b.import_revisions([forged])
    assert b.finding(iid, ITEM) is None


def test_tombstones_travel(pair):
    a, b, iid = pair
    e = a.add_evidence(iid, b"bytes", "x.txt", actor="A")
    exchange(a, b)
    assert len(b.load_inspection(iid).evidence) == 1
    b.remove_evidence(e.id, actor="B")
    exchange(a, b)
    assert a.load_inspection(iid).evidence == ()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(["dat", "khong_dat", "dat_mot_phan"]),
                          st.booleans()), min_size=1, max_size=8))
def test_two_devices_converge_whatever_the_order(tmp_path_factory, nd43, ops):
    folder = tmp_path_factory.mktemp("conv")
    a, b = Store.open(folder / "a.sqlite3"), Store.open(folder / "b.sqlite3")
    try:
        iid = a.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở", actor="A").id
        exchange(a, b)
        for who, status, sync_after in ops:
            (a if who == "a" else b).record_finding(iid, ITEM, actor=who, status=status)
            if sync_after:
                exchange(a, b)
        exchange(a, b)
        fa, fb = a.finding(iid, ITEM), b.finding(iid, ITEM)
        assert fa.revision == fb.revision and fa.status == fb.status
        assert [c.versions for c in a.conflicts()] == [c.versions for c in b.conflicts()]
    finally:
        a.close()
        b.close()
