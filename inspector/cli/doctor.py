"""`inspector doctor`: check the database and evidence files; `--repair` rebuilds the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector import paths
from inspector.cli.messages import say
from inspector.doctor import diagnose
from inspector.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    DataFolderError,
    StorageError,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check the database, the seals and every evidence file",
        description="Run SQLite's integrity check, check the tables against the revision log, verify "
        "every seal and its amendments (tampering), re-hash every evidence file and remove stale "
        "temporary files. Exit code 0 when all is well, 1 when a problem was found. With --repair, "
        "rebuild the database from its revision log into a new file; the old file is kept beside it "
        "(renamed …damaged-DATE) and the evidence files are not touched.",
        epilog="Examples:\n  inspector doctor\n  inspector doctor --repair\n"
               "  inspector doctor --database D:\\\\backup\\\\inspector.sqlite3",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the database from its revision log (keeps the old file)")
    p.set_defaults(func=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    path = args.database or paths.database_path()
    if not path.exists():
        say(f"Không tìm thấy tệp cơ sở dữ liệu {path}", f"no database file at {path}")
        return 1
    if args.repair:
        return _repair(path)
    try:
        report = diagnose(path, progress=_progress)
    except DatabaseTooNewError as exc:
        say(f"Cơ sở dữ liệu {path} được tạo bởi phiên bản Inspector mới hơn (lược đồ {exc.found} > {exc.known}). "
            "Hãy cập nhật chương trình; tệp không bị thay đổi",
            f"the database {path} was made by a newer Inspector (schema {exc.found} > {exc.known}); "
            "update the program; the file was not changed")
        return 1
    except DatabaseCorruptError as exc:
        if exc.empty:
            say(f"Tệp cơ sở dữ liệu {path} rỗng (0 byte) nên không có gì để kiểm tra. Tệp minh chứng vẫn còn. "
                "Cách khôi phục: chạy inspector doctor --repair (đổi tên tệp rỗng sang bên cạnh), rồi chép "
                "bản sao lưu gần nhất vào chỗ đó hoặc đồng bộ lại",
                f"the database file {path} is empty (0 bytes): nothing to check. The evidence files are still "
                "there. To recover: run inspector doctor --repair (moves the empty file aside), then copy "
                "your latest backup in its place or sync again")
            return 1
        say(f"Cơ sở dữ liệu {path} bị hỏng: {exc.detail}", f"the database {path} is damaged: {exc.detail}")
        return 1
    except StorageError as exc:
        say(f"Không mở được cơ sở dữ liệu {path}: {_reason_vi(exc)}",
            f"the database {path} could not be opened: {exc.detail}")
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    c = report.counts
    print(f"Cơ sở dữ liệu / Database: {report.database} (lược đồ / schema v{report.schema_version})")
    if c:
        print(f"  {c['inspections']} cuộc kiểm tra, {c['findings']} kết quả, {c['evidence']} tệp minh chứng, "
              f"{c['recommendations']} kiến nghị, {c['revisions']} phiên bản lưu")
    if report.read_only and not report.damaged:
        print("  Thư mục dữ liệu chỉ đọc: đã kiểm tra, không thay đổi gì. / The data folder is read-only: "
              "checked, nothing changed.")
    for p in report.integrity:
        where = f" [{p.inspection_id}]" if p.inspection_id else ""
        print(f"  LỖI / ERROR {p.kind}{where}: {p.detail}")
    for e in report.evidence:
        what = {"missing": "bị thiếu / missing", "altered": "đã bị thay đổi / altered",
                "unreadable": "không đọc được / unreadable"}[e.problem]
        print(f"  LỖI / ERROR tệp minh chứng {e.sha256[:16]}… {what} (bản ghi {', '.join(i[:8] for i in e.evidence_ids)})")
    print(f"  Đã kiểm tra {report.blobs_checked} tệp minh chứng; {len(report.orphan_blobs)} tệp không còn dùng.")
    if report.leftovers_removed:
        print(f"  Đã xoá {len(report.leftovers_removed)} tệp tạm còn sót lại. / Removed "
              f"{len(report.leftovers_removed)} leftover temporary files.")
    if report.ok:
        print("Kết quả: mọi thứ đều tốt. / Result: all good.")
        return 0
    print("Kết quả: có vấn đề, xem các dòng LỖI ở trên. / Result: problems found (see ERROR lines).")
    if report.damaged:
        print("Cơ sở dữ liệu bị hỏng nên Inspector không ghi vào đó. / The database is damaged, so Inspector "
              "writes nothing to it.")
    if report.repairable:
        print("Cách sửa: inspector doctor --repair dựng lại cơ sở dữ liệu từ nhật ký phiên bản vào tệp mới và "
              "giữ tệp cũ. / To repair: inspector doctor --repair rebuilds the database from its revision log "
              "into a new file and keeps the old one.")
    return 1


def _repair(path: Path) -> int:
    from inspector.storage.repair import rebuild_from_log

    try:
        result = rebuild_from_log(path)
    except DatabaseTooNewError as exc:
        say(f"Cơ sở dữ liệu {path} được tạo bởi phiên bản Inspector mới hơn (lược đồ {exc.found}); không sửa",
            f"the database {path} was made by a newer Inspector (schema {exc.found}); not repaired")
        return 1
    except StorageError as exc:
        say(f"Không sửa được cơ sở dữ liệu {path}: {_reason_vi(exc)}; tệp cũ không bị thay đổi",
            f"the database {path} could not be repaired: {exc.detail}; the old file was not changed")
        return 1
    print(f"Đã dựng lại / Rebuilt: {result.database}")
    print(f"  {result.revisions} phiên bản lưu, {result.records} bản ghi / revisions, records")
    if result.skipped:
        print(f"  {result.skipped} phiên bản không đọc được hoặc đã bị sửa nên bị bỏ qua / revisions unreadable "
              "or altered, left out")
    for why in result.left_out:
        print(f"  Bỏ qua / Left out: {why}")
    print(f"Tệp cũ được giữ tại / The old file is kept as: {result.kept}")
    return 0


def _reason_vi(exc: StorageError) -> str:
    if isinstance(exc, DataFolderError):
        return {"read-only": "thư mục chỉ đọc", "full": "ổ đĩa đầy", "missing": "không tìm thấy thư mục"}.get(
            exc.reason, exc.detail)
    return exc.detail


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{what}: {done}/{total}", end="", file=sys.stderr)
