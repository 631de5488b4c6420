"""Sync between devices through a folder and through a real WebDAV server (wsgidav, HTTPS, auth)."""

from __future__ import annotations

import contextlib
import json
import re
import threading
from pathlib import Path

import pytest
from apache_dav import apache_dav  # noqa: F401 - fixture

from inspector.checklists import load_catalog
from inspector.domain.record import record_to_dict
from inspector.errors import Cancelled, SafetyBrakeError, SealedError, SyncError
from inspector.sync import (
    FolderTarget,
    SyncSettings,
    WebDAVTarget,
    list_conflicts,
    resolve_conflict,
)
from inspector.sync.engine import read_format
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


def state(store) -> dict:
    """Everything a user can see, for comparing devices."""
    out = {}
    for inspection_id in store.inspection_ids():
        d = record_to_dict(store.load_inspection(inspection_id))
        d["status"] = store.inspection(inspection_id).status.value
        out[inspection_id] = d
    return {"inspections": out, "conflicts": sorted((c[0], c[1], c[2], c[3]) for c in store.divergent_records())}


def test_two_devices_converge_with_evidence_and_second_sync_changes_nothing(tmp_path, target):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat", note="Có chuyên mục hỏi đáp")
    photo = bytes(range(256)) * 800
    ev = a.add_evidence(insp.id, photo, "ảnh chụp.png", item_id=ITEMS[0], actor="An")
    rec = a.add_recommendation(insp.id, "Cập nhật văn bản QPPL", actor="An")

    first = sync(a, target, init=True)
    assert first.initialized and first.revisions_pushed == 4 and first.blobs_uploaded == 1
    got = sync(b, target)
    assert got.revisions_imported == 4 and got.blobs_downloaded == 1
    assert b.blobs.read(ev.sha256) == photo
    assert state(a) == state(b)

    b.record_finding(insp.id, ITEMS[1], actor="Bình", status="khong_dat", value=None, note="Thiếu")
    b.remove_recommendation(rec.id, actor="Bình")  # a tombstone travels too
    sync(b, target)
    sync(a, target)
    assert state(a) == state(b)
    assert a.all_recommendations() == []
    assert a.finding(insp.id, ITEMS[1]).note == "Thiếu"

    # Idempotent: running again changes nothing, on either side and on the target.
    before = (revision_ids(a), revision_ids(b), state(a))
    for store in (a, b):
        again = sync(store, target)
        assert not again.changed and again.packs_written == 0 and again.blobs_uploaded == 0
    assert (revision_ids(a), revision_ids(b), state(a)) == before
    assert a.check_integrity() == [] and b.check_integrity() == []


def test_concurrent_edits_of_a_finding_become_a_conflict_then_resolve_everywhere(tmp_path, target):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    sync(a, target, init=True)
    sync(b, target)
    ra = a.record_finding(insp.id, ITEMS[0], actor="An", status="dat_mot_phan", note="Thiếu 2 mục")
    rb = b.record_finding(insp.id, ITEMS[0], actor="Bình", status="khong_dat", note="Không có")
    sync(a, target)
    report = sync(b, target)
    sync(a, target)
    assert report.conflicts == 1
    for store in (a, b):
        [conflict] = list_conflicts(store)
        assert (conflict.entity, conflict.key) == ("finding", ITEMS[0])
        assert {v.revision for v in conflict.versions} == {ra.revision, rb.revision}
        assert {"note", "status"} <= set(conflict.changed_fields())
        assert [c.item_id for c in store.conflicts()] == [ITEMS[0]]
    assert state(a) == state(b)  # both show the same version meanwhile
    with pytest.raises(Exception):  # noqa: B017 - finalizing with an open conflict is refused
        a.finalize(insp.id, actor="An")

    resolve_conflict(b, insp.id, "finding", ITEMS[0], ra.revision[:10], actor="Bình", reason="An đúng")
    sync(b, target)
    sync(a, target)
    for store in (a, b):
        assert list_conflicts(store) == []
        assert store.finding(insp.id, ITEMS[0]).note == "Thiếu 2 mục"
    # Nothing lost: both conflicting versions stay in the history.
    history = {r.id for r in a.history(insp.id, "finding", ITEMS[0])}
    assert {ra.revision, rb.revision} <= history


