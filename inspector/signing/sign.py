"""PAdES signatures with pyHanko, from a PKCS#12 file or a PKCS#11 token (USB token).

    sign_pdf("bien-ban.pdf", "bien-ban.pdf", Credentials.pkcs12(path, password),
             field="TruongDoan", tsa_url="http://tsa…", appearance=Appearance(...))

Baseline B-B without a timestamp server, B-T with one (an RFC 3161 signature timestamp).
Every signature after the first is an incremental update, so earlier signatures stay valid.
The file is written to a temporary file next to the target and moved over it only when signing
succeeded: a wrong password or PIN, a missing token or an unreachable TSA writes nothing.

The visible appearance follows Decree 30/2020/NĐ-CP, Appendix I, Part I, Section II (read in
github:ericphan28/van-ban-plus:docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/
30.2020.NĐ-CP/Phuluc1.md, a copy of the official text, on 2026-12-04):
- point 7.d: the competent person's digital signature shows the image of their handwritten
  signature, blue, a PNG with a transparent background, centred between the signer's title and
  name (the block between them; see `blocks.py`). The text asks for no words beside the image.
- point 8.a: the agency's digital signature shows the agency's seal, red, at the seal's real
  size, a PNG with a transparent background, covering about 1/3 of the signature image on the
  left (`seal=True`, a field of its own over the signer's image).
- points 8.b and III.1.d, and Part II I.3 (attachments in separate files, electronic copies): the
  only information text the decree lays down, in Times New Roman, lower case, upright, 10 pt,
  black, with the signing time as date, h:m:s and the Vietnam time zone per ISO 8601. The minutes
  have neither, but a signature without a configured image shows its text the same way.
`check_image` tells whether an image file is what 7.d / 8.a describe.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from inspector.errors import InspectorError

log = logging.getLogger(__name__)
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TIME_FORMAT = "%d/%m/%Y %H:%M:%S"
SEAL_SUFFIX = "_Dau"
# Decree 30/2020, Appendix I, Part I, II.8.b: Times New Roman, upright, 10 pt, black.
TEXT_SIZE = 10
TEXT_COLOUR = (0, 0, 0)
# Space left around an image inside its field, in points.
_IMAGE_MARGIN = 2

_FONT_CANDIDATES = (
    # Windows
    "C:/Windows/Fonts/times.ttf", "C:/Windows/Fonts/arial.ttf",
    # Debian/Ubuntu
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    # macOS
    "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
)


class SigningError(InspectorError):
    """Signing failed. `reason`: ``wrong-password``, ``wrong-pin``, ``no-key`` (no key and
    certificate in the file or on the token), ``no-token``, ``module`` (the PKCS#11 module could
    not be loaded), ``no-field`` (the named field is not in the PDF), ``field-signed``,
    ``timestamp`` (the TSA did not answer), ``not-pdf``, ``not-writable``, ``failed``."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason, self.detail = reason, detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True)
class Credentials:
    """Where the key is. Secrets live here only for the call; nothing stores or logs them."""

    kind: str  # "pkcs12" | "pkcs11"
    location: str  # the .p12 file, or the PKCS#11 module
    secret: str = ""  # password or PIN
    token_label: str = ""
    key_label: str = ""

    @classmethod
    def pkcs12(cls, path: str | Path, password: str) -> Credentials:
        return cls("pkcs12", str(path), password)

    @classmethod
    def pkcs11(cls, module: str | Path, pin: str, token_label: str = "",
               key_label: str = "") -> Credentials:
        return cls("pkcs11", str(module), pin, token_label, key_label)

    def __repr__(self) -> str:  # never show the secret in a log or traceback
        return f"Credentials({self.kind!r}, {self.location!r}, secret=***)"


@dataclass(frozen=True)
class Appearance:
    """What the visible signature shows. `image`: the signer's signature image (or, for a seal
    signature, the seal image), shown alone as Decree 30 describes; without one the appearance is
    text: `name` (empty → the certificate's common name) or, for a seal, `agency`, and the time."""

    name: str = ""
    agency: str = ""
    image: Path | None = None


@dataclass(frozen=True)
class SignResult:
    path: Path
    field: str
    signer: str
    signing_time: datetime
    timestamped: bool
    level: str = "B-B"  # PAdES baseline level reached: B-B, B-T or B-LT


