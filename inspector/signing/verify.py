"""Checking the signatures of a signed PDF, with a plain verdict for each.

    reports = verify_pdf("bien-ban-da-ky.pdf", ca_files=[Path("root-ca-g2.cer")])
    for r in reports: print(r.verdict_vi, r.verdict_en)

Trust: the system's root store plus the CA files the office adds (the national root CA of Vietnam
is not in most system stores). Revocation is checked against the CRL / OCSP the certificate
names when it can be reached (soft-fail: unreachable is reported, not fatal). The document is
"changed after the signature" when bytes it covers changed (the signature no longer matches) or
when a later revision changed more than adding signatures and their fields.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from inspector.errors import InspectorError

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class VerifyError(InspectorError):
    """The file could not be read as a PDF (`reason`: ``not-pdf``, ``unreadable``)."""

    def __init__(self, path: str | Path, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = str(path), reason, detail
        super().__init__(f"{path}: {reason}" + (f": {detail}" if detail else ""))


# Verdict words: stable codes, with their sentence in both languages.
VERDICTS = {
    "valid": ("Hợp lệ: chữ ký đúng, tài liệu không bị sửa sau khi ký, chứng thư số tin cậy",
              "Valid: the signature matches, the document was not changed after signing, the certificate is trusted"),
    "modified": ("KHÔNG hợp lệ: tài liệu đã bị sửa sau khi ký",
                 "NOT valid: the document was changed after it was signed"),
    "broken": ("KHÔNG hợp lệ: chữ ký không khớp với nội dung (tệp bị hỏng hoặc bị sửa)",
               "NOT valid: the signature does not match the content (the file is damaged or was changed)"),
    "revoked": ("KHÔNG hợp lệ: chứng thư số của người ký đã bị thu hồi",
                "NOT valid: the signer's certificate has been revoked"),
    "expired": ("KHÔNG hợp lệ: chứng thư số của người ký đã hết hạn khi ký",
                "NOT valid: the signer's certificate had expired when it signed"),
    "not-yet-valid": ("KHÔNG hợp lệ: chứng thư số của người ký chưa có hiệu lực khi ký",
                      "NOT valid: the signer's certificate was not yet valid when it signed"),
    "untrusted": ("Chưa xác định được: chứng thư số không dẫn tới tổ chức chứng thực gốc tin cậy "
                  "(thêm tệp CA gốc bằng --ca-file nếu đây là CA của cơ quan nhà nước)",
                  "Not trusted: the certificate does not chain to a trusted root CA "
                  "(add the root CA file with --ca-file if it is a government CA)"),
    "not-trusted-other": ("Chưa xác định được: không kiểm tra được chứng thư số của người ký",
                          "Not established: the signer's certificate could not be validated"),
}


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    issuer: str
    signing_time: datetime | None  # as the signer's computer claimed it
    timestamp: datetime | None  # from the timestamp authority, when there is one
    timestamp_ok: bool | None
    intact: bool  # the signed bytes are unchanged
    changed_after: bool  # something other than later signatures was added after it
    covers_whole_file: bool
    trusted: bool
    revoked: bool
    verdict: str  # a key of VERDICTS
    problem: str = ""  # pyHanko's own indication, for the log
    notes: tuple[str, ...] = field(default_factory=tuple)
    # False when no revocation list / OCSP answer could be had (offline, unreachable)
    revocation_checked: bool = False

    @property
    def verdict_vi(self) -> str:
        return VERDICTS[self.verdict][0]

    @property
    def verdict_en(self) -> str:
        return VERDICTS[self.verdict][1]

    @property
    def ok(self) -> bool:
        return self.verdict == "valid"


def verify_pdf(path: str | Path, *, ca_files: tuple[Path, ...] | list[Path] = (),
               allow_fetching: bool = True, use_system_roots: bool = True) -> list[SignatureReport]:
    """One report per signature in `path`, in signing order. Raises `VerifyError`."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise VerifyError(path, "unreadable", str(exc)) from exc
    roots = load_ca_files(ca_files)
    if use_system_roots:
        roots += system_roots()

    def context() -> ValidationContext:
        # one per signature: its soft-fail list then tells whether THIS signer's revocation
        # status could be checked
        return ValidationContext(trust_roots=roots, allow_fetching=allow_fetching,
                                 revocation_mode="soft-fail")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise VerifyError(path, "not-pdf", str(exc)) from exc
    return [_report(sig, context) for sig in signatures]