def test_late_edit_to_finalized_inspection_is_surfaced_not_applied(tmp_path, target):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    sync(a, target, init=True)
    sync(b, target)
    seal = a.finalize(insp.id, actor="An")
    late = b.record_finding(insp.id, ITEMS[0], actor="Bình", status="khong_dat")  # B did not know
    b.record_finding(insp.id, ITEMS[2], actor="Bình", status="dat")  # a new answer after the seal
    sync(a, target)
    report_b = sync(b, target)  # B receives the seal while holding late changes
    report_a = sync(a, target)  # A receives the late changes
    assert report_b.seal_guards == 2
    for store in (a, b):
        assert store.verify_seal(insp.id) == [], store
        assert store.inspection(insp.id).status.value == "finalized"
        assert store.seals(insp.id)[-1].sha256 == seal.sha256
        assert store.finding(insp.id, ITEMS[0]).status.value == "dat"  # the sealed answer is shown
        assert store.finding(insp.id, ITEMS[2]) is None
        keys = {(c.entity, c.key) for c in list_conflicts(store)}
        assert keys == {("finding", ITEMS[0]), ("finding", ITEMS[2])}
        assert late.revision in {r.id for r in store.history(insp.id, "finding", ITEMS[0])}
    assert report_a.seal_guards == 0  # the same guards came from B: one revision each, not two
    assert state(a) == state(b)
    # Resolving needs an amendment first; then the late answer can be kept.
    with pytest.raises(SealedError):
        resolve_conflict(a, insp.id, "finding", ITEMS[0], late.revision, actor="An")
    a.amend(insp.id, reason="Bổ sung kết quả của đoàn viên Bình", actor="An")
    resolve_conflict(a, insp.id, "finding", ITEMS[0], late.revision, actor="An")
    sync(a, target)
    sync(b, target)
    assert b.finding(insp.id, ITEMS[0]).status.value == "khong_dat"
    assert b.inspection(insp.id).status.value == "draft"
    assert a.check_integrity() == [] and b.check_integrity() == []


def test_amendment_travels_and_sanctions_later_edits(tmp_path, target):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    a.finalize(insp.id, actor="An")
    a.amend(insp.id, reason="Sửa số liệu", actor="An")
    sync(a, target, init=True)
    sync(b, target)
    b.record_finding(insp.id, ITEMS[0], actor="Bình", status="dat_mot_phan")
    sync(b, target)
    report = sync(a, target)
    assert report.seal_guards == 0 and list_conflicts(a) == []
    assert a.finding(insp.id, ITEMS[0]).status.value == "dat_mot_phan"
    a.finalize(insp.id, actor="An")
    sync(a, target)
    sync(b, target)
    assert b.verify_seal(insp.id) == [] and len(b.seals(insp.id)) == 2