def signature_fields(pdf: str | Path) -> list[tuple[str, bool, int, tuple[float, ...]]]:
    """The PDF's signature fields: (name, already signed, page index, box)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    with open(pdf, "rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        page_refs = _page_refs(reader)
        result = []
        for name, value, ref in enumerate_sig_fields(reader):
            field = ref.get_object()
            annot = field if "/Rect" in field else (field.get("/Kids") or [field])[0].get_object()
            rect = tuple(float(v) for v in annot.get("/Rect", (0, 0, 0, 0)))
            page = next((i for i, annots in enumerate(page_refs) if ref.idnum in annots), -1)
            result.append((name, value is not None, page, rect))
        return result


def _page_refs(reader) -> list[set[int]]:
    """For each page, the object numbers of its annotations (a widget's page is found there;
    its /P entry is optional)."""
    result = []
    for i in range(int(reader.root["/Pages"]["/Count"])):
        page, _ = reader.find_page_for_modification(i)
        annots = page.get_object().raw_get("/Annots") if "/Annots" in page.get_object() else []
        if hasattr(annots, "get_object"):
            annots = annots.get_object()
        result.append({a.idnum for a in annots if hasattr(a, "idnum")})
    return result


def sign_pdf(src: str | Path, out: str | Path, credentials: Credentials, *, field: str = "",
             tsa_url: str = "", appearance: Appearance | None = None, seal: bool = False,
             now: datetime | None = None, trust_roots: list | None = None) -> SignResult:
    """Sign `src` into `out` (may be the same file) in `field`.

    `field` empty → the first empty signature field (the team leader's, then the inspected
    unit's). `seal=True`: the agency's seal signature, in a new field over about the left third of
    `field`'s block (named `field` + "_Dau"). With `tsa_url` and `trust_roots` (asn1crypto
    certificates: the system's and the office's roots), the signature is made B-LT when the
    chain and its revocation data can be fetched now, B-T otherwise. Raises `SigningError`.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields as pdf_fields
    from pyhanko.sign import signers
    from pyhanko.sign.general import SigningError as HankoSigningError

    src, out = Path(src), Path(out)
    appearance = appearance or Appearance()
    try:
        existing = signature_fields(src)
    except (OSError, PdfReadError, KeyError, ValueError) as exc:
        raise SigningError("not-pdf", str(exc)) from exc
    by_name = {name: (signed, page, box) for name, signed, page, box in existing}
    if not field:
        empty = [name for name, signed, _, _ in existing if not signed and not name.endswith(SEAL_SUFFIX)]
        from inspector.signing.pdfa import FIELD_HOST, FIELD_LEADER
        order = [f for f in (FIELD_LEADER, FIELD_HOST) if f in empty] + \
                [f for f in empty if f not in (FIELD_LEADER, FIELD_HOST)]
        if not order:
            raise SigningError("no-field", "no empty signature field")
        field = order[0]
    if field not in by_name:
        raise SigningError("no-field", field)
    new_field_spec = None
    target_field = field
    if seal:
        _, page, box = by_name[field]
        target_field = field + SEAL_SUFFIX
        if target_field in by_name and by_name[target_field][0]:
            raise SigningError("field-signed", target_field)
        if target_field not in by_name:
            seal_box = seal_box_for(src, field, box, appearance.image)
            new_field_spec = pdf_fields.SigFieldSpec(target_field, on_page=max(page, 0),
                                                     box=tuple(round(v, 1) for v in seal_box))
    elif by_name[field][0]:
        raise SigningError("field-signed", field)

    # fontTools logs every glyph it subsets at INFO: noise in the user's log.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    signer, close = _signer(credentials)
    try:
        cert_name = _common_name(signer.signing_cert)
        signing_time = (now or datetime.now(VN_TZ)).astimezone(VN_TZ).replace(microsecond=0)
        name = appearance.name or cert_name
        if appearance.image is not None:
            style = _image_style(appearance.image, seal)  # Decree 30: the image, no words
        else:
            lines = [appearance.agency] if seal else [name, appearance.agency]
            lines = [line for line in lines if line]
            lines.append(format_signing_time(signing_time))
            style = _text_style(lines)
        timestamper = None
        if tsa_url:
            from pyhanko.sign.timestamps import HTTPTimeStamper
            timestamper = HTTPTimeStamper(tsa_url, timeout=20)
        level = "B-T" if tsa_url else "B-B"
        partial = out.with_name(f".{out.stem[:40]}.signing.tmp")

        def attempt(long_term: bool) -> None:
            extra = {}
            if long_term:
                from pyhanko_certvalidator import ValidationContext
                extra = {"embed_validation_info": True,
                         "validation_context": ValidationContext(
                             trust_roots=list(trust_roots or ()), allow_fetching=True,
                             revocation_mode="hard-fail")}
            meta = signers.PdfSignatureMetadata(
                field_name=target_field, subfilter=pdf_fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256", name=name if not seal else (appearance.agency or name),
                location="Việt Nam", **extra)
            pdf_signer = _VietnamTimePdfSigner(meta, signer=signer, timestamper=timestamper,
                                               stamp_style=style, new_field_spec=new_field_spec,
                                               fixed_time=signing_time)
            with src.open("rb") as inf:
                writer = IncrementalPdfFileWriter(inf, strict=False)
                with partial.open("wb") as outf:
                    pdf_signer.sign_pdf(writer, output=outf)

        try:
            if tsa_url and trust_roots:
                # B-LT: the chain and its revocation data embedded, when they can be fetched
                # now; otherwise the signature is made B-T, which is still valid.
                try:
                    attempt(True)
                    level = "B-LT"
                except Exception as exc:  # path building or fetching failed: say it in the log
                    log.info("B-LT not possible (%s); signing B-T", type(exc).__name__)
                    partial.unlink(missing_ok=True)
                    attempt(False)
            else:
                attempt(False)
            os.replace(partial, out)
        except (HankoSigningError, OSError, ValueError, KeyError) as exc:
            partial.unlink(missing_ok=True)
            raise _signing_error(exc) from exc
        except Exception as exc:  # the TSA client raises its own errors (HTTP, ASN.1)
            partial.unlink(missing_ok=True)
            raise SigningError("timestamp" if tsa_url and "timestamp" in repr(exc).lower()
                               else "failed", f"{type(exc).__name__}: {exc}") from exc
    finally:
        close()
    return SignResult(out, target_field, name, signing_time, bool(tsa_url), level)


