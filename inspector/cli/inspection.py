"""`inspector inspection export|import`: a whole inspection as one file (inspector.inspection_file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector import paths
from inspector.cli.messages import existing_database, say
from inspector.errors import InspectionFileError, InspectorError, InvalidInputError, NotFoundError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "inspection",
        help="move a whole inspection between databases as one file",
        description="Write a whole inspection (header, findings, evidence files, recommendations, its "
                    "checklist and, when finalized, its seal) as one .inspection.json file, or import "
                    "such a file into a database. A file is checked completely before anything is "
                    "written; an inspection already in the database is never overwritten.",
        epilog="Examples:\n  inspector inspection export 3f2a9c -o phu-tho-2016.inspection.json\n"
               "  inspector inspection import phu-tho-2016.inspection.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    isub = p.add_subparsers(dest="inspection_command", metavar="ACTION", required=True)
    e = isub.add_parser(
        "export", help="write an inspection as an inspection file",
        description="Write an inspection of the database as an .inspection.json file (its checklist "
                    "snapshot and evidence files inside).",
        epilog="Example:\n  inspector inspection export 3f2a9c -o phu-tho-2016.inspection.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("inspection_id", metavar="INSPECTION_ID")
    e.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.inspection.json")
    e.add_argument("--overwrite", action="store_true", help="replace the file if it exists")
    e.add_argument("--database", type=Path, metavar="FILE",
                   help="the database to read (default: the one in the data folder)")
    e.set_defaults(func=_export)
    i = isub.add_parser(
        "import", help="add the inspection of an inspection file to the database",
        description="Check an .inspection.json file and add its inspection to the database, with its "
                    "evidence files; a finalized inspection comes in sealed as it was. A file without "
                    "a checklist snapshot is answered against the installed checklist of its id.",
        epilog="Example:\n  inspector inspection import phu-tho-2016.inspection.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--database", type=Path, metavar="FILE",
                   help="the database to write (default: the one in the data folder)")
    i.set_defaults(func=_import)


def _export(args: argparse.Namespace) -> int:
    from inspector.inspection_file import write_inspection_file
    from inspector.storage import Store

    database = existing_database(args.database)
    if database is None:
        return 1
    if args.output.exists() and not args.overwrite:
        say(f"Tệp đã có, không ghi đè (dùng --overwrite để thay): {args.output}",
            f"the file exists and was left as is (use --overwrite to replace it): {args.output}")
        return 1
    try:
        with Store.open(database) as store:
            record = store.load_inspection(args.inspection_id)
            files = {e.sha256: store.evidence_path(e.sha256).read_bytes() for e in record.evidence}
            path = write_inspection_file(args.output, record, files, store.template_for(record.inspection))
    except NotFoundError as exc:
        say(f"Không tìm thấy: {exc.key}", f"not found: {exc.kind} {exc.key}")
        return 1
    except OSError as exc:
        say(f"Không đọc hoặc ghi được tệp: {exc}", f"a file could not be read or written: {exc}")
        return 1
    except InspectorError as exc:
        say(f"Lỗi: {exc}", f"error: {exc}")
        return 1
    print(f"{path} ({path.stat().st_size:,} bytes, {len(record.findings)} findings, {len(files)} files)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from inspector.checklists.catalog import load_catalog
    from inspector.inspection_file import installed_template, read_inspection_file
    from inspector.storage import Store

    try:
        content = read_inspection_file(args.file)
        if content.template is not None:
            template, record = content.template, content.record
        else:
            try:
                template = installed_template(content, load_catalog().get)
            except KeyError:
                say(f"Máy chưa có danh mục kiểm tra {content.template_id}",
                    f"the checklist {content.template_id} is not installed")
                return 1
            record = content.bound_to(template)
        database = args.database or paths.database_path()
        with Store.open(database) as store:
            store.import_inspection(record, template, content.files, actor="import", seal=content.seal)
    except InspectionFileError as exc:
        where = f" ({exc.where})" if exc.where else ""
        say(f"Tệp không nhập được{where}: {exc.detail}", f"the file cannot be imported{where}: {exc.detail}")
        return 1
    except InvalidInputError as exc:
        if exc.field_name == "inspection_id":
            say(f"Cuộc kiểm tra {exc.value} đã có trong cơ sở dữ liệu; không ghi đè",
                f"inspection {exc.value} is already in the database; nothing was changed")
        else:
            say(f"Tệp không nhập được: {exc}", f"the file cannot be imported: {exc}")
        return 1
    except InspectorError as exc:
        say(f"Lỗi: {exc}", f"error: {exc}")
        return 1
    h = record.inspection
    print(f"{h.id}: {h.inspected_unit} ({h.province.name}), {len(record.findings)} findings, "
          f"{len(record.evidence)} evidence files{', finalized' if content.seal else ''}")
    return 0
