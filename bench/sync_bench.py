"""Sync benchmark: request counts and the first push of a year's worth of inspections.

Starts a local WebDAV server (wsgidav on cheroot, HTTPS, Basic auth, on 127.0.0.1), builds a
database with 100 inspections (12,900 findings + 100 edits = 13,000 finding revisions, 300
evidence files of 200 KB), then measures:

- the first push of all of it (target: under 15 s);
- the first pull of it on a second device;
- requests of a sync with nothing changed (budget: 3) and after one finding changed (budget: 6),
  counted by the server.

Run: python bench/sync_bench.py [--inspections N]
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

from inspector.sync import SyncSettings, WebDAVTarget, sync_now  # noqa: E402

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
    args = parser.parse_args()
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


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # cheroot's worker threads are not daemons
