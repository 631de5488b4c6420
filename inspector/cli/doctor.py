"""`inspector doctor`: check the database and evidence files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector import paths
from inspector.doctor import run_doctor
from inspector.errors import DatabaseTooNewError, StorageError
from inspector.storage import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check the database, the seals and every evidence file",
        description="Run SQLite's integrity check, verify seals of finalized inspections (tampering) "
        "and re-hash every evidence file. Exit code 0 when all is well, 1 when a problem was found.",
        epilog="Examples:\n  inspector doctor\n  inspector doctor --database D:\\\\backup\\\\inspector.sqlite3",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")
    p.set_defaults(func=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    path = args.database or paths.database_path()
    if args.database and not path.exists():
        print(f"Không tìm thấy tệp cơ sở dữ liệu {path}. / No database file at {path}.", file=sys.stderr)
        return 1
    try:
        with Store.open(path) as store:
            report = run_doctor(store, progress=_progress)
    except DatabaseTooNewError as exc:
        print(f"Cơ sở dữ liệu {path} được tạo bởi phiên bản Inspector mới hơn (lược đồ {exc.found} > {exc.known}). "
              "Hãy cập nhật chương trình; tệp không bị thay đổi.", file=sys.stderr)
        return 1
    except StorageError as exc:
        print(f"Không mở được cơ sở dữ liệu {path}: {exc.detail}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    c = report.counts
    print(f"Cơ sở dữ liệu / Database: {report.database} (lược đồ / schema v{report.schema_version})")
    print(f"  {c['inspections']} cuộc kiểm tra, {c['findings']} kết quả, {c['evidence']} tệp minh chứng, "
          f"{c['recommendations']} kiến nghị, {c['revisions']} phiên bản lưu")
    for p in report.integrity:
        where = f" [{p.inspection_id}]" if p.inspection_id else ""
        print(f"  LỖI / ERROR {p.kind}{where}: {p.detail}")
    for e in report.evidence:
        what = {"missing": "bị thiếu / missing", "altered": "đã bị thay đổi / altered",
                "unreadable": "không đọc được / unreadable"}[e.problem]
        print(f"  LỖI / ERROR tệp minh chứng {e.sha256[:16]}… {what} (bản ghi {', '.join(i[:8] for i in e.evidence_ids)})")
    print(f"  Đã kiểm tra {report.blobs_checked} tệp minh chứng; {len(report.orphan_blobs)} tệp không còn dùng.")
    if report.ok:
        print("Kết quả: mọi thứ đều tốt. / Result: all good.")
        return 0
    print("Kết quả: có vấn đề, xem các dòng LỖI ở trên. / Result: problems found (see ERROR lines).")
    return 1


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{what}: {done}/{total}", end="", file=sys.stderr)
