"""Storage benchmark: a database of 315 inspections (63 provinces × 5 years) with every item
of the 129-item checklist answered; time to load one inspection with all its findings
(target < 20 ms) and to list all inspections with progress (target < 50 ms)."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.checklists import load_catalog  # noqa: E402
from inspector.reference.provinces import load_provinces  # noqa: E402
from inspector.storage import Store  # noqa: E402

STATUSES = ["dat", "dat", "dat", "dat_mot_phan", "khong_dat", "khong_ap_dung"]


def build(path: Path) -> list[str]:
    template = load_catalog().get("nd43-tt25")
    provinces = load_provinces().era("63")
    rng = random.Random(43)
    ids = []
    with Store.open(path) as store:
        for year in range(2012, 2017):
            for p in provinces:
                with store._tx():  # one transaction per inspection keeps the build quick
                    i = store.create_inspection(
                        template=template, province=p.ref(), inspected_unit=p.department_name(),
                        actor="bench", started_at=datetime(year, rng.randint(3, 11), rng.randint(1, 28), tzinfo=UTC))
                    for item in template.items():
                        kind = item.response.type.value
                        if kind == "status":
                            store.record_finding(i.id, item.id, actor="bench", status=rng.choice(STATUSES),
                                                 note="Ghi nhận của đoàn kiểm tra " * rng.randint(0, 4))
                        elif kind == "number":
                            store.record_finding(i.id, item.id, actor="bench", value=rng.randint(0, 5000))
                        else:
                            store.record_finding(i.id, item.id, actor="bench", value=f"{p.portal_url} — ghi chú")
                ids.append(i.id)
    return ids


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        t0 = time.perf_counter()
        ids = build(path)
        build_s = time.perf_counter() - t0
        with Store.open(path) as store:
            counts = store.counts()
            rng = random.Random(1)
            load = timed(lambda: store.load_inspection(rng.choice(ids)), 50)
            listing = timed(store.list_inspections, 20)
            search = timed(lambda: store.list_inspections(search="phu tho"), 20)
            for iid in ids[:63]:  # a year's inspections sealed: doctor checks every seal
                store.finalize(iid, actor="bench")
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        opening = timed(lambda: Store.open(path).close(), 10)  # includes SQLite's quick check
        from inspector.doctor import diagnose
        from inspector.storage.repair import rebuild_from_log

        t0 = time.perf_counter()
        report = diagnose(path)
        doctor_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        rebuild_from_log(path)
        repair_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
    print(f"storage: {counts['inspections']} inspections, {counts['findings']} findings, "
          f"{size_mb:.1f} MB, built in {build_s:.1f} s")
    print(f"storage: load one inspection with all findings: median {statistics.median(load):.1f} ms, "
          f"max {max(load):.1f} ms (target < 20 ms)")
    print(f"storage: list all inspections with progress: median {statistics.median(listing):.1f} ms, "
          f"max {max(listing):.1f} ms (target < 50 ms)")
    print(f"storage: search 'phu tho' without diacritics: median {statistics.median(search):.1f} ms")
    print(f"storage: open with SQLite's quick check: median {statistics.median(opening):.1f} ms")
    print(f"storage: doctor (tables against the revision log, {len(ids[:63])} seals): {doctor_s:.1f} s, "
          f"{'no problem' if report.ok else 'PROBLEMS'}; doctor --repair (rebuild from the log): {repair_s:.1f} s")
    ok = statistics.median(load) < 20 and statistics.median(listing) < 50 and report.ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
