"""`inspector probe URL`: check a portal over HTTP(S) and print what it shows, item by item."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from inspector.checklists.catalog import load_catalog
from inspector.errors import InvalidInputError
from inspector.probe.describe import (
    describe_check,
    describe_proposal,
    describe_reason,
    describe_run,
)
from inspector.probe.results import ProbeOptions, ProbeTarget, run_to_dict
from inspector.probe.run import run_probe

EPILOG = """Examples:
  inspector probe https://phutho.gov.vn/
  inspector probe https://phutho.gov.vn/ --template nd42-2022
  inspector probe https://phutho.gov.vn/ --template nd43-tt25 --json > ket-qua.json
  inspector probe https://cong.tinh.gov.vn/ --ca-file chung-thu-goc.pem

Without --template, one generic check per probe signal is run. The results are proposals only:
nothing is written to any inspection."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "probe",
        help="check a portal live over HTTP(S) and propose statuses for checklist items",
        description="Fetch a portal's home page and the pages the checklist needs (only http/https, "
                    "bounded time, size and pages, certificates verified against the system store) "
                    "and print, per item, what was found and the status it suggests.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("url", metavar="URL", help="the portal's address, e.g. https://phutho.gov.vn/")
    p.add_argument("--template", metavar="ID", help="checklist template id (see `inspector checklist list`)")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON instead of text")
    p.add_argument("--ca-file", metavar="PEM", help="extra CA certificates to trust (PEM file)")
    p.add_argument("--http-url", metavar="URL", help="plain-HTTP address to test the redirect to HTTPS")
    p.add_argument("--dvc", metavar="URL",
                   help="the public-service portal's address, for the items about it (default: found in the portal's links)")
    p.add_argument("--budget", type=float, default=90.0, metavar="SECONDS",
                   help="time limit for the whole run (default 90)")
    p.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS",
                   help="time limit for one request (default 15)")
    p.add_argument("--max-pages", type=int, default=40, metavar="N", help="pages to fetch at most (default 40)")
    p.set_defaults(func=_probe)


def _progress(done: int, total: int, what: str) -> None:
    from inspector.probe.run import CHECKING

    line = f"Đã đánh giá {done}/{total} mục…" if what.startswith(CHECKING) else f"Đã tải {done}/{total} trang…"
    print(f"\r{line}", end="", file=sys.stderr, flush=True)


def _probe(args: argparse.Namespace) -> int:
    template = None
    if args.template:
        catalog = load_catalog()
        try:
            template = catalog.get(args.template)
        except KeyError:
            known = ", ".join(sorted({t.id for t in catalog.templates}))
            print(f"Không có mẫu danh mục “{args.template}”. Các mẫu hiện có: {known}. "
                  f"/ No checklist template {args.template!r}.", file=sys.stderr)
            return 2
    options = ProbeOptions(request_timeout=args.timeout, budget=args.budget, max_pages=args.max_pages,
                           ca_file=args.ca_file)
    show_progress = not args.json and sys.stderr.isatty()
    try:
        run = run_probe(ProbeTarget(args.url, http_url=args.http_url, dvc_url=args.dvc), template, options,
                        progress=_progress if show_progress else None)
    except InvalidInputError as exc:
        what = {"url": "Địa chỉ", "http_url": "Địa chỉ HTTP", "ca_file": "Tệp chứng thư gốc",
                "dvc_url": "Địa chỉ Cổng dịch vụ công"}.get(
            exc.field_name, exc.field_name)
        print(f"{what} không dùng được: {exc.value} ({exc.detail}).", file=sys.stderr)
        return 2
    if show_progress:
        print(file=sys.stderr)
    if args.json:
        json.dump(run_to_dict(run), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    _print_text(run, template)
    return 0


def _print_text(run, template) -> None:  # noqa: ANN001 - ProbeRun, ChecklistTemplate | None
    print(f"Kiểm tra trực tuyến / Live probe: {describe_run(run)}")
    if template is None:
        print("Không chọn mẫu danh mục: kiểm tra chung từng dấu hiệu.\n")
        for check in run.signals:
            print(f"  {describe_check(check)}")
        return
    print(f"Mẫu danh mục: {template.id} {template.version} — {len(run.proposals)} mục có kiểm tra tự động.\n")
    tally: Counter[str] = Counter()
    for proposal in run.proposals:
        item = template.item(proposal.item_id)
        if proposal.status is not None:
            label = proposal.status.label_vi
        elif proposal.value is not None:
            label = "Giá trị đo"
        else:
            label = {"inconclusive": "Chưa xác định", "not-found-check": "Không tìm thấy — cần kiểm tra",
                     "low-coverage": "Không tìm thấy — cần kiểm tra", "no-dvc-address": "Chưa kiểm tra",
                     "budget": "Chưa kiểm tra"}.get(proposal.reason, "Không đo được")
        tally[label] += 1
        text = item.text if len(item.text) <= 90 else item.text[:89] + "…"
        print(f"[{label}] {proposal.item_id} — {text}")
        print(f"    {describe_proposal(proposal)}")
        for check in proposal.checks:
            print(f"    • {describe_check(check)}")
    print("\nTổng hợp: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()) + ".")
    if run.home_error:
        print(f"Lưu ý: không đọc được trang chủ ({describe_reason(run.home_error)}).")
    print("Đây chỉ là đề xuất: người kiểm tra xem xét và chấp nhận từng mục trong ứng dụng.")
