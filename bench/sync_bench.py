"""Sync benchmark: request counts and the first push of a year's worth of inspections.

Starts a local WebDAV server (wsgidav on cheroot, HTTPS, Basic auth, on 127.0.0.1), builds a
database with 100 inspections (12,900 findings + 100 edits = 13,000 finding revisions, 300
evidence files of 200 KB), then measures:

- the first push of all of it (target: under 15 s);
- the first pull of it on a second device;
- requests of a sync with nothing changed (budget: 3) and after one finding changed (budget: 6),
  counted by the server.

Then compaction (issue 17): a WebDAV target holding 5,000 packs (what 20 laptops syncing daily
leave in about a year without compaction: 1-3 revisions each, plus 50 evidence files), measured
before and after the packs are merged:

- a sync with nothing changed: bytes on the wire (target ≤ 100 KB);
- a new laptop's first pull: requests (target ≤ 50 plus the evidence files);
- the one-time cost of the first sync that reads and merges them all.

Run: python bench/sync_bench.py [--inspections N] [--packs N] [--only push|compaction]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from inspector.sync import (  # noqa: E402
    SyncSettings,
    WebDAVTarget,
    engine,  # noqa: E402
    sync_now,
)
from inspector.sync.packs import encode_pack  # noqa: E402

from sync_support import PASSWORD, USER, nd43, new_inspection, open_store, start_webdav  # noqa: E402

STATUSES = ["dat", "dat_mot_phan", "khong_dat", "khong_ap_dung"]


def build(store, inspections: int, evidence_per: int, evidence_size: int) -> tuple[int, int]:
    items = [i.id for i in nd43().items()]
    findings = 0
    with store._tx():  # one transaction: building the fixture is not what is measured
        for n in range(inspections):
            insp = new_inspection(store, unit=f"Sở Thông tin và Truyền thông số {n}")
            for k, item in enumerate(items):
                store.record_finding(insp.id, item, actor="An", status=STATUSES[(n + k) % 4],
                                     note=f"Ghi chú {n}-{k}: cổng có chuyên mục, cập nhật chưa đầy đủ")
                findings += 1
            store.record_finding(insp.id, items[0], actor="An", note=f"Sửa lại {n}")
            findings += 1
            for e in range(evidence_per):
                store.add_evidence(insp.id, os.urandom(evidence_size), f"anh-{n}-{e}.jpg", item_id=items[e],
                                   actor="An")
    return findings, inspections * evidence_per


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inspections", type=int, default=100)
    parser.add_argument("--packs", type=int, default=5000)
    parser.add_argument("--only", choices=["push", "compaction"], default=None)
    args = parser.parse_args()
    ok = True
    if args.only in (None, "push"):
        ok = push_bench(args) == 0 and ok
    if args.only in (None, "compaction"):
        ok = compaction_bench(args.packs) == 0 and ok
    return 0 if ok else 1


def push_bench(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    os.environ["INSPECTOR_DATA_DIR"] = str(work / "userdata")
    server = start_webdav(work / "webdav")
    try:
        a = open_store(work / "a")
        t0 = time.perf_counter()
        finding_revs, files = build(a, args.inspections, 3, 200 * 1024)
        print(f"fixture: {args.inspections} inspections, {finding_revs} finding revisions, {files} evidence "
              f"files of 200 KB, built in {time.perf_counter() - t0:.1f} s")
        settings = SyncSettings(WebDAVTarget(server.url, USER, server.ca_file), "bench")

        server.requests.clear()
        t0 = time.perf_counter()
        r = sync_now(a, settings, password=PASSWORD, init=True)
        push = time.perf_counter() - t0
        print(f"first push:      {push:6.2f} s  ({r.revisions_pushed} revisions in {r.packs_written} packs, "
              f"{r.blobs_uploaded} evidence files, {len(server.requests)} requests)  target < 15 s: "
              f"{'OK' if push < 15 else 'MISSED'}")

        b = open_store(work / "b")
        server.requests.clear()
        t0 = time.perf_counter()
        r = sync_now(b, settings, password=PASSWORD)
        print(f"first pull:      {time.perf_counter() - t0:6.2f} s  ({r.revisions_imported} revisions, "
              f"{r.blobs_downloaded} evidence files, {len(server.requests)} requests)")

        server.requests.clear()
        t0 = time.perf_counter()
        sync_now(a, settings, password=PASSWORD)
        nothing = len(server.requests)
        print(f"nothing changed: {nothing} requests ({', '.join(server.requests)}) in "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms  budget 3: {'OK' if nothing <= 3 else 'MISSED'}")

        insp = a.inspection_ids()[0]
        a.record_finding(insp, nd43().sections[0].items[1].id, actor="An", status="khong_dat")
        server.requests.clear()
        sync_now(a, settings, password=PASSWORD)
        one = len(server.requests)
        print(f"one change sent: {one} requests ({', '.join(server.requests)})  budget 6: "
              f"{'OK' if one <= 6 else 'MISSED'}")
        server.requests.clear()
        r = sync_now(b, settings, password=PASSWORD)
        got = len(server.requests)
        print(f"one change recv: {got} requests ({', '.join(server.requests)})  budget 6: "
              f"{'OK' if got <= 6 else 'MISSED'}")
        a.close()
        b.close()
        return 0 if push < 15 and nothing <= 3 and one <= 6 and got <= 6 else 1
    finally:
        server.stop()


def compaction_bench(pack_count: int, evidence: int = 50) -> int:
    work = Path(tempfile.mkdtemp(prefix="sync-bench-compaction-"))
    os.environ["INSPECTOR_DATA_DIR"] = str(work / "userdata")
    server = start_webdav(work / "webdav")
    settings = SyncSettings(WebDAVTarget(server.url, USER, server.ca_file), "bench")
    items = [i.id for i in nd43().items()]
    try:
        # The team's history: 20 laptops' edits, one pack per sync, written straight into the
        # folder the server serves (5,000 syncs through the server would take an hour here).
        office = open_store(work / "office")
        sync_now(office, settings, password=PASSWORD, init=True)
        t0 = time.perf_counter()
        with office._tx():
            inspections = [new_inspection(office, unit=f"Sở Thông tin và Truyền thông số {n}").id for n in range(20)]
            for n in range(pack_count):
                office.record_finding(inspections[n % 20], items[n % len(items)], actor=f"Máy {n % 20}",
                                      status=STATUSES[n % 4], note=f"Lần đồng bộ {n}: ghi chú của đoàn")
                if n < evidence:
                    office.add_evidence(inspections[n % 20], os.urandom(50_000), f"anh-{n}.jpg", actor="An")
        revisions = [r for _, r in office.revisions()]
        template = office.template(nd43().content_hash)
        packs_dir = server.root / engine.PACKS
        packs_dir.mkdir(exist_ok=True)
        head, per = revisions[: -pack_count], revisions[-pack_count:]
        groups = [head] + [[r] for r in per]  # creations first, then one edit per pack
        written = 0
        for group in groups:  # a pack carries the template only with the inspections it creates
            name, data = encode_pack(f"dev{written % 20:02d}", group, [template] if written == 0 else [])
            (packs_dir / name).write_bytes(data)
            written += 1
        for sha in office.referenced_blobs():
            blob = server.root / "blobs" / sha[:2] / sha
            blob.parent.mkdir(parents=True, exist_ok=True)
            blob.write_bytes(office.blobs.read(sha))
        office.close()
        print(f"compaction fixture: {written} packs ({len(revisions)} revisions, {evidence} evidence files of 50 KB) "
              f"on wsgidav, built in {time.perf_counter() - t0:.1f} s")

        def measure(store, label: str):
            server.requests.clear()
            server.traffic[:] = [0, 0]
            t0 = time.perf_counter()
            report = sync_now(store, settings, password=PASSWORD)
            took = time.perf_counter() - t0
            sent, received = server.traffic
            print(f"{label}: {len(server.requests)} requests, {(sent + received) / 1024:.1f} KB "
                  f"({received / 1024:.1f} KB down), {took:.1f} s, {report.packs_read} packs read, "
                  f"{report.blobs_downloaded} evidence files, {report.packs_merged} packs merged")
            return report, len(server.requests), sent + received

        # Before: an old laptop that read every pack before compaction existed.
        engine_fan_in = engine.FAN_IN
        engine.FAN_IN = 10**9
        old = open_store(work / "old")
        measure(old, "before compaction, first pull of the old laptop ")
        _, _, before = measure(old, "before compaction, nothing changed            ")
        engine.FAN_IN = engine_fan_in

        a = open_store(work / "a")
        measure(a, "first sync that merges (one time)             ")
        listed = [n for n in os.listdir(packs_dir)]
        print(f"after compaction: {sum(n.endswith('.pack') for n in listed)} packs and "
              f"{sum(n.endswith('.merge') for n in listed)} records listed, "
              f"{len(os.listdir(server.root / engine.RETIRED))} files retired")
        measure(old, "old laptop learns the merges (one time)       ")
        _, _, nothing = measure(old, "after compaction, nothing changed             ")
        b = open_store(work / "b")
        report, first, _ = measure(b, "after compaction, first pull of a new laptop  ")
        blobs = report.blobs_downloaded
        ok_nothing = nothing <= 100 * 1024
        ok_first = first - blobs <= 50
        print(f"nothing changed: {nothing / 1024:.1f} KB (was {before / 1024:.1f} KB)  target ≤ 100 KB: "
              f"{'OK' if ok_nothing else 'MISSED'}")
        print(f"first pull: {first} requests = {first - blobs} + {blobs} evidence files  target ≤ 50 + evidence: "
              f"{'OK' if ok_first else 'MISSED'}")
        for s in (old, a, b):
            s.close()
        return 0 if ok_nothing and ok_first else 1
    finally:
        server.stop()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # cheroot's worker threads are not daemons
