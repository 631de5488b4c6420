"""Compaction (issue 17, hole 16): packs are merged so that what a sync lists and what a first
pull reads stay bounded, safely while other devices read, write, merge and crash.

The stateful test runs several devices over a real folder: they edit, sync, and are killed in the
middle of a sync (after any number of writes, moves or deletes on the target, compaction
included). Checked all along: the target only gains files (a merged pack's members move to
retired/, nothing is deleted), no sync is stopped by the brake, and after everyone syncs once
more every device holds every acknowledged edit, the same state, a new device's first pull
reads only the few listed packs, and the listing is bounded by the merge levels.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from apache_dav import apache_dav  # noqa: F401 - fixture
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from inspector.domain.record import record_to_dict
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget, engine, sync_now
from inspector.sync.engine import MERGE_SUFFIX, PACKS, RETIRED
from inspector.sync.packs import SUFFIX, decode_pack
from inspector.sync.transport import FolderTransport

from sync_support import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    _isolated_data_dir,
    item_ids,
    new_inspection,
    open_store,
    webdav,
)

ITEMS = item_ids()[:6]
STATUSES = ["dat", "dat_mot_phan", "khong_dat", "khong_ap_dung"]
DEVICES = 3


class Crash(Exception):
    """The process was killed here (nothing after this point reaches the target)."""


class CrashingFolder(FolderTransport):
    """A real folder transport that dies after `budget` changes to the target."""

    def __init__(self, root: Path, tmp_prefix: str, budget: int):
        super().__init__(root, tmp_prefix)
        self.budget = budget

    def _tick(self) -> None:
        self.budget -= 1
        if self.budget < 0:
            raise Crash()

    def write_new(self, path: str, data: bytes) -> bool:
        self._tick()
        return super().write_new(path, data)

    def move_new(self, src: str, dst: str) -> bool:
        self._tick()
        return super().move_new(src, dst)

    def delete(self, path: str) -> None:
        self._tick()
        super().delete(path)

    def create_exclusive(self, path: str, data: bytes) -> bool:
        self._tick()
        return super().create_exclusive(path, data)


def listed_packs(root: Path) -> set[str]:
    return {p.name for p in (root / PACKS).iterdir() if p.name.endswith(SUFFIX)}


def all_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)).replace("\\", "/").split("/", 1)[-1]
            for p in root.rglob("*") if p.is_file() and p.parent.name in (PACKS, RETIRED)}


class DevicesCompacting(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.old_fan_in = engine.FAN_IN
        engine.FAN_IN = 2  # merge early and often: many levels in a few steps
        self.dir = Path(tempfile.mkdtemp(prefix="sync-compact-"))
        self.root = self.dir / "stick"
        self.root.mkdir()
        self.settings = SyncSettings(FolderTarget(self.root))
        self.stores = [open_store(self.dir / f"dev{n}") for n in range(DEVICES)]
        self.inspection = new_inspection(self.stores[0]).id
        sync_now(self.stores[0], self.settings, init=True)
        for store in self.stores[1:]:
            sync_now(store, self.settings)
        self.has = [True] * DEVICES
        self.acknowledged: set[str] = set()
        self.files: set[str] = all_files(self.root)
        self.crashes = 0
        self.damaged = 0

    def teardown(self) -> None:
        try:
            self.converge()
        finally:
            engine.FAN_IN = self.old_fan_in
            for s in self.stores:
                s.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    @rule(device=st.integers(0, DEVICES - 1), item=st.sampled_from(ITEMS), status=st.sampled_from(STATUSES),
          note=st.integers(0, 5))
    def edit(self, device: int, item: str, status: str, note: int) -> None:
        if not self.has[device]:
            return
        f = self.stores[device].record_finding(self.inspection, item, actor=f"dev{device}", status=status,
                                               note=f"ghi chú {note}")
        self.acknowledged.add(f.revision)

    @rule(device=st.integers(0, DEVICES - 1))
    def sync(self, device: int) -> None:
        sync_now(self.stores[device], self.settings)
        self.has[device] = True

    @rule(device=st.integers(0, DEVICES - 1), item=st.sampled_from(ITEMS), note=st.integers(0, 5))
    def edit_and_sync(self, device: int, item: str, note: int) -> None:
        self.edit(device, item, "dat", note)
        self.sync(device)

    @rule(device=st.integers(0, DEVICES - 1), budget=st.integers(0, 12), item=st.sampled_from(ITEMS))
    def killed_during_sync(self, device: int, budget: int, item: str) -> None:
        self.edit(device, item, "khong_dat", budget)
        store = self.stores[device]
        original = engine.open_transport
        engine.open_transport = lambda target, **kw: CrashingFolder(self.root, kw.get("tmp_prefix", "t"), budget)
        try:
            sync_now(store, self.settings)
            self.has[device] = True
        except Crash:
            self.crashes += 1
        finally:
            engine.open_transport = original

    @rule(pick=st.integers(0, 1000))
    def a_pack_is_damaged_on_the_target(self, pick: int) -> None:
        if self.damaged >= 2:
            return
        listed = sorted(listed_packs(self.root))
        if not listed:
            return
        path = self.root / PACKS / listed[pick % len(listed)]
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
        self.damaged += 1

    @invariant()
    def the_target_only_gains_files(self) -> None:
        now = all_files(self.root)
        moved = {f.split("/", 1)[-1] for f in self.files}
        assert {f.split("/", 1)[-1] for f in now} >= moved, "a pack or record was deleted from the target"
        self.files = now

    def converge(self) -> None:
        for n in range(DEVICES):
            self.sync(n)
        if self.damaged:  # the way out: every device that read a damaged pack resends
            for n in range(DEVICES):
                sync_now(self.stores[n], self.settings, resend=True)
        for _ in range(2):
            for n in range(DEVICES):
                self.sync(n)
        for name in listed_packs(self.root):  # nothing damaged is left in the listing
            decode_pack(name, (self.root / PACKS / name).read_bytes())
        states = []
        for store in self.stores:
            ids = {r.id for _, r in store.revisions()}
            assert self.acknowledged <= ids, "an acknowledged edit was lost"
            assert store.check_integrity() == []
            states.append((ids, record_to_dict(store.load_inspection(self.inspection)),
                           sorted(store.divergent_records())))
        assert all(s == states[0] for s in states[1:])
        # Bounded: after a full round, at most FAN_IN-1 packs of each level stay listed.
        listed = listed_packs(self.root)
        levels = _levels(self.root, listed)
        for level in set(levels.values()):
            assert sum(1 for v in levels.values() if v == level) < engine.FAN_IN, levels
        # Every listed merged pack has its record; retired ones are out of the listing.
        for name in listed:
            if levels[name] > 0:
                assert (self.root / PACKS / (name[: -len(SUFFIX)] + MERGE_SUFFIX)).is_file()
        # A new device reads only what is listed, and gets everything.
        newcomer = open_store(self.dir / f"new{len(self.acknowledged)}-{self.crashes}")
        report = sync_now(newcomer, self.settings)
        assert report.packs_read <= len(listed)
        assert states[0][0] <= {r.id for _, r in newcomer.revisions()}
        newcomer.close()
        import os
        if os.environ.get("SHOW"):
            print("crashes", self.crashes, "listed", len(listed), "levels", sorted(levels.values()),
                  "retired", len(list((self.root / RETIRED).glob("*"))) if (self.root / RETIRED).exists() else 0,
                  "acks", len(self.acknowledged))


def _levels(root: Path, listed: set[str]) -> dict[str, int]:
    return {n: decode_pack(n, (root / PACKS / n).read_bytes()).level for n in listed}


DevicesCompacting.TestCase.settings = settings(max_examples=12, stateful_step_count=30, deadline=None,
                                               suppress_health_check=[HealthCheck.too_slow])
TestDevicesCompacting = DevicesCompacting.TestCase


# --------------------------------------------------------------- examples
def _many_packs(store, settings, rounds: int) -> None:
    insp = store.inspection_ids()[0]
    for n in range(rounds):
        store.record_finding(insp, ITEMS[n % len(ITEMS)], actor="An", note=f"lần {n}")
        sync_now(store, settings, password=PASSWORD)


@pytest.mark.parametrize("kind", ["folder", "webdav"])
def test_two_hundred_syncs_leave_a_bounded_listing(tmp_path, webdav, kind):
    if kind == "folder":
        root = tmp_path / "stick"
        root.mkdir()
        settings = SyncSettings(FolderTarget(root))
    else:
        root = webdav.root
        settings = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    new_inspection(a)
    sync_now(a, settings, password=PASSWORD, init=True)
    sync_now(b, settings, password=PASSWORD)
    _many_packs(a, settings, 200)  # used to leave 201 packs, each listed by every sync forever
    listed = listed_packs(root)
    assert len(listed) < 2 * (engine.FAN_IN - 1)
    assert len(list((root / RETIRED).iterdir())) >= 190  # nothing deleted: retired, out of the listing
    # b had read some of the merged packs' content already: it reads the rest, and the brake
    # does not take the retired packs for lost.
    report = sync_now(b, settings, password=PASSWORD)
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in b.revisions()}
    c = open_store(tmp_path / "c")
    report = sync_now(c, settings, password=PASSWORD)
    assert report.packs_read <= len(listed)
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in c.revisions()}
    assert c.check_integrity() == []


def test_a_device_whose_listing_is_old_finds_a_retired_pack(tmp_path):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    new_inspection(a)
    sync_now(a, settings, init=True)
    before = listed_packs(root)
    t = FolderTransport(root)
    (name,) = before
    assert t.move_new(f"{PACKS}/{name}", f"{RETIRED}/{name}")  # a merge retired it after the listing
    assert engine._read_pack(t, name) == (root / RETIRED / name).read_bytes()


def test_a_laptop_that_read_every_pack_downloads_no_merged_pack(tmp_path, monkeypatch):
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    new_inspection(a)
    monkeypatch.setattr(engine, "FAN_IN", 10**9)  # the packs of a version without compaction
    sync_now(a, settings, init=True)
    _many_packs(a, settings, 40)
    assert sync_now(b, settings).packs_read == 41
    monkeypatch.setattr(engine, "FAN_IN", 8)
    assert sync_now(a, settings).packs_merged > 0
    assert len(listed_packs(root)) < 8
    report = sync_now(b, settings)  # the brake does not take the retired packs for lost
    assert report.packs_read == 0 and report.revisions_imported == 0
    assert {r.id for _, r in a.revisions()} == {r.id for _, r in b.revisions()}


def test_devices_syncing_and_merging_at_the_same_time_over_webdav(tmp_path, webdav, monkeypatch):
    """Real concurrency: three laptops edit and sync in parallel threads against wsgidav while
    merges happen every other pack (MOVEs racing MOVEs, listings racing retirements)."""
    import threading

    monkeypatch.setattr(engine, "FAN_IN", 2)
    settings = SyncSettings(WebDAVTarget(webdav.url, USER, webdav.ca_file))
    stores = [open_store(tmp_path / f"d{n}") for n in range(3)]
    insp = new_inspection(stores[0])
    sync_now(stores[0], settings, password=PASSWORD, init=True)
    for s in stores[1:]:
        sync_now(s, settings, password=PASSWORD)
    acknowledged: set[str] = set()
    errors: list[BaseException] = []
    lock = threading.Lock()

    def laptop(n: int) -> None:
        store = open_store(tmp_path / f"d{n}")  # its own connection, as a separate process would
        try:
            for k in range(12):
                rev = store.record_finding(insp.id, ITEMS[(n + k) % len(ITEMS)], actor=f"d{n}",
                                           note=f"máy {n} lần {k}").revision
                with lock:
                    acknowledged.add(rev)
                sync_now(store, settings, password=PASSWORD)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for _ in range(2):
        for s in stores:
            sync_now(s, settings, password=PASSWORD)
    states = [({r.id for _, r in s.revisions()}, record_to_dict(s.load_inspection(insp.id))) for s in stores]
    assert acknowledged <= states[0][0]
    assert all(st_ == states[0] for st_ in states[1:])
    assert len(listed_packs(webdav.root)) <= 8


def test_a_damaged_merged_pack_is_replaced_by_its_members(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "FAN_IN", 2)
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    new_inspection(a)
    sync_now(a, settings, init=True)
    _many_packs(a, settings, 7)
    levels = _levels(root, listed_packs(root))
    top = max(levels, key=levels.get)
    assert levels[top] >= 2
    data = bytearray((root / PACKS / top).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (root / PACKS / top).write_bytes(bytes(data))
    c = open_store(tmp_path / "c")
    report = sync_now(c, settings)
    assert report.damaged_packs == (top,)
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in c.revisions()}
    assert sync_now(c, settings).revisions_imported == 0  # and no brake at the next one


def test_compaction_on_an_encrypted_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "FAN_IN", 2)
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    phrase = "cụm mật khẩu của đoàn"
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    insp = new_inspection(a).id
    sync_now(a, settings, init=True, passphrase=phrase)
    sync_now(b, settings, passphrase=phrase)
    for n in range(9):
        a.record_finding(insp, ITEMS[n % len(ITEMS)], actor="An", note=f"lần {n}")
        sync_now(a, settings, passphrase=phrase)
    assert list((root / RETIRED).iterdir())
    for path in root.rglob("*.merge"):
        assert b"covers" not in path.read_bytes()  # records are encrypted like everything else
    sync_now(b, settings, passphrase=phrase)
    c = open_store(tmp_path / "c")
    sync_now(c, settings, passphrase=phrase)
    ids = {r.id for _, r in a.revisions()}
    assert ids <= {r.id for _, r in b.revisions()} and ids <= {r.id for _, r in c.revisions()}
    # A pack moved to retired/ after a reader listed it still opens (bound to its first path).
    raw = FolderTransport(root)
    t = engine._unlock_target(raw, engine.read_format(raw), phrase)
    name = sorted(listed_packs(root))[0]
    assert t.move_new(f"{PACKS}/{name}", f"{RETIRED}/{name}")
    assert decode_pack(name, engine._read_pack(t, name)).name == name


@pytest.mark.parametrize("server", ["webdav", "apache_dav"])
def test_compaction_on_real_webdav_servers(tmp_path, request, monkeypatch, server):
    """MOVE into retired/ (missing at first: Apache answers 500, wsgidav 409), MOVE onto a pack
    already retired by another device (412), reads of retired packs."""
    dav = request.getfixturevalue(server)
    monkeypatch.setattr(engine, "FAN_IN", 2)
    settings = SyncSettings(WebDAVTarget(dav.url, USER, dav.ca_file))
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    new_inspection(a)
    sync_now(a, settings, password=PASSWORD, init=True)
    sync_now(b, settings, password=PASSWORD)
    _many_packs(a, settings, 12)
    listed = listed_packs(dav.root)
    assert len(listed) <= 4 and list((dav.root / RETIRED).iterdir())
    # Another device retires the same pack again: the second MOVE meets an existing name.
    t = engine.open_transport(settings.target, password=PASSWORD)
    retired = sorted(p.name for p in (dav.root / RETIRED).iterdir() if p.name.endswith(SUFFIX))[0]
    (dav.root / PACKS / retired).write_bytes((dav.root / RETIRED / retired).read_bytes())
    assert t.move_new(f"{PACKS}/{retired}", f"{RETIRED}/{retired}")
    assert not (dav.root / PACKS / retired).exists()
    assert engine._read_pack(t, retired) == (dav.root / RETIRED / retired).read_bytes()
    t.close()
    report = sync_now(b, settings, password=PASSWORD)
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in b.revisions()}
    c = open_store(tmp_path / "c")
    report = sync_now(c, settings, password=PASSWORD)
    assert report.packs_read <= len(listed)
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in c.revisions()}


def test_a_pack_damaged_after_it_was_read_does_not_hold_back_compaction(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "FAN_IN", 4)
    root = tmp_path / "stick"
    root.mkdir()
    settings = SyncSettings(FolderTarget(root))
    a = open_store(tmp_path / "a")
    new_inspection(a)
    sync_now(a, settings, init=True)
    _many_packs(a, settings, 2)
    (bad,) = sorted(listed_packs(root))[:1]
    data = bytearray((root / PACKS / bad).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (root / PACKS / bad).write_bytes(bytes(data))
    _many_packs(a, settings, 12)
    assert bad in listed_packs(root) and len(listed_packs(root)) <= 1 + 3 * 2
    requests = sync_now(a, settings).requests
    assert requests <= 4  # the damaged one is not fetched again at every sync
    sync_now(a, settings, resend=True)  # the way out: it leaves the listing
    assert bad not in listed_packs(root)
    c = open_store(tmp_path / "c")
    assert sync_now(c, settings).damaged_packs == ()
    assert {r.id for _, r in a.revisions()} <= {r.id for _, r in c.revisions()}
