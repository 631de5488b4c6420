"""`inspector export …`: documents made from an inspection (the minutes in Word, and PDF)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from inspector.cli.messages import EXPORT_REASONS, describe, existing_database, say
from inspector.errors import (
    Cancelled,
    ExportError,
    InspectorError,
    NotFoundError,
    StorageError,
    WordingError,
)
from inspector.minutes import (
    MinutesSettings,
    convert_to_pdf,
    export_minutes,
    find_office,
    office_wording_file,
    user_wording_file,
)
from inspector.minutes.content import MinutesWarning

_WARNINGS = {
    "evidence-missing": ("không tìm thấy tệp minh chứng", "evidence file not found"),
    "evidence-altered": ("tệp minh chứng không còn khớp mã SHA-256", "evidence file no longer matches its SHA-256"),
    "seal-mismatch": ("dữ liệu không còn khớp mã niêm phong", "the data no longer matches its seal"),
    "template-mismatch": ("biên bản được lập theo phiên bản danh mục khác với phiên bản của cuộc kiểm tra",
                          "the checklist version differs from the inspection's"),
    "template-not-in-force": ("danh mục kiểm tra không áp dụng vào ngày kiểm tra",
                              "the checklist does not apply on the inspection date"),
    "copies-mismatch": ("số bản biên bản khác số nơi nhận (số bản / số nơi nhận)",
                        "the number of copies differs from the number of recipients (copies / recipients)"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export documents of an inspection (minutes in Word, PDF)",
        description="Export the documents of an inspection.",
        epilog="Examples:\n  inspector export minutes 3f2a9c -o bien-ban.docx\n"
               "  inspector export minutes --demo -o bien-ban-mau.docx --pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    esub = p.add_subparsers(dest="export_command", metavar="DOCUMENT", required=True)
    m = esub.add_parser(
        "minutes",
        help="the minutes (biên bản kiểm tra) as a Word file, Decree 30/2020 format",
        description="Write the minutes of an inspection (biên bản kiểm tra, Decree 30/2020/NĐ-CP "
                    "format) with its findings appendix as a .docx file; with --pdf also a PDF "
                    "(needs LibreOffice). The wording comes from the built-in template, the "
                    "office's templates/minutes.yaml in the data folder (or --wording), then "
                    "the changes made in the application's Settings (minutes-wording.yaml in "
                    "the config folder).",
        epilog="Examples:\n"
               "  inspector export minutes 3f2a9c -o bien-ban.docx\n"
               "  inspector export minutes 3f2a9c -o bien-ban.docx --pdf --overwrite\n"
               "  inspector export minutes --demo -o bien-ban-mau.docx\n"
               "  inspector export minutes 3f2a9c -o bb.docx --wording cuc-thh.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    m.add_argument("inspection_id", nargs="?", metavar="INSPECTION_ID",
                   help="the inspection to export (not needed with --demo)")
    office_found = find_office() is not None
    m.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.docx",
                   help="the Word file to write" + (" (FILE.pdf with --pdfa)" if office_found else ""))
    m.add_argument("--pdf", action="store_true",
                   help="also write FILE.pdf next to it (needs LibreOffice)")
    m.add_argument("--pdfa", action="store_true",
                   help=("write the minutes of a FINALIZED inspection as an archival PDF/A-2b "
                         "ready for signing (FILE.pdf, with signature fields at the signature "
                         "blocks; needs LibreOffice)") if office_found else argparse.SUPPRESS)
    m.add_argument("--draft", action="store_true",
                   help="the team's working copy (not for issue): marked 'BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH' on "
                        "every page, with reference marks, item codes and the points to check before signing")
    m.add_argument("--overwrite", action="store_true",
                   help="replace FILE.docx (and FILE.pdf) if they exist")
    m.add_argument("--wording", type=Path, metavar="FILE.yaml",
                   help="the office's wording file (default: templates/minutes.yaml in the data folder, if any)")
    m.add_argument("--database", type=Path, metavar="FILE",
                   help="the database to read (default: the one in the data folder)")
    m.add_argument("--demo", action="store_true",
                   help="export the sample inspection shipped with the program (Phú Thọ, 07/10/2016)")
    m.set_defaults(func=_minutes)


def _minutes_settings(args: argparse.Namespace) -> MinutesSettings:
    """The wording: the office's file (`--wording`, else the data folder's) under the user's."""
    user_file = user_wording_file()
    return MinutesSettings(office_file=args.wording or office_wording_file(),
                           user_file=user_file if user_file.is_file() else None)


