"""`inspector self-test`: check that this installation works (the bundle's `--self-test`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector.selftest import FAILED, OK, run_self_test

_MARK = {OK: "OK  ", FAILED: "LỖI ", "skipped": "BỎ QUA"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-test",
        help="check that this installation works (resources, database, minutes, logs)",
        description="Run the program's real work in a temporary folder — never in your data "
                    "folder: load every checklist, the minutes wording and the provinces, save the "
                    "demonstration inspection, seal it, write its minutes as a Word file, run the "
                    "doctor, and check the log file and TLS set-up. Exit code 0 when everything "
                    "works, 1 when a step failed. The desktop bundle runs it as "
                    "`inspector --self-test` (on Windows use inspector-console.exe to see the output).",
        epilog="Examples:\n  inspector self-test\n  inspector self-test --json\n"
               "  inspector --self-test\n  inspector self-test --keep --folder /tmp/kiem-tra",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--folder", type=Path, default=None,
                   help="work in this folder (kept) instead of a temporary one")
    p.add_argument("--keep", action="store_true",
                   help="keep the temporary folder (database, minutes, log) to look at")
    p.set_defaults(func=_self_test)


def _self_test(args: argparse.Namespace) -> int:
    progress = _progress if sys.stderr is not None and sys.stderr.isatty() and not args.json else None
    report = run_self_test(args.folder, keep=args.keep, progress=progress)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0 if report.ok else 1
    if progress:
        print(file=sys.stderr)
    print(f"Inspector {report.version} — tự kiểm tra / self-test")
    for step in report.steps:
        print(f"  {_MARK.get(step.status, step.status):6} {step.name:16} {step.seconds:6.2f} s  {step.detail}")
    if args.keep or args.folder:
        print(f"Thư mục kiểm tra / folder: {report.folder}")
    if report.ok:
        print(f"Kết quả: mọi thứ hoạt động ({report.seconds:.1f} s). / Result: all good.")
        return 0
    names = ", ".join(s.name for s in report.failed) or "?"
    print(f"Kết quả: có bước không đạt ({names}). / Result: FAILED ({names}).")
    return 1


def _progress(done: int, total: int, what: str) -> None:
    print(f"\r{done}/{total} {what:<20}", end="", file=sys.stderr)
