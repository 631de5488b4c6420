"""`inspector verify FILE.pdf`: the signatures of a signed PDF, each with a plain verdict."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.cli.messages import existing_database, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "verify",
        help="check the digital signatures of a signed PDF (signer, time, changes, trust)",
        description="For each signature: signer, certificate issuer, signing time, timestamp, "
                    "whether the document was changed after it, whether the certificate chains "
                    "to a trusted root (the system's roots plus --ca-file and ca_files in "
                    "signing.yaml: the national root CA of Vietnam is not in most system stores), "
                    "revocation (when the CA's list can be reached), and a verdict. With "
                    "--record ID, a file whose signatures are all valid is recorded as evidence "
                    "of that inspection (hash and signers in its audit trail). Exit code 0 when "
                    "every signature is valid, 1 otherwise.",
        epilog="Examples:\n"
               "  inspector verify bien-ban-da-ky.pdf\n"
               "  inspector verify bien-ban-da-ky.pdf --ca-file root-ca-g2.cer\n"
               "  inspector verify bien-ban-da-ky.pdf --record 3f2a9c",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--ca-file", type=Path, action="append", default=[], metavar="CA.pem",
                   help="a root CA to trust too (PEM or DER; may be repeated)")
    p.add_argument("--offline", action="store_true", help="do not fetch revocation lists")
    p.add_argument("--record", metavar="INSPECTION_ID",
                   help="record the signed file as evidence of this inspection")
    p.add_argument("--database", type=Path, metavar="FILE", help="the database (with --record)")
    p.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    from inspector.signing.settings import load_signing_settings
    from inspector.signing.verify import VerifyError, describe, verify_pdf

    settings = load_signing_settings()
    cas = [*settings.ca_files, *args.ca_file]
    for ca in cas:
        if not ca.is_file():
            say(f"Không có tệp CA: {ca}", f"no such CA file: {ca}")
            return 1
    try:
        reports = verify_pdf(args.file, ca_files=cas, allow_fetching=not args.offline)
    except VerifyError as exc:
        say(f"Không đọc được tệp PDF {exc.path}", f"the PDF {exc.path} could not be read")
        return 1
    except ValueError as exc:
        say(f"Tệp CA không đọc được: {exc}", f"a CA file could not be read: {exc}")
        return 1
    if not reports:
        say(f"Tệp không có chữ ký số: {args.file}", f"the file has no digital signature: {args.file}")
        return 1
    for n, report in enumerate(reports, 1):
        print("\n".join(describe(report, n)))
        print()
    all_ok = all(r.ok for r in reports)
    print(("Tất cả chữ ký hợp lệ. / All signatures are valid.") if all_ok else
          ("CÓ CHỮ KÝ KHÔNG HỢP LỆ hoặc chưa xác định được. / "
           "Some signatures are NOT valid or could not be established."))
    if args.record:
        if not all_ok:
            say("Không lưu tệp làm minh chứng vì có chữ ký không hợp lệ",
                "the file was not recorded as evidence: some signatures are not valid")
            return 1
        return _record(args, reports)
    return 0 if all_ok else 1


def _record(args: argparse.Namespace, reports) -> int:
    from inspector.errors import NotFoundError, StorageError
    from inspector.signing.evidence import record_if_valid
    from inspector.storage import Store

    database = existing_database(args.database)
    if database is None:
        return 1
    try:
        with Store.open(database) as store:
            entry = record_if_valid(store, args.record, args.file, reports, actor="inspector verify")
    except NotFoundError as exc:
        say(f"Không tìm thấy: {exc.key}", f"not found: {exc.kind} {exc.key}")
        return 1
    except StorageError as exc:
        say(f"Không ghi được vào cơ sở dữ liệu: {exc}", f"the database could not be written: {exc}")
        return 1
    if entry is None:  # checked before too; the core refuses as well
        say("Không lưu tệp làm minh chứng vì có chữ ký không hợp lệ",
            "the file was not recorded as evidence: some signatures are not valid")
        return 1
    print(f"Đã lưu làm minh chứng / recorded as evidence: {entry.file_name} "
          f"(SHA-256 {entry.sha256[:16]}…, {', '.join(entry.signers)})")
    return 0
