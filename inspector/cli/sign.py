"""`inspector sign FILE.pdf`: sign the minutes (PAdES) with a PKCS#12 file or a PKCS#11 token."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from inspector.cli.messages import say

log = logging.getLogger(__name__)

REASONS = {
    "wrong-password": ("mật khẩu tệp chứng thư số không đúng", "the certificate file's password is wrong"),
    "wrong-pin": ("mã PIN của thiết bị ký số (USB token) không đúng", "the token's PIN is wrong"),
    "pin-locked": ("thiết bị ký số đã bị khóa mã PIN", "the token's PIN is locked"),
    "no-key": ("không tìm thấy khóa bí mật và chứng thư số", "no private key with its certificate was found"),
    "no-token": ("không thấy thiết bị ký số (hãy cắm USB token)", "no token found (plug in the USB token)"),
    "module": ("không nạp được thư viện PKCS#11 của thiết bị ký số", "the token's PKCS#11 module could not be loaded"),
    "no-field": ("tệp PDF không có ô chữ ký trống có tên đó", "the PDF has no empty signature field of that name"),
    "field-signed": ("ô chữ ký này đã được ký", "this signature field is already signed"),
    "timestamp": ("không lấy được dấu thời gian từ máy chủ cấp dấu thời gian (TSA)",
                  "no timestamp could be had from the timestamp server (TSA)"),
    "not-pdf": ("không đọc được tệp PDF", "the PDF file could not be read"),
    "not-writable": ("không ghi được tệp", "the file could not be written"),
    "ca-file": ("không đọc được tệp CA", "a CA file could not be read"),
    "no-image": ("không có tệp ảnh chữ ký / con dấu đã thiết lập", "the signature / stamp image set up is not there"),
    "failed": ("không ký được", "signing failed"),
}


# What differs from Decree 30/2020, Appendix I, Part I, II.7.d / II.8.a (see check_image).
IMAGE_PROBLEMS = {
    "unreadable": ("không đọc được như một ảnh", "cannot be read as an image"),
    "not-png": ("không phải định dạng PNG như Nghị định 30/2020 quy định",
                "is not a PNG, as Decree 30/2020 requires"),
    "not-transparent": ("không có nền trong suốt như Nghị định 30/2020 quy định",
                        "has no transparent background, as Decree 30/2020 requires"),
    "not-blue": ("không phải chữ ký màu xanh như Nghị định 30/2020 quy định",
                 "is not a blue signature, as Decree 30/2020 requires"),
    "not-red": ("không phải con dấu màu đỏ như Nghị định 30/2020 quy định",
                "is not a red seal, as Decree 30/2020 requires"),
    "size-unknown": ("không ghi độ phân giải nên không biết kích thước thật của dấu; dấu được vẽ cao bằng ô chữ ký",
                     "does not record its resolution, so the seal's real size is unknown; it is drawn as high as the signature block"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sign",
        help="sign a PDF/A of the minutes digitally (PAdES; certificate file or USB token)",
        description="Sign the minutes exported with `inspector export minutes ID --pdfa`. The "
                    "team leader signs first, then the inspected unit's representative signs "
                    "the same file (each signature is added as an incremental update, so the "
                    "first stays valid). The password or PIN is asked each time and never "
                    "stored. Baseline PAdES B-B; B-T with a timestamp when --tsa (or tsa_url in "
                    "signing.yaml) is given. The signature image, the seal image and the agency "
                    "come from signing.yaml (data folder, then config folder).",
        epilog="Examples:\n"
               "  inspector sign bien-ban.pdf --pkcs12 tran-quoc-hung.p12 --tsa http://tsa.example.vn\n"
               "  inspector sign bien-ban.pdf --pkcs11 C:/Windows/System32/token.dll --field DaiDienDonVi\n"
               "  inspector sign bien-ban.pdf --pkcs12 cuc-thh.p12 --seal --field TruongDoan",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf", help="the PDF to sign (signed in place unless -o)")
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--pkcs12", type=Path, metavar="CERT.p12", help="a certificate file (.p12/.pfx)")
    key.add_argument("--pkcs11", metavar="MODULE", nargs="?", const="",
                     help="a USB token through its PKCS#11 module (.dll/.so); without a value, "
                          "the module set in signing.yaml")
    p.add_argument("--token-label", default="", help="which token, when several are plugged in")
    p.add_argument("--field", default="", metavar="NAME",
                   help="the signature field: TruongDoan (team leader) or DaiDienDonVi (inspected "
                        "unit); default: the first empty one, the team leader's first")
    p.add_argument("--seal", action="store_true",
                   help="the agency's seal signature: the red seal image at its real size over "
                        "about the left third of --field's signature image (Decree 30/2020, "
                        "Appendix I, Part I, II.8.a)")
    p.add_argument("--tsa", default=None, metavar="URL", help="RFC 3161 timestamp server")
    p.add_argument("--name", default="", help="name shown in the signature (default: the certificate's)")
    p.add_argument("--agency", default=None, help="agency shown in the signature (default: signing.yaml)")
    p.add_argument("--image", type=Path, default=None, metavar="PNG",
                   help="signature (or seal) image; default: signing.yaml; none: text only")
    p.add_argument("--ca-file", type=Path, action="append", default=[], metavar="CA.pem",
                   help="a root CA to trust too, for B-LT (may be repeated; also ca_files in signing.yaml)")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="write the signed file here")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password / PIN from standard input (scripts) instead of asking")
    p.set_defaults(func=_sign)


def _ask_secret(args: argparse.Namespace, prompt: str) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _sign(args: argparse.Namespace) -> int:
    from inspector.signing.request import prepare, sign_document
    from inspector.signing.settings import load_signing_settings
    from inspector.signing.sign import Credentials, SigningError

    settings = load_signing_settings()
    if not args.file.is_file():
        say(f"Không có tệp: {args.file}", f"no such file: {args.file}")
        return 1
    if args.pkcs11 is not None:
        module = args.pkcs11 or settings.pkcs11_module
        if not module:
            say("Chưa chỉ thư viện PKCS#11 của thiết bị ký số (--pkcs11 MODULE hoặc pkcs11_module trong signing.yaml)",
                "no PKCS#11 module given (--pkcs11 MODULE, or pkcs11_module in signing.yaml)")
            return 2
        secret = _ask_secret(args, "Mã PIN / PIN: ")
    else:
        if not args.pkcs12.is_file():
            say(f"Không có tệp chứng thư số: {args.pkcs12}", f"no such certificate file: {args.pkcs12}")
            return 1
        secret = _ask_secret(args, "Mật khẩu tệp chứng thư số / Certificate password: ")
    if secret is None:
        say("Cần nhập mật khẩu / mã PIN: chạy lệnh trong cửa sổ dòng lệnh, hoặc dùng --password-stdin",
            "a password / PIN is needed: run the command in a terminal, or use --password-stdin")
        return 2
    credentials = (Credentials.pkcs11(module, secret, args.token_label) if args.pkcs11 is not None
                   else Credentials.pkcs12(args.pkcs12, secret))
    try:
        prepared = prepare(settings, seal=args.seal, image=args.image, agency=args.agency, tsa_url=args.tsa)
    except SigningError as exc:
        say(f"Không có tệp ảnh: {exc.detail}", f"no such image file: {exc.detail}")
        return 1
    for problem in prepared.image_problems:
        vi, en = IMAGE_PROBLEMS[problem]
        name = prepared.image.name if prepared.image else ""
        say(f"Lưu ý: ảnh {name} {vi}", f"note: the image {name} {en}")
    try:
        result = sign_document(args.file, args.output or args.file, credentials, settings,
                               field=args.field, seal=args.seal, name=args.name, image=prepared.image,
                               agency=prepared.agency, tsa_url=prepared.tsa_url,
                               extra_ca_files=tuple(args.ca_file))
    except SigningError as exc:
        log.info("signing failed: %s", exc.reason)  # never the secret, never the detail of a key
        vi, en = REASONS.get(exc.reason, REASONS["failed"])
        detail = f" ({exc.detail})" if exc.reason in ("no-field", "field-signed", "failed", "timestamp") and exc.detail else ""
        say(f"Không ký được {args.file}: {vi}{detail}; tệp không bị thay đổi",
            f"could not sign {args.file}: {en}{detail}; the file was not changed")
        return 1
    finally:
        del secret, credentials
    print(f"{result.path}: {result.field} — {result.signer}, "
          f"{result.signing_time.strftime('%d/%m/%Y %H:%M:%S')} (PAdES {result.level})")
    return 0