def _export_failure(exc: ExportError | Cancelled | NotFoundError) -> int:
    """The sentence (and exit code) for an export that could not be made, stopped or found."""
    if isinstance(exc, Cancelled):
        say("Đã dừng theo yêu cầu", "stopped")
        return 130
    if isinstance(exc, NotFoundError):
        say(f"Không tìm thấy: {exc.key}", f"not found: {exc.kind} {exc.key}")
        return 1
    vi, en = EXPORT_REASONS.get(exc.reason, (exc.reason, exc.reason))
    detail = f" ({exc.detail})" if exc.detail and exc.reason in ("conversion-failed", "not-writable") else ""
    say(f"Không xuất được {exc.path}: {vi}{detail}", f"could not export {exc.path}: {en}{detail}")
    return 1


def _minutes(args: argparse.Namespace) -> int:
    out: Path = args.output
    if args.pdfa:
        return _minutes_pdfa(args)
    if out.suffix.lower() != ".docx":
        say(f"Tên tệp phải có đuôi .docx: {out}", f"the output file must end in .docx: {out}")
        return 2
    if bool(args.demo) == bool(args.inspection_id):
        say("Cần ghi mã cuộc kiểm tra, hoặc dùng --demo (không dùng cả hai)",
             "give an INSPECTION_ID or --demo (not both)")
        return 2
    pdf = out.with_suffix(".pdf") if args.pdf else None
    if pdf is not None and find_office() is None:
        say("Không tìm thấy LibreOffice (soffice) nên không tạo được PDF; hãy cài LibreOffice hoặc bỏ --pdf",
             "LibreOffice (soffice) not found, so no PDF can be made; install it or leave out --pdf")
        return 1
    for target in (out, pdf):
        if target is not None and target.exists() and not args.overwrite:
            say(f"Tệp đã có, không ghi đè (dùng --overwrite để thay): {target}",
                 f"the file exists and was left as is (use --overwrite to replace it): {target}")
            return 1
    settings = _minutes_settings(args)
    try:
        result = (_export_demo(out, settings, args.draft) if args.demo
                  else _export_stored(args, out, settings))
        if result is None:
            return 1
        for warning in result.warnings:
            vi, en = _WARNINGS.get(warning.code, (warning.code, warning.code))
            say(f"Cảnh báo: {vi}: {warning.detail} ({warning.subject})",
                 f"warning: {en}: {warning.detail} ({warning.subject})")
        print(f"{result.path} ({result.size:,} bytes, {result.items} items, {result.evidence} evidence)")
        if pdf is not None:
            print(convert_to_pdf(out, pdf))
    except WordingError as exc:
        say(f"Tệp lời văn biên bản không hợp lệ: {exc}", f"the minutes wording file is not valid: {exc}")
        return 1
    except (ExportError, Cancelled, NotFoundError) as exc:
        return _export_failure(exc)
    except StorageError as exc:
        say(*describe(exc))
        return 1
    except InspectorError as exc:
        say(f"Lỗi: {exc}", f"error: {exc}")
        return 1
    return 0