def load_ca_files(ca_files) -> list:
    """Certificates from PEM or DER files (asn1crypto). Raises OSError / ValueError."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    roots = []
    for ca in ca_files:
        raw = Path(ca).read_bytes()
        if pem.detect(raw):
            roots += [ax509.Certificate.load(der) for _, _, der in pem.unarmor(raw, multiple=True)]
        else:
            roots.append(ax509.Certificate.load(raw))
    return roots


def system_roots() -> list:
    """The operating system's root certificates: Windows' ROOT store, or the OpenSSL bundle file
    (Debian: /etc/ssl/certs/ca-certificates.crt); certifi's bundle when neither is there."""
    import ssl

    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    ders: list[bytes] = []
    if hasattr(ssl, "enum_certificates"):  # Windows
        ders = [der for der, encoding, _trust in ssl.enum_certificates("ROOT") if encoding == "x509_asn"]
    else:
        paths_ = ssl.get_default_verify_paths()
        candidates = [paths_.cafile, paths_.openssl_cafile, "/etc/ssl/certs/ca-certificates.crt",
                      "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"]
        for candidate in candidates:
            if candidate and Path(candidate).is_file():
                raw = Path(candidate).read_bytes()
                ders = [der for _, _, der in pem.unarmor(raw, multiple=True)]
                break
    if not ders:
        try:
            import certifi
            raw = Path(certifi.where()).read_bytes()
            ders = [der for _, _, der in pem.unarmor(raw, multiple=True)]
        except ImportError:
            pass
    roots = []
    for der in ders:
        try:
            roots.append(ax509.Certificate.load(der))
        except ValueError:  # a malformed entry in the store is skipped, not fatal
            continue
    return roots


def _report(sig, make_context) -> SignatureReport:
    from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = sig.signer_cert
    signer = _cn(cert.subject) if cert is not None else ""
    issuer = _cn(cert.issuer) if cert is not None else ""
    context = make_context()
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context)
    except Exception as exc:  # a damaged signature container: pyHanko raises its own errors
        return SignatureReport(sig.field_name, signer, issuer, None, None, None, False, True,
                               False, False, False, "broken", f"{type(exc).__name__}: {exc}")
    ts = status.timestamp_validity
    modification = status.modification_level
    changed_after = (status.coverage is None
                     or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION
                     or (modification is not None and modification > ModificationLevel.FORM_FILLING)
                     or status.docmdp_ok is False)
    indic = status.trust_problem_indic
    revoked = indic in (AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE,
                        AdESIndeterminate.REVOKED_CA_NO_POE)
    if not (status.intact and status.valid):
        verdict = "broken"
    elif changed_after:
        verdict = "modified"
    elif revoked:
        verdict = "revoked"
    elif indic in (AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
                   AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED):
        verdict = "expired"
    elif indic in (AdESFailure.NOT_YET_VALID, AdESIndeterminate.NOT_YET_VALID):
        verdict = "not-yet-valid"
    elif indic == AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND:
        verdict = "untrusted"
    elif not status.trusted:
        verdict = "not-trusted-other"
    else:
        verdict = "valid"
    notes = []
    if ts is not None and not (ts.intact and ts.valid):
        notes.append("timestamp-broken")
    elif ts is not None and not ts.trusted:
        notes.append("timestamp-untrusted")
    return SignatureReport(
        field=sig.field_name, signer=signer, issuer=issuer,
        signing_time=_vn(status.signer_reported_dt), timestamp=_vn(ts.timestamp) if ts else None,
        timestamp_ok=(ts.intact and ts.valid and ts.trusted) if ts else None,
        intact=bool(status.intact), changed_after=bool(changed_after),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted), revoked=revoked, verdict=verdict,
        problem=str(indic) if indic else "", notes=tuple(notes),
        revocation_checked=revoked or (
            context.fetching_allowed and bool(status.trusted) and not context.soft_fail_exceptions
            and cert is not None and bool(cert.crl_distribution_points or cert.ocsp_urls)))


def _vn(moment: datetime | None) -> datetime | None:
    return moment.astimezone(VN_TZ) if moment is not None else None


def _cn(name) -> str:
    try:
        native = name.native
        return str(native.get("common_name") or name.human_friendly)
    except Exception:  # an unusual name still has a readable form
        return str(name.human_friendly)


def describe(report: SignatureReport, n: int) -> list[str]:
    """The report as plain lines, Vietnamese / English, for the CLI and the window."""
    fmt = "%d/%m/%Y %H:%M:%S"

    def when(moment: datetime | None) -> str:
        return moment.strftime(fmt) if moment else "—"

    def yes(flag: bool) -> str:
        return "có / yes" if flag else "không / no"

    if report.timestamp is None:
        stamp = "không có / none"
    else:
        stamp = when(report.timestamp) + ("" if report.timestamp_ok else
                                          " (dấu thời gian chưa kiểm tra được / timestamp not validated)")
    return [
        f"Chữ ký {n} / Signature {n} [{report.field}]",
        f"  Người ký / Signer: {report.signer}",
        f"  Tổ chức cấp chứng thư / Issuer: {report.issuer}",
        f"  Thời gian ký (máy người ký) / Signing time (signer's clock): {when(report.signing_time)}",
        f"  Dấu thời gian / Timestamp: {stamp}",
        f"  Tài liệu bị sửa sau khi ký / Changed after signing: {yes(report.changed_after or not report.intact)}",
        f"  Dẫn tới CA gốc tin cậy / Chains to a trusted root: {yes(report.trusted)}",
        f"  Bị thu hồi / Revoked: {yes(report.revoked)}" + (
            "" if report.revocation_checked else
            " (chưa kiểm tra được: không lấy được danh sách thu hồi / not checked: no revocation list could be had)"),
        f"  Kết luận: {report.verdict_vi}",
        f"  Verdict: {report.verdict_en}",
    ]
