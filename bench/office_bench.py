"""Office benchmark: 63 provinces × 5 years (315 inspections, about 40,000 findings, two
recommendations each); time the dashboard data for one year and for all five (target < 1 s),
the section breakdown (each province's score per section of the checklist, nationally and per
province, with the previous period), one province year over year, the follow-up list, and the
national summary written as Word and Excel files (target < 3 s for both files, data included).

The machine may be shared: each figure is given as wall time and as this process's CPU time."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from storage_bench import build  # noqa: E402

from inspector.domain.status import RecommendationStatus  # noqa: E402
from inspector.office import (  # noqa: E402
    Period,
    compare_years,
    export_national_report,
    list_followups,
    load_dashboard,
    load_summary,
)
from inspector.storage import Store  # noqa: E402

TODAY = date(2017, 6, 30)


def add_recommendations(store: Store, ids: list[str]) -> None:
    rng = random.Random(7)
    with store._tx():  # one transaction: the build is not what is measured
        for n, inspection_id in enumerate(ids):
            for k in range(2):
                rec = store.add_recommendation(
                    inspection_id, f"Khắc phục nội dung chưa đạt số {k + 1} của cuộc kiểm tra {n}",
                    actor="bench", responsible_unit="Sở Thông tin và Truyền thông",
                    deadline=date(2012 + n // 63, 12, 31) if k == 0 else date(2017, rng.randint(1, 12), 28))
                status = rng.choice(list(RecommendationStatus))
                if status is not RecommendationStatus.OPEN:
                    store.update_recommendation(rec.id, actor="bench", status=status)


CPU: dict[int, list[float]] = {}


def timed(fn, repeat: int) -> tuple[list[float], object]:
    out, cpu, result = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        out.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    CPU[id(out)] = cpu
    return out, result


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        t0 = time.perf_counter()
        ids = build(path)
        with Store.open(path) as store:
            add_recommendations(store, ids)
        build_s = time.perf_counter() - t0
        with Store.open(path) as store:
            counts = store.counts()
            year, year_dash = timed(lambda: load_dashboard(store, "nd43-tt25", Period.year(2016)), 5)
            five, _ = timed(lambda: load_dashboard(store, "nd43-tt25", Period(2012, 2016)), 5)
            province = year_dash.provinces[0].province  # type: ignore[attr-defined]
            yoy, comparison = timed(lambda: compare_years(store, province, "nd43-tt25"), 5)
            sections, summary = timed(lambda: load_summary(store, "nd43-tt25", Period.year(2016), today=TODAY), 5)
            sections5, _ = timed(lambda: load_summary(store, "nd43-tt25", Period(2012, 2016), today=TODAY), 5)
            d = summary.dashboard  # type: ignore[attr-defined]
            cells = sum(len(p.sections) for p in d.provinces)
            follow, rows = timed(lambda: list_followups(store, TODAY), 5)
            out = Path(tmp)

            def report() -> object:
                summary = load_summary(store, "nd43-tt25", Period.year(2016), today=TODAY)
                return export_national_report(summary, docx_path=out / "bao-cao.docx",
                                              xlsx_path=out / "bao-cao.xlsx")

            files, result = timed(report, 3)
            report5, _ = timed(lambda: export_national_report(
                load_summary(store, "nd43-tt25", Period(2012, 2016), today=TODAY),
                docx_path=out / "bao-cao-5.docx", xlsx_path=out / "bao-cao-5.xlsx"), 3)
            sizes = (out / "bao-cao.docx").stat().st_size / 1e3, (out / "bao-cao.xlsx").stat().st_size / 1e3

    def ms(values: list[float]) -> str:
        cpu = CPU.get(id(values), [])
        extra = f", CPU median {statistics.median(cpu) * 1000:.0f} ms" if cpu else ""
        return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms{extra}"

    print(f"office: {counts['inspections']} inspections, {counts['findings']} findings, "
          f"{counts['recommendations']} recommendations, built in {build_s:.1f} s")
    print(f"office: dashboard data, one year (63 provinces): {ms(year)} (target < 1 s)")
    print(f"office: dashboard data, five years (315 inspections): {ms(five)} (target < 1 s)")
    print(f"office: section breakdown 2016 ({len(d.sections)} sections, {cells} province × section scores, "
          f"national and previous period, with the summary data): {ms(sections)} (target < 1 s)")
    print(f"office: section breakdown 2012–2016 (with each year's and the previous period's): {ms(sections5)}")
    print(f"office: year over year, one province ({len(comparison.columns)} inspections): {ms(yoy)}")  # type: ignore[attr-defined]
    print(f"office: follow-up list ({len(rows)} recommendations): {ms(follow)}")  # type: ignore[arg-type]
    print(f"office: national summary 2016, data + Word + Excel: {ms(files)} (target < 3 s); "
          f"docx {sizes[0]:.0f} kB, xlsx {sizes[1]:.0f} kB")
    print(f"office: national summary 2012–2016, data + Word + Excel: {ms(report5)} (target < 3 s)")
    ok = (statistics.median(five) < 1 and statistics.median(year) < 1 and statistics.median(files) < 3
          and statistics.median(report5) < 3 and statistics.median(sections) < 1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
