"""Three devices edit at random and sync in random order (hypothesis stateful testing).

An independent model tracks what each device knows. Each edit's parents must be the edits of
that finding the device knew and nobody had replaced; after everyone syncs, every device holds
every acknowledged edit, the same state, and exactly the model's concurrent edits as conflicts.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from inspector.domain.record import record_to_dict
from inspector.sync import FolderTarget, SyncSettings, sync_now

from sync_support import _isolated_data_dir, item_ids, new_inspection, open_store  # noqa: F401

ITEMS = item_ids()[:4]
STATUSES = ["dat", "dat_mot_phan", "khong_dat", "khong_ap_dung"]
NOTES = ["", "Có", "Thiếu mục hỏi đáp", "Chưa cập nhật"]
DEVICES = 3


class ThreeDevices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-stateful-"))
        (self.dir / "stick").mkdir()
        self.settings = SyncSettings(FolderTarget(self.dir / "stick"))
        self.stores = [open_store(self.dir / f"dev{n}") for n in range(DEVICES)]
        self.inspection = new_inspection(self.stores[0]).id
        sync_now(self.stores[0], self.settings, init=True)
        # Model: edits of each finding (id → parents), and which edit ids each party knows.
        self.edits: dict[str, dict[str, frozenset[str]]] = {i: {} for i in ITEMS}
        self.known: list[set[str]] = [set() for _ in range(DEVICES)]
        self.on_target: set[str] = set()
        self.has_inspection = [True] + [False] * (DEVICES - 1)
        self.acknowledged: set[str] = set()
        self.evidence: list[set[str]] = [set() for _ in range(DEVICES)]

    def teardown(self) -> None:
        try:
            self.converge()
        finally:
            for s in self.stores:
                s.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    # ------------------------------------------------------------ model
    def _ancestors(self, item: str, rev: str) -> set[str]:
        out: set[str] = set()
        todo = list(self.edits[item][rev])
        while todo:
            r = todo.pop()
            if r not in out:
                out.add(r)
                todo.extend(self.edits[item][r])
        return out

    def _maximal(self, item: str, ids: set[str]) -> set[str]:
        covered = set().union(*(self._ancestors(item, r) for r in ids)) if ids else set()
        return ids - covered

    def _known_edits(self, device: int, item: str) -> set[str]:
        return self.known[device] & set(self.edits[item])

    # ------------------------------------------------------------ rules
    @rule(device=st.integers(0, DEVICES - 1), item=st.sampled_from(ITEMS), status=st.sampled_from(STATUSES),
          note=st.sampled_from(NOTES))
    def edit(self, device: int, item: str, status: str, note: str) -> None:
        if not self.has_inspection[device]:
            return
        store = self.stores[device]
        rev = store.record_finding(self.inspection, item, actor=f"dev{device}", status=status, note=note).revision
        if rev in self.edits[item]:
            return  # nothing changed: no new revision
        expected = self._maximal(item, self._known_edits(device, item))
        assert set(store.revision(rev).parents) == expected
        self.edits[item][rev] = frozenset(expected)
        self.known[device].add(rev)
        self.acknowledged.add(rev)

    @rule(device=st.integers(0, DEVICES - 1), data=st.binary(min_size=1, max_size=64))
    def add_evidence(self, device: int, data: bytes) -> None:
        if not self.has_inspection[device]:
            return
        ev = self.stores[device].add_evidence(self.inspection, data, "ảnh.jpg", actor=f"dev{device}")
        self.acknowledged.update(r.id for r in self.stores[device].history(self.inspection, "evidence", ev.id))

    @rule(device=st.integers(0, DEVICES - 1), pick=st.integers(0, 1000))
    def remove_evidence(self, device: int, pick: int) -> None:
        store = self.stores[device]
        if not self.has_inspection[device]:
            return
        present = store.load_inspection(self.inspection).evidence
        if present:
            store.remove_evidence(present[pick % len(present)].id, actor=f"dev{device}")

    @rule(device=st.integers(0, DEVICES - 1))
    def sync(self, device: int) -> None:
        sync_now(self.stores[device], self.settings)
        self.known[device] |= self.on_target
        self.on_target |= self.known[device]
        self.has_inspection[device] = True

    @invariant()
    def local_state_is_consistent(self) -> None:
        for n, store in enumerate(self.stores):
            if not self.has_inspection[n]:
                continue
            for item in ITEMS:
                known = self._known_edits(n, item)
                assert set(store.heads(self.inspection, "finding", item)) == self._maximal(item, known)

    @precondition(lambda self: all(self.has_inspection))
    @rule()
    def converge(self) -> None:
        for _ in range(2):
            for n in range(DEVICES):
                self.sync(n)
        states = []
        for store in self.stores:
            ids = {r.id for _, r in store.revisions()}
            assert self.acknowledged <= ids, "an acknowledged edit was lost"
            for item in ITEMS:
                heads = set(store.heads(self.inspection, "finding", item))
                assert heads == self._maximal(item, set(self.edits[item])), item
            conflicted = {c.item_id for c in store.conflicts()}
            assert conflicted == {i for i in ITEMS if len(self._maximal(i, set(self.edits[i]))) > 1}
            for _, rev in store.revisions():
                if rev.entity == "evidence" and rev.data:
                    assert store.blobs.verify(rev.data["sha256"]) is None
            assert store.check_integrity() == []
            states.append((ids, record_to_dict(store.load_inspection(self.inspection)),
                           sorted(store.divergent_records())))
        assert all(s == states[0] for s in states[1:])
        # No orphaned or missing blob on the target: exactly the blobs the revisions name.
        named = {r.data["sha256"] for _, r in self.stores[0].revisions() if r.entity == "evidence" and r.data}
        on_stick = {p.name for p in (self.dir / "stick" / "blobs").glob("*/*")} if named else set()
        assert on_stick == named


ThreeDevices.TestCase.settings = settings(max_examples=20, stateful_step_count=25, deadline=None,
                                          suppress_health_check=[HealthCheck.too_slow])
TestThreeDevices = ThreeDevices.TestCase
