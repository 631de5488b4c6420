"""Benchmark: the minutes of a 130-item inspection with 30 photo evidence entries (target ≤ 1 s).

    python bench/minutes_bench.py            # .docx timings and size
    python bench/minutes_bench.py --pdf      # also one LibreOffice PDF conversion, if installed

The last timing is the export as the window runs it (ui.dialogs.export_minutes.run_export: made
in a temporary folder, then moved into place), to show what that safety costs.

The inspection is the sample inspection (resources/sample, Phú Thọ, 07/10/2016) on the real
nd43-tt25 template grown to 130 items, every item answered; its evidence grown to 30 screenshots and
2 saved pages. Timings:
the export alone, then the export while checking 30 evidence files of 3 MB each (the size of a
phone photo) against their SHA-256, as the app does with the storage's files.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.checklists.catalog import load_catalog  # noqa: E402
from inspector.checklists.template import ChecklistItem, ChecklistTemplate  # noqa: E402
from inspector.domain import EvidenceSource, Finding, FindingStatus, InspectionRecord  # noqa: E402
from inspector.domain.serialize import sha256_hex  # noqa: E402
from inspector.minutes import convert_to_pdf, export_minutes, find_office  # noqa: E402
from inspector.sample import read_sample  # noqa: E402

ITEMS = 130
PHOTOS = 30
PHOTO_BYTES = 3 * 1024 * 1024
RUNS = 7


def template_with(items: int) -> ChecklistTemplate:
    """nd43-tt25, grown to `items` items by repeating items of its sections under new ids."""
    base = load_catalog().get("nd43-tt25")
    sections = list(base.sections)
    extra = items - base.item_count
    pool = [it for s in base.sections for it in s.items]
    added: list[ChecklistItem] = [
        dataclasses.replace(pool[i % len(pool)], id=f"bench.extra.{i + 1}") for i in range(max(0, extra))
    ]
    if added:
        last = sections[-2]  # before the summary section
        sections[-2] = dataclasses.replace(last, items=(*last.items, *added))
    return dataclasses.replace(base, sections=tuple(sections), content_hash="")


def bench_record(template: ChecklistTemplate, photos: int, pages: int) -> InspectionRecord:
    """The sample answered against `template`: items it leaves unanswered (items not in force in
    2016, the extra ones) get an answer, and its evidence is repeated up to `photos` screenshots
    and `pages` saved pages (each a distinct entry)."""
    record = read_sample().bound_to(template)
    iid = record.id
    findings = dict(record.findings)
    for n, item in enumerate(template.items()):
        if item.id not in findings:
            status = FindingStatus.PARTLY_MET if n % 5 == 0 else FindingStatus.MET
            findings[item.id] = Finding(iid, item.id, status, note="Ghi chú của Đoàn về nội dung này." * (n % 3))
    shots = [e for e in record.evidence if e.media_type == "image/png"]
    saved = [e for e in record.evidence if e.source is EvidenceSource.PROBE] or shots
    evidence = [dataclasses.replace(shots[i % len(shots)], id=f"bench-photo-{i}") for i in range(photos)]
    evidence += [dataclasses.replace(saved[i % len(saved)], id=f"bench-page-{i}") for i in range(pages)]
    return dataclasses.replace(record, findings=findings, evidence=tuple(evidence))


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf", action="store_true", help="also time one PDF conversion (LibreOffice)")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()

    template = template_with(ITEMS)
    record = bench_record(template, PHOTOS, 2)
    photos = sum(1 for e in record.evidence if e.media_type == "image/png")
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        folder = Path(tmp)
        out = folder / "bien-ban.docx"
        export_minutes(record, template, out)  # warm-up: imports, template parsing caches

        plain = timed(lambda: export_minutes(record, template, out), args.runs)
        size = out.stat().st_size

        # Evidence files the size of phone photos, checked against their SHA-256.
        evidence = []
        blobs = folder / "blobs"
        blobs.mkdir()
        for ev in record.evidence:
            data = os.urandom(PHOTO_BYTES) if ev.media_type == "image/png" else ev.id.encode() + b"<html></html>"
            sha = sha256_hex(data)
            (blobs / sha).write_bytes(data)
            evidence.append(dataclasses.replace(ev, sha256=sha, size=len(data)))
        heavy = dataclasses.replace(record, evidence=tuple(evidence))
        checked = timed(lambda: export_minutes(heavy, template, out, evidence_path=lambda s: blobs / s),
                        args.runs)

        windowed: list[float] = []
        try:
            from ui.dialogs.export_minutes import ExportRequest, run_export
        except ImportError:  # PySide6 not installed: the core figures still stand
            pass
        else:
            request = ExportRequest(heavy, template, {e.sha256: blobs / e.sha256 for e in evidence},
                                    folder / "window.docx", None, None, None)
            windowed = timed(lambda: run_export(request, lambda *_a: None, lambda: False), args.runs)

        print(f"minutes: {template.item_count} items, {len(record.evidence)} evidence entries "
              f"({photos} photos), {len(record.recommendations)} recommendations")
        print(f"export .docx          median {statistics.median(plain):.3f} s, best {min(plain):.3f} s "
              f"(target ≤ 1 s) over {args.runs} runs")
        print(f"export + check files  median {statistics.median(checked):.3f} s, best {min(checked):.3f} s "
              f"({photos} × {PHOTO_BYTES // (1024 * 1024)} MB hashed)")
        if windowed:
            print(f"as the window does    median {statistics.median(windowed):.3f} s, best {min(windowed):.3f} s "
                  "(checked files, staged in a temporary folder, then moved into place)")
        print(f"file size             {size:,} bytes ({size / 1024:.0f} KiB)")
        if args.pdf:
            if find_office() is None:
                print("pdf                   skipped: LibreOffice (soffice) not installed")
            else:
                start = time.perf_counter()
                pdf = convert_to_pdf(out, folder / "bien-ban.pdf")
                print(f"pdf (LibreOffice)     {time.perf_counter() - start:.2f} s, {pdf.stat().st_size:,} bytes")
        return 0 if statistics.median(plain) <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