def _signing_error(exc: Exception) -> SigningError:
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, PermissionError | IsADirectoryError):
        return SigningError("not-writable", text)
    if "timestamp" in text.lower() or "tsa" in text.lower():
        return SigningError("timestamp", text)
    return SigningError("failed", text)


class _VietnamTimePdfSigner:
    """pyHanko's PdfSigner whose signing time (signed attribute and the appearance's %(ts)s) is
    one fixed moment in Vietnam time, whatever the computer's time zone."""

    def __new__(cls, meta, *, signer, timestamper, stamp_style, new_field_spec, fixed_time):
        from pyhanko.sign.signers import PdfSigner

        class _Signer(PdfSigner):
            def init_signing_session(self, pdf_out, existing_fields_only=False):
                session = super().init_signing_session(pdf_out, existing_fields_only)
                session.system_time = fixed_time
                return session

        return _Signer(meta, signer=signer, timestamper=timestamper, stamp_style=stamp_style,
                       new_field_spec=new_field_spec)


def format_signing_time(moment: datetime) -> str:
    """The signing time as an appearance shows it: date; hours, minutes, seconds; the Vietnam time
    zone as ISO 8601 writes an offset (Decree 30/2020, Appendix I: "ngày tháng năm; giờ phút
    giây; múi giờ Việt Nam theo tiêu chuẩn ISO 8601"), e.g. ``04/12/2026 09:15:30 +07:00``."""
    local = moment.astimezone(VN_TZ)
    offset = local.isoformat()[-6:]  # ±hh:mm, the ISO 8601 extended form
    return f"{local.strftime(TIME_FORMAT)} {offset}"