def test_safety_brake_other_target_and_emptied_target(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    target = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    sync(a, target, init=True)
    # The stick is reformatted: empty now.
    import shutil

    shutil.rmtree(root)
    root.mkdir()
    with pytest.raises(SafetyBrakeError) as err:
        sync(a, target)
    assert err.value.reason == "empty-target"
    assert list(root.iterdir()) == []  # nothing written
    # Someone initialised it for another office meanwhile: a different target id.
    other = open_store(tmp_path / "other")
    sync(other, target, init=True, confirm=True)
    with pytest.raises(SafetyBrakeError) as err:
        sync(a, target)
    assert err.value.reason == "different-target"
    assert read_format(FolderTransport(root))["target_id"] == sync(other, target).target_id
    report = sync(a, target, confirm=True)  # knowingly: push everything there
    assert report.revisions_pushed == len(revision_ids(a))


def test_safety_brake_when_files_vanish_from_target(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    sync(a, settings, init=True)
    sync(b, settings)
    for pack in (root / "packs").iterdir():
        pack.unlink()
    with pytest.raises(SafetyBrakeError) as err:
        sync(b, settings)
    assert err.value.reason == "packs-missing"
    report = sync(b, settings, confirm=True)  # pushes everything again
    assert report.revisions_pushed == len(revision_ids(b))
    c = open_store(tmp_path / "c")
    sync(c, settings)
    assert state(c)["inspections"] == state(a)["inspections"]


def test_safety_brake_on_mass_deletion(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    recs = [a.add_recommendation(insp.id, f"Kiến nghị {n}", actor="An") for n in range(12)]
    sync(a, settings, init=True)
    sync(b, settings)
    for rec in recs:
        b.remove_recommendation(rec.id, actor="Bình")
    # The deleting device itself is asked first (issue 17, hole 14), then the receivers.
    sent_before = sorted(p.name for p in (root / "packs").iterdir())
    with pytest.raises(SafetyBrakeError) as err:
        sync(b, settings)
    assert err.value.reason == "mass-delete-outgoing" and err.value.counts["deletions"] == 12
    assert sorted(p.name for p in (root / "packs").iterdir()) == sent_before  # nothing sent
    sync(b, settings, confirm=True)
    before = revision_ids(a)
    with pytest.raises(SafetyBrakeError) as err:
        sync(a, settings)
    assert err.value.reason == "mass-delete" and err.value.counts["deletions"] == 12
    assert revision_ids(a) == before and len(a.all_recommendations()) == 12
    sync(a, settings, confirm=True)
    assert a.all_recommendations() == []


def test_not_initialized_target_is_refused_without_init(tmp_path, target):
    a = open_store(tmp_path / "a")
    with pytest.raises(SyncError) as err:
        sync(a, target)
    assert err.value.reason == "not-initialized"


def test_cancel_at_every_step_then_next_run_completes(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a)
    for n, item in enumerate(ITEMS[:20]):
        a.record_finding(insp.id, item, actor="An", status="dat", note=f"ghi chú {n}")
        a.add_evidence(insp.id, f"ảnh {n}".encode() * 100, f"{n}.jpg", item_id=item, actor="An")
    sync(a, settings, init=True)
    for stop_after in range(1, 40, 3):
        def cancelled(calls={"n": 0}, limit=stop_after) -> bool:  # noqa: B006 - a fresh counter per run
            calls["n"] += 1
            return calls["n"] > limit

        with contextlib.suppress(Cancelled):
            sync(b, settings, cancelled=cancelled)
    sync(b, settings)
    assert state(a) == state(b)
    for ev in b.load_inspection(insp.id).evidence:
        assert b.blobs.verify(ev.sha256) is None


@pytest.mark.parametrize("server_fixture", ["webdav", "apache_dav"])
def test_two_devices_syncing_at_the_same_moment_lose_nothing(tmp_path, request, server_fixture):
    server = request.getfixturevalue(server_fixture)
    settings = SyncSettings(WebDAVTarget(server.url, USER, server.ca_file))
    seed = open_store(tmp_path / "seed")
    insp = new_inspection(seed)
    sync(seed, settings, init=True)
    devices = [open_store(tmp_path / f"d{n}") for n in range(3)]
    for d in devices:
        sync(d, settings)
    made = []
    for n, d in enumerate(devices):
        for item in ITEMS[n * 5:(n + 1) * 5]:
            made.append(d.record_finding(insp.id, item, actor=f"d{n}", status="dat").revision)
        d.record_finding(insp.id, ITEMS[40], actor=f"d{n}", note=f"cùng mục, máy {n}")
    # Stores are used by one thread each; the three syncs overlap on the server.
    errors = []

    def run(d):
        try:
            sync(d, settings)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for d in devices + [seed]:
        sync(d, settings)
    for d in devices + [seed]:
        sync(d, settings)
        assert set(made) <= revision_ids(d)
        assert state(d) == state(devices[0])
        [conflict] = list_conflicts(d)
        assert conflict.key == ITEMS[40] and len(conflict.versions) == 3


def test_published_templates_are_validated_and_pulled(tmp_path, target):
    from inspector.checklists.catalog import published_dir
    from inspector.sync import publish_template

    a = open_store(tmp_path / "a")
    sync(a, target, init=True)
    builtin = Path(__file__).resolve().parent.parent / "resources" / "checklists" / "nd42-2022.yaml"
    # Whatever version the built-in file has, the published copy is 9.1 (the first version: line).
    new_version = re.sub(r"(?m)^version: .*$", "version: '9.1'", builtin.read_text(encoding="utf-8"), count=1)
    good = tmp_path / "nd42-new.yaml"
    good.write_text(new_version, encoding="utf-8")
    name = publish_template(target.settings, good, password=PASSWORD)
    assert name == "nd42-2022@9.1.yaml"
    # Publishing the same version again with other content is refused.
    changed = tmp_path / "changed.yaml"
    changed.write_text(new_version.replace("title: ", "title: Sửa — ", 1), encoding="utf-8")
    with pytest.raises(SyncError):
        publish_template(target.settings, changed, password=PASSWORD)
    # A hostile or broken file on the target is refused by the strict loader, and reported once.
    bad = b"id: nd42-2022\nversion: 9.9\nsections: [oops\n"
    if isinstance(target.settings.target, FolderTarget):
        (target.root / "templates" / "broken@9.9.yaml").write_bytes(bad)
    report = sync(a, target)
    assert len(report.templates_added) == 1
    folder = published_dir(a.path.parent)
    [pulled] = list(folder.glob("*.yaml"))
    assert [(t.id, t.version) for t in load_catalog(folder).templates] == [("nd42-2022", "9.1")]
    assert pulled.read_text(encoding="utf-8") == new_version
    if isinstance(target.settings.target, FolderTarget):
        assert len(report.templates_rejected) == 1 and "broken@9.9.yaml" in report.templates_rejected[0]
        assert sync(a, target).templates_rejected == ()
    assert not sync(a, target).changed


def test_format_file_holds_version_and_target_id(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    a = open_store(tmp_path / "a")
    report = sync(a, SyncSettings(FolderTarget(root)), init=True)
    fmt = json.loads((root / "inspector-sync.json").read_text())
    assert fmt["format"] == 1 and fmt["target_id"] == report.target_id and fmt["encryption"] is None
    assert {p.name for p in root.iterdir()} >= {"inspector-sync.json"}
