"""`inspector report …`: the national summary of one checklist over a year or a period, as a
Word report and/or an Excel workbook, from the inspections in the database."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from inspector.cli.messages import EXPORT_REASONS, describe, existing_database, say
from inspector.errors import (
    Cancelled,
    ExportError,
    InspectorError,
    InvalidInputError,
    StorageError,
    WordingError,
)
from inspector.minutes import MinutesSettings, office_wording_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="national summary of inspections (Word report and Excel workbook)",
        description="Consolidate the inspections of one checklist over a year (or several) across "
                    "provinces: compliance score and rank of each province, the items most often "
                    "'Không đạt', and the follow-up of recommendations. Writes a Word report "
                    "(Decree 30/2020 format, with the chart) and/or an Excel workbook. "
                    "Score = (Đạt + 0.5 × Đạt một phần) / (Đạt + Đạt một phần + Không đạt); "
                    "Không áp dụng is left out; equal scores share a rank (1, 2, 2, 4).",
        epilog="Examples:\n"
               "  inspector report --year 2016 --template nd43-tt25 -o bao-cao-2016.docx --xlsx bao-cao-2016.xlsx\n"
               "  inspector report --from 2012 --to 2016 --template nd43-tt25 --xlsx tong-hop.xlsx\n"
               "  inspector report --year 2023 --template nd42-2022 -o bc.docx --number 15 --overwrite\n"
               "  inspector report --year 2016 --template nd43-tt25 -o bc.docx --issuer 'CỤC TIN HỌC HÓA' \\\n"
               "      --signer-authority 'KT. CỤC TRƯỞNG' --signer-title 'PHÓ CỤC TRƯỞNG' --signer 'Nguyễn Văn A'\n\n"
               "With --from/--to the report gives the pooled figures of the period, each year's figures, and the\n"
               "change against the previous period of the same length (2014–2016 against 2011–2013).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--template", required=True, metavar="CHECKLIST_ID",
                   help="the checklist (all its versions are taken together), e.g. nd43-tt25")
    p.add_argument("--year", type=int, metavar="YEAR", help="the year to report on")
    p.add_argument("--from", dest="first_year", type=int, metavar="YEAR", help="first year of a period")
    p.add_argument("--to", dest="last_year", type=int, metavar="YEAR", help="last year of a period")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.docx", help="the Word report to write")
    p.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="the Excel workbook to write")
    p.add_argument("--overwrite", action="store_true", help="replace the files if they exist")
    p.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the day recommendations are judged overdue against (default: today)")
    p.add_argument("--number", default="", metavar="N", help="the report's number (Số …/BC-…); blank by default")
    p.add_argument("--issuer", "--issuing-unit", dest="issuer", metavar="NAME",
                   help="the department issuing the report, printed under the ministry on page 1, e.g. "
                        "'CỤC TIN HỌC HÓA' (default: the report wording's issuer.unit)")
    p.add_argument("--parent-agency", metavar="NAME",
                   help="the ministry above the issuer (default: by the report's date, from the report "
                        "wording: Bộ Thông tin và Truyền thông, from 01/03/2025 Bộ Khoa học và Công nghệ)")
    p.add_argument("--signer-authority", metavar="TEXT",
                   help="the line above the signer's title, e.g. 'KT. CỤC TRƯỞNG' (default: none)")
    p.add_argument("--signer-title", metavar="TITLE", help="the signer's title, e.g. 'PHÓ CỤC TRƯỞNG' "
                   "(default: the report wording's, 'CỤC TRƯỞNG')")
    p.add_argument("--signer", metavar="NAME", help="the name of the person who signs (default: blank)")
    p.add_argument("--date", dest="report_date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the report's date (default: --today)")
    p.add_argument("--report-wording", type=Path, metavar="FILE.yaml",
                   help="a report wording file (issuer, signer, recipients), merged over the office's "
                        "templates/report.yaml in the data folder")
    p.add_argument("--wording", type=Path, metavar="FILE.yaml",
                   help="the minutes wording file, for the page layout (default: templates/minutes.yaml in the "
                        "data folder, if any)")
    p.add_argument("--database", type=Path, metavar="FILE",
                   help="the database to read (default: the one in the data folder)")
    p.set_defaults(func=_report)


def _report(args: argparse.Namespace) -> int:
    from inspector.office import Period, ReportSettings, export_national_report, load_summary
    from inspector.storage import Store

    if args.year is not None and (args.first_year is not None or args.last_year is not None):
        say("Dùng --year hoặc --from/--to, không dùng cả hai", "give --year or --from/--to, not both")
        return 2
    first = args.year if args.year is not None else args.first_year
    last = args.year if args.year is not None else args.last_year
    if first is None or last is None:
        say("Cần ghi năm: --year 2016, hoặc --from 2012 --to 2016",
             "give a year: --year 2016, or --from 2012 --to 2016")
        return 2
    if first > last:
        say(f"Năm bắt đầu {first} sau năm kết thúc {last}", f"the first year {first} is after the last {last}")
        return 2
    if args.output is None and args.xlsx is None:
        say("Cần ghi tệp kết quả: -o BAO-CAO.docx và/hoặc --xlsx BAO-CAO.xlsx",
             "give an output: -o REPORT.docx and/or --xlsx REPORT.xlsx")
        return 2
    for target, suffix in ((args.output, ".docx"), (args.xlsx, ".xlsx")):
        if target is None:
            continue
        if target.suffix.lower() != suffix:
            say(f"Tên tệp phải có đuôi {suffix}: {target}", f"the file must end in {suffix}: {target}")
            return 2
        if target.exists() and not args.overwrite:
            say(f"Tệp đã có, không ghi đè (dùng --overwrite để thay): {target}",
                 f"the file exists and was left as is (use --overwrite to replace it): {target}")
            return 1
    database = existing_database(args.database)
    if database is None:
        return 1
    if args.report_wording is not None and not args.report_wording.is_file():
        say(f"Không có tệp lời văn báo cáo: {args.report_wording}", f"no report wording file: {args.report_wording}")
        return 2
    settings = ReportSettings(issuing_unit=args.issuer, parent_agency=args.parent_agency, number=args.number,
                              signer_heading=args.signer_authority, signer_title=args.signer_title,
                              signer_name=args.signer, report_date=args.report_date,
                              wording_file=args.report_wording,
                              minutes=MinutesSettings(office_file=args.wording or office_wording_file()))
    today = args.today or date.today()
    try:
        with Store.open(database) as store:
            summary = load_summary(store, args.template, Period(first, last), today=today)
            if not summary.dashboard.inspections:
                say(f"Không có cuộc kiểm tra nào theo danh mục {args.template} trong {Period(first, last).label}",
                     f"no inspection under checklist {args.template} in {Period(first, last).label}")
                return 1
            _warn_tampered(store, args.template)
            result = export_national_report(summary, docx_path=args.output, xlsx_path=args.xlsx,
                                            settings=settings)
    except WordingError as exc:
        say(f"Tệp lời văn không hợp lệ: {exc}", f"the wording file is not valid: {exc}")
        return 1
    except ExportError as exc:
        vi, en = EXPORT_REASONS.get(exc.reason, (exc.reason, exc.reason))
        say(f"Không ghi được {exc.path}: {vi}", f"could not write {exc.path}: {en}")
        return 1
    except InvalidInputError as exc:
        say(f"Giá trị không hợp lệ: {exc}", f"invalid value: {exc}")
        return 2
    except Cancelled:
        say("Đã dừng theo yêu cầu", "stopped")
        return 130
    except StorageError as exc:
        say(*describe(exc))
        return 1
    except InspectorError as exc:
        say(f"Lỗi: {exc}", f"error: {exc}")
        return 1
    d = summary.dashboard
    print(f"{d.template_id} {d.period.label}: {d.inspections} inspections, {len(d.provinces)} provinces, "
          f"{result.recommendations} recommendations, {result.carried} still open from earlier inspections")
    if d.samples.sample_only:
        say('Báo cáo chỉ gồm dữ liệu mẫu: mỗi trang ghi "DỮ LIỆU MẪU"',
            'the report holds only sample data: every page says "DỮ LIỆU MẪU"')
    elif d.samples.left_out:
        say(f"Số cuộc kiểm tra mẫu đã bỏ ra (dữ liệu giả định): {d.samples.left_out}",
            f"sample inspections left out (invented data): {d.samples.left_out}")
    for path in (result.docx, result.xlsx):
        if path is not None:
            print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


def _warn_tampered(store: object, template_id: str) -> None:
    """A national report consolidates sealed minutes: say which no longer match their seal."""
    from inspector.domain import InspectionStatus

    for summary, _statuses in store.inspection_statuses(template_id=template_id):  # type: ignore[attr-defined]
        if summary.status is not InspectionStatus.FINALIZED:
            continue
        problems = store.seal_problems(summary.id)  # type: ignore[attr-defined]
        if problems:
            say(f"Cảnh báo: dữ liệu cuộc kiểm tra {summary.inspected_unit} ({summary.id}) không còn khớp mã "
                f"niêm phong: {problems[0].detail}; hãy chạy inspector doctor",
                f"warning: inspection {summary.inspected_unit} ({summary.id}) no longer matches its seal: "
                f"{problems[0].detail}; run inspector doctor")