def _text_style(lines: list[str]):
    """Text only: Times New Roman (or a metric-compatible serif), upright, 10 pt, black."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    font = stamp_font()
    box_style = (TextBoxStyle(font=GlyphAccumulatorFactory(str(font), font_size=TEXT_SIZE),
                              font_size=TEXT_SIZE)
                 if font else TextBoxStyle(font_size=TEXT_SIZE))
    return TextStampStyle(
        stamp_text="\n".join(line.replace("%", "%%") for line in lines),
        text_box_style=box_style,
        border_width=0,
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(2, 2, 2, 2)),
    )


def _image_layout(seal: bool):
    """The signer's image is scaled to the block (keeping its proportions) and centred in it; the
    seal's field is made at the seal's size, so its image fills it."""
    from pyhanko.pdf_utils import layout

    m = 0 if seal else _IMAGE_MARGIN
    return layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(m, m, m, m), inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT)


def _image_style(image: Path, seal: bool):
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(border_width=0, background=PdfImage(str(image)),
                            background_layout=_image_layout(seal), background_opacity=1.0)


def image_box(block: tuple[float, ...], width_px: int, height_px: int) -> tuple[float, ...]:
    """Where the signer's image of `width_px` × `height_px` lands in `block` (x0, y0, x1, y1):
    scaled to fit inside the margins, proportions kept, centred both ways."""
    x0, y0, x1, y1 = block
    w, h = x1 - x0 - 2 * _IMAGE_MARGIN, y1 - y0 - 2 * _IMAGE_MARGIN
    scale = min(w / width_px, h / height_px)
    iw, ih = width_px * scale, height_px * scale
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (cx - iw / 2, cy - ih / 2, cx + iw / 2, cy + ih / 2)


def seal_box_for(pdf: Path, field: str, block: tuple[float, ...],
                 seal_image: Path | None) -> tuple[float, ...]:
    """The seal's field: as big as the seal really is (the PNG's own resolution tells its size;
    without it, as high as the block), its right edge a third of the way into the signature
    image from the left, centred on the image's height (Decree 30/2020, Appendix I, Part I,
    II.8.a: "trùm lên khoảng 1/3 hình ảnh chữ ký số của người có thẩm quyền về bên trái").
    Without a signature image yet in `field`, the block stands for the image."""
    pixels = _signed_image_pixels(pdf, field)
    target = image_box(block, *pixels) if pixels else block
    x0, y0, x1, y1 = target
    size = image_size_pt(seal_image) if seal_image is not None else None
    if size is None:
        side = block[3] - block[1]
        size = (side, side)
    sw, sh = size
    right = x0 + (x1 - x0) / 3
    cy = (y0 + y1) / 2
    return (right - sw, cy - sh / 2, right, cy + sh / 2)


def image_size_pt(image: Path) -> tuple[float, float] | None:
    """The printed size of a PNG in points from its resolution (pHYs), or None when the file does
    not say (then its real size is unknown)."""
    from PIL import Image

    try:
        with Image.open(image) as im:
            dpi = im.info.get("dpi")
            if not dpi or not dpi[0] or not dpi[1]:
                return None
            return (im.width * 72.0 / float(dpi[0]), im.height * 72.0 / float(dpi[1]))
    except OSError:
        return None


def _signed_image_pixels(pdf: Path, field: str) -> tuple[int, int] | None:
    """The pixel size of the image in `field`'s appearance (the signer's signature image), or None
    when the field shows no image."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    def find(obj, depth: int = 0):
        if depth > 6:
            return None
        obj = obj.get_object()
        if obj.get("/Subtype") == "/Image":
            return int(obj["/Width"]), int(obj["/Height"])
        resources = obj.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for value in (xobjects.get_object().values() if xobjects is not None else ()):
            found = find(value, depth + 1)
            if found:
                return found
        return None

    try:
        with open(pdf, "rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            for name, _, ref in enumerate_sig_fields(reader):
                if name != field:
                    continue
                widget = ref.get_object()
                if "/AP" not in widget:
                    widget = (widget.get("/Kids") or [widget])[0].get_object()
                ap = widget.get("/AP")
                return find(ap.get_object()["/N"]) if ap is not None else None
    except (OSError, KeyError, ValueError, TypeError):
        return None
    return None


def check_image(image: Path, kind: str) -> list[str]:
    """What in `image` differs from Decree 30/2020, Appendix I, Part I, II.7.d (`kind`
    ``signature``: blue) or II.8.a (``seal``: red, at its real size): ``not-png``,
    ``not-transparent``, ``not-blue`` / ``not-red``, ``size-unknown`` (a seal whose file does not
    say its resolution). ``unreadable`` when the file is not an image. Empty: as the decree says."""
    from PIL import Image

    try:
        with Image.open(image) as im:
            fmt = im.format
            rgba = im.convert("RGBA")
            info_has_dpi = "dpi" in im.info
    except OSError:
        return ["unreadable"]
    problems = []
    if fmt != "PNG":
        problems.append("not-png")
    rgba.thumbnail((200, 200))
    pixels = list(rgba.getdata())
    if not any(a < 128 for _, _, _, a in pixels):
        problems.append("not-transparent")
    ink = [(r, g, b) for r, g, b, a in pixels if a >= 128 and min(r, g, b) < 200]
    if ink:
        r, g, b = (sum(c[i] for c in ink) / len(ink) for i in range(3))
        if kind == "seal" and not (r > g + 40 and r > b + 40):
            problems.append("not-red")
        if kind == "signature" and not (b > r + 30 and b > g):
            problems.append("not-blue")
    if kind == "seal" and not info_has_dpi:
        problems.append("size-unknown")
    return problems


def stamp_font() -> Path | None:
    """`find_font()` scaled to 1000 units per em, cached in the temp folder.

    pyHanko writes a TrueType font's widths (/W) and box in the font's own units, while PDF
    readers take them as thousandths of an em: a 2048-unit font (Times New Roman, Liberation,
    DejaVu) then shows its letters twice as far apart. A copy scaled to 1000 units fixes it.
    """
    import tempfile

    source = find_font()
    if source is None:
        return None
    stat = source.stat()
    cached = Path(tempfile.gettempdir()) / f"inspector-stamp-{source.stem}-{stat.st_size}-{int(stat.st_mtime)}.ttf"
    if cached.is_file():
        return cached
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = TTFont(str(source))
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    font.save(str(partial))
    os.replace(partial, cached)
    return cached


def find_font() -> Path | None:
    """A TrueType font with Vietnamese letters to embed in the appearances (PDF/A: embedded)."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def _common_name(cert) -> str:
    try:
        return str(cert.subject.native.get("common_name", "")) or cert.subject.human_friendly
    except Exception:  # an odd subject still signs; the name then comes from the appearance
        return ""


def _signer(credentials: Credentials):
    """A pyHanko signer and the function that releases it (the token session)."""
    if credentials.kind == "pkcs12":
        return _pkcs12_signer(credentials), (lambda: None)
    if credentials.kind == "pkcs11":
        return _pkcs11_signer(credentials)
    raise SigningError("failed", f"unknown credentials kind {credentials.kind}")


def _pkcs12_signer(credentials: Credentials):
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    path = Path(credentials.location)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError("no-key", f"{path}: {exc}") from exc
    try:
        # cryptography tells a wrong password (ValueError) from a damaged file only by message;
        # both mean the file cannot be opened with what the user typed.
        pkcs12.load_key_and_certificates(data, credentials.secret.encode("utf-8"))
    except ValueError as exc:
        raise SigningError("wrong-password", path.name) from exc
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=(),
                                                       passphrase=credentials.secret.encode("utf-8"))
    except ValueError as exc:
        raise SigningError("no-key", f"{path.name}: {exc}") from exc
    if signer is None or signer.signing_cert is None:
        raise SigningError("no-key", path.name)
    return signer


def _pkcs11_signer(credentials: Credentials):
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    try:
        lib = pkcs11.lib(credentials.location)
    except (RuntimeError, OSError, pkcs11.PKCS11Error) as exc:
        raise SigningError("module", f"{credentials.location}: {exc}") from exc
    try:
        tokens = list(lib.get_tokens(token_label=credentials.token_label or None))
    except pkcs11.PKCS11Error as exc:
        raise SigningError("no-token", f"{type(exc).__name__}") from exc
    if not tokens:
        raise SigningError("no-token", credentials.token_label or credentials.location)
    try:
        session = tokens[0].open(user_pin=credentials.secret)
    except (pkcs11.exceptions.PinIncorrect, pkcs11.exceptions.PinLenRange,
            pkcs11.exceptions.PinInvalid, pkcs11.exceptions.ArgumentsBad) as exc:
        raise SigningError("wrong-pin", tokens[0].label) from exc
    except pkcs11.exceptions.PinLocked as exc:
        raise SigningError("pin-locked", tokens[0].label) from exc
    except pkcs11.PKCS11Error as exc:
        raise SigningError("no-token", f"{type(exc).__name__}") from exc
    try:
        key_ids = {k[Attribute.ID] for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
        chosen = None
        for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            label = cert[Attribute.LABEL]
            if credentials.key_label and label != credentials.key_label:
                continue
            if cert[Attribute.ID] in key_ids:
                chosen = cert[Attribute.ID]
                break
        if chosen is None:
            raise SigningError("no-key", tokens[0].label)
        signer = PKCS11Signer(session, key_id=chosen, cert_id=chosen)
        _ = signer.signing_cert  # loads the certificate now: a bad token fails here, not mid-way
    except SigningError:
        session.close()
        raise
    except pkcs11.PKCS11Error as exc:
        session.close()
        raise SigningError("no-key", f"{type(exc).__name__}") from exc
    return signer, session.close