def _minutes_pdfa(args: argparse.Namespace) -> int:
    out: Path = args.output
    if find_office() is None:
        say("Không tìm thấy LibreOffice (soffice) nên không tạo được PDF/A để ký số; hãy cài LibreOffice",
             "LibreOffice (soffice) not found, so no PDF/A for signing can be made; install LibreOffice")
        return 1
    if out.suffix.lower() != ".pdf":
        say(f"Với --pdfa, tên tệp phải có đuôi .pdf: {out}", f"with --pdfa the output file must end in .pdf: {out}")
        return 2
    if args.demo or not args.inspection_id or args.draft or args.pdf:
        say("--pdfa chỉ dùng cho một cuộc kiểm tra đã hoàn thành (ghi mã cuộc kiểm tra; không dùng "
            "--demo, --draft, --pdf)",
            "--pdfa is for a finalized inspection only (give its INSPECTION_ID; not with --demo, "
            "--draft or --pdf)")
        return 2
    if out.exists() and not args.overwrite:
        say(f"Tệp đã có, không ghi đè (dùng --overwrite để thay): {out}",
             f"the file exists and was left as is (use --overwrite to replace it): {out}")
        return 1
    from inspector.signing.pdfa import FIELDS, export_pdfa
    from inspector.storage import Store

    database = existing_database(args.database)
    if database is None:
        return 1
    settings = _minutes_settings(args)
    try:
        with Store.open(database) as store:
            record = store.load_inspection(args.inspection_id)
            template = store.template_for(record.inspection)
            result = export_pdfa(record, template, out, settings=settings,
                                 evidence_path=store.evidence_path)
    except ExportError as exc:
        if exc.reason == "not-finalized":
            say("Chỉ xuất PDF/A để ký số cho cuộc kiểm tra đã hoàn thành (niêm phong); hãy hoàn thành "
                "cuộc kiểm tra trước", "only a finalized (sealed) inspection can be exported for "
                "signing; finalize it first")
            return 1
        return _export_failure(exc)
    except (Cancelled, NotFoundError) as exc:
        return _export_failure(exc)
    except StorageError as exc:  # a damaged, newer or unreadable database: the same sentence as for Word
        say(*describe(exc))
        return 1
    except (WordingError, InspectorError) as exc:
        say(f"Lỗi: {exc}", f"error: {exc}")
        return 1
    fields = ", ".join(f"{FIELDS[b.key]} (trang/page {b.page + 1})" for b in result.blocks)
    print(f"{result.path} (PDF/A-2b, {result.size:,} bytes, {result.pages} pages, "
          f"seal {result.seal_sha256[:16]}…; signature fields: {fields or 'none found'})")
    return 0


def _export_demo(out: Path, settings: MinutesSettings, draft: bool = False) -> Any:
    import tempfile

    from inspector.checklists.catalog import load_catalog
    from inspector.inspection_file import installed_template
    from inspector.sample import read_sample

    sample = read_sample()
    template = installed_template(sample, load_catalog().get)
    record = sample.bound_to(template)
    # Sample data says so on every page, whatever the sample file sets.
    record = dataclasses.replace(record, inspection=dataclasses.replace(record.inspection, sample=True))
    with tempfile.TemporaryDirectory(prefix="inspector-sample-") as folder:
        for sha, data in sample.files.items():
            (Path(folder) / sha).write_bytes(data)
        return export_minutes(record, template, out, settings=settings, draft=draft,
                              evidence_path=lambda sha: Path(folder) / sha)


def _export_stored(args: argparse.Namespace, out: Path, settings: MinutesSettings) -> Any:
    from inspector.storage import Store

    database = existing_database(args.database)
    if database is None:
        return None
    with Store.open(database) as store:
        record = store.load_inspection(args.inspection_id)
        template = store.template_for(record.inspection)
        result = export_minutes(record, template, out, settings=settings,
                                evidence_path=store.evidence_path, draft=args.draft)
        # The minutes compare the content with the seal's hash; the store also checks the
        # sealed text itself, the amendment chain and the tables against the revision log.
        tampered = tuple(MinutesWarning("seal-mismatch", p.inspection_id or "", p.detail)
                         for p in store.seal_problems(args.inspection_id))
        return dataclasses.replace(result, warnings=result.warnings + tampered) if tampered else result
