"""Fault injection: a proxy between the devices and the WebDAV server drops connections and answers
500 at random points (before and after the server acted, and mid-body). Syncs fail, are retried;
once the faults stop, one more round completes everything: nothing lost, no blob missing or
orphaned on the server, no temporary file left behind, and every device ends the same."""

from __future__ import annotations

import random

import pytest

from inspector.domain.record import record_to_dict
from inspector.errors import NetworkError, SyncError
from inspector.sync import SyncSettings, WebDAVTarget, sync_now
from inspector.sync import transport as transport_module
from inspector.sync.engine import PACKS
from inspector.sync.packs import decode_pack

from sync_support import (  # noqa: F401
    PASSWORD,
    USER,
    FaultProxy,
    _isolated_data_dir,
    item_ids,
    new_inspection,
    open_store,
    start_webdav,
)

ITEMS = item_ids()


@pytest.fixture
def faulty(tmp_path, monkeypatch):
    monkeypatch.setattr(transport_module, "RETRY_BACKOFF", 0.0)
    monkeypatch.setattr(transport_module, "RETRIES", 1)
    server = start_webdav(tmp_path / "webdav", tls=False)
    proxy = FaultProxy(server.port, rate=0.35, seed=7)
    yield server, proxy
    proxy.stop()
    server.stop()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sync_survives_dropped_connections_and_500s(tmp_path, faulty, seed):
    server, proxy = faulty
    proxy.random.seed(seed)
    rng = random.Random(seed)
    settings = SyncSettings(WebDAVTarget(proxy.url, USER))
    devices = [open_store(tmp_path / f"d{n}") for n in range(3)]
    insp = new_inspection(devices[0])
    acknowledged: set[str] = set()
    proxy.rate = 0.0
    sync_now(devices[0], settings, password=PASSWORD, init=True)
    proxy.rate = 0.35
    failures = 0
    has = [True, False, False]
    for _ in range(40):
        n = rng.randrange(3)
        d = devices[n]
        if has[n] and rng.random() < 0.6:
            if rng.random() < 0.7:
                f = d.record_finding(insp.id, rng.choice(ITEMS[:10]), actor=f"d{n}",
                                     status=rng.choice(["dat", "khong_dat", "dat_mot_phan"]),
                                     note=f"ghi chú {rng.randrange(1000)}")
                acknowledged.add(f.revision)
            else:
                ev = d.add_evidence(insp.id, rng.randbytes(rng.randrange(10, 40_000)), "ảnh.jpg", actor=f"d{n}")
                acknowledged.update(r.id for r in d.history(insp.id, "evidence", ev.id))
        else:
            try:
                sync_now(d, settings, password=PASSWORD)
                has[n] = True
            except (SyncError, NetworkError):
                failures += 1
    assert failures > 0 and {"drop-after", "500-after"} & set(proxy.injected), "no sync met a fault"
    proxy.rate = 0.0  # the faults stop
    for d in devices:
        sync_now(d, settings, password=PASSWORD)

    # One round after the faults: the server holds everything, complete and consistent.
    root = server.root
    on_server = {}
    for pack in (root / PACKS).glob("*.pack"):  # merge records and retired/ hold nothing more
        for rev in decode_pack(pack.name, pack.read_bytes()).revisions:
            on_server[rev.id] = rev
    assert acknowledged <= set(on_server), "an acknowledged edit never reached the server"
    named = {r.data["sha256"] for r in on_server.values() if r.entity == "evidence" and r.data}
    stored = {p.name for p in (root / "blobs").glob("*/*")}
    assert stored == named, "orphaned or missing evidence on the server"
    assert [p.name for p in (root / "tmp").glob("*")] == []

    for d in devices:
        sync_now(d, settings, password=PASSWORD)
    states = []
    for d in devices:
        assert acknowledged <= {r.id for _, r in d.revisions()}
        for rev in on_server.values():
            if rev.entity == "evidence" and rev.data:
                assert d.blobs.verify(rev.data["sha256"]) is None
        assert d.check_integrity() == []
        states.append((record_to_dict(d.load_inspection(insp.id)), d.divergent_records()))
    assert states[0] == states[1] == states[2]
