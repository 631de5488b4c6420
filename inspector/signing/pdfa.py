"""The minutes as an archival PDF/A-2b ready for signing.

    result = export_pdfa(record, template, "bien-ban.pdf", settings=..., evidence_path=...)
    problems = check_pdfa("bien-ban.pdf")   # [] when the file is PDF/A-2b as it should be

Only a finalized (sealed) inspection is exported for signing: the signed content must be the
content the team sealed, and the PDF carries that seal's SHA-256 in its XMP metadata. LibreOffice
renders the Word minutes (`inspector.minutes.pdf.convert_to_pdf(pdfa=True)`); pikepdf adds the
inspection's identification to the XMP metadata; pyHanko adds one empty signature field per
signature block, at the block's place found from the rendered PDF (`blocks`), so any signing
program (this one, or the CA's own) signs in the right place.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector.domain.record import InspectionRecord
from inspector.domain.status import InspectionStatus
from inspector.errors import ExportError
from inspector.minutes.export import check_output, export_minutes, write_atomically
from inspector.minutes.narrative import build_content
from inspector.minutes.pdf import convert_to_pdf
from inspector.minutes.wording import MinutesSettings, load_wording
from inspector.signing.blocks import BlockSpec, SignatureBlock, find_blocks

# Our own XMP namespace for what identifies the inspection (PDF/A allows extension schemas).
XMP_NS = "https://inspector.invalid/ns/minutes/1.0/"
XMP_PREFIX = "insp"

# Signature field names (ASCII, stable: the sign command and other programs refer to them).
FIELD_LEADER = "TruongDoan"
FIELD_HOST = "DaiDienDonVi"
FIELDS = {"leader": FIELD_LEADER, "host": FIELD_HOST}


@dataclass(frozen=True)
class PdfaResult:
    path: Path
    size: int
    pages: int
    seal_sha256: str
    blocks: tuple[SignatureBlock, ...]


def export_pdfa(record: InspectionRecord, template, out_path: str | Path, *,
                settings: MinutesSettings | None = None, evidence_path=None,
                office: Path | None = None,
                cancelled: Callable[[], bool] | None = None,
                timings: dict[str, float] | None = None) -> PdfaResult:
    """Write the minutes of the finalized `record` as PDF/A-2b with signature fields.

    Raises `ExportError` with reason ``not-finalized`` (no seal, or reopened), ``no-office``,
    ``conversion-failed`` (also when the result is not PDF/A: the problems in `detail`),
    ``timeout``, ``not-writable``, ``locked``, ``missing-folder``; and `Cancelled`.
    `timings`, when given, receives each step's duration in seconds (for bench/sign_bench.py).
    """
    clock = [time.perf_counter()]

    def lap(step: str) -> None:
        now = time.perf_counter()
        if timings is not None:
            timings[step] = timings.get(step, 0.0) + now - clock[0]
        clock[0] = now

    out = Path(out_path)
    seal = record.latest_seal
    if record.inspection.status != InspectionStatus.FINALIZED or seal is None:
        raise ExportError(out, "not-finalized", record.inspection.id)
    check_output(out)
    wording = load_wording(settings)
    content = build_content(record, template, wording, {})
    with tempfile.TemporaryDirectory(prefix="inspector-pdfa-") as tmp:
        work = Path(tmp)
        docx = work / "minutes.docx"
        export_minutes(record, template, docx, wording=wording, evidence_path=evidence_path,
                       cancelled=cancelled)
        lap("docx")
        rendered = convert_to_pdf(docx, work / "rendered.pdf", office=office, cancelled=cancelled,
                                  pdfa=True)
        lap("libreoffice")
        specs = _block_specs(content.signatures)
        blocks = tuple(find_blocks(rendered, specs))
        lap("blocks")
        described = work / "described.pdf"
        pages = _describe(rendered, described, title=content.title_for_properties,
                          agency=_agency(content), inspection_id=record.inspection.id,
                          seal_sha256=seal.sha256)
        final = work / "final.pdf"
        add_signature_fields(described, final, blocks)
        lap("xmp+fields")
        problems = check_pdfa(final)
        lap("check")
        if problems:
            raise ExportError(out, "conversion-failed", "; ".join(problems))
        write_atomically(out, lambda handle: handle.write(final.read_bytes()))
    return PdfaResult(out, out.stat().st_size, pages, seal.sha256, blocks)


def _agency(content) -> str:
    """The issuing body as the header names it ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG – ĐOÀN KIỂM TRA")."""
    parts = [" ".join(p.split()) for p in (content.parent_agency, content.issuing_unit) if p and p.strip()]
    return " – ".join(parts)


def _block_specs(signatures) -> list[BlockSpec]:
    """The minutes' signatures: the first is the inspected unit's, the second the team leader's
    (see `minutes.narrative`); the secretary signs the paper copy only."""
    specs = []
    for key, sig in zip(("host", "leader"), signatures, strict=False):
        specs.append(BlockSpec(key, sig.heading, sig.name, sig.hint))
    return specs


def _describe(src: Path, dst: Path, *, title: str, agency: str, inspection_id: str,
              seal_sha256: str) -> int:
    """Add the inspection's identification to the XMP metadata (kept PDF/A-valid by pikepdf)."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.register_xml_namespace(XMP_NS, XMP_PREFIX)
            if title:
                meta["dc:title"] = title
            meta["dc:publisher"] = [agency] if agency else []
            meta[f"{{{XMP_NS}}}inspectionId"] = inspection_id
            meta[f"{{{XMP_NS}}}agency"] = agency
            meta[f"{{{XMP_NS}}}sealSha256"] = seal_sha256
        pdf.save(dst)
        return len(pdf.pages)


def add_signature_fields(src: Path, dst: Path, blocks: tuple[SignatureBlock, ...]) -> None:
    """Empty signature fields at the blocks (an incremental update written with pyHanko)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    with src.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        for block in blocks:
            append_signature_field(writer, SigFieldSpec(FIELDS[block.key], on_page=block.page,
                                                        box=block.box))
        with dst.open("wb") as out:
            writer.write(out)


def read_identification(path: str | Path) -> dict[str, str]:
    """The inspection id, agency and seal hash written in the XMP metadata (empty when absent)."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        return {key: str(meta.get(f"{{{XMP_NS}}}{key}", "") or "")
                for key in ("inspectionId", "agency", "sealSha256")}


def check_pdfa(path: str | Path) -> list[str]:
    """What keeps the file from being the PDF/A-2b the archive expects ([] when nothing).

    Read from the file itself: XMP identification (pdfaid:part 2, conformance B), an output
    intent with an ICC profile, every font embedded, no encryption, no JavaScript.
    """
    import pikepdf

    problems: list[str] = []
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PdfError as exc:
        return [f"not a readable PDF: {exc}"]
    with pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            problems.append("encrypted")
        meta = pdf.open_metadata()
        part = str(meta.get("pdfaid:part", "") or "")
        conformance = str(meta.get("pdfaid:conformance", "") or "")
        if part != "2" or conformance.upper() != "B":
            problems.append(f"PDF/A identification is {part or '-'}{conformance or '-'}, not 2B")
        intents = pdf.Root.get("/OutputIntents")
        if not intents or not any(i.get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in i
                                  for i in intents):
            problems.append("no PDF/A output intent with an ICC profile")
        for name in _unembedded_fonts(pdf):
            problems.append(f"font not embedded: {name}")
        if _has_javascript(pdf):
            problems.append("contains JavaScript")
    return problems


def _font_descriptors(font):
    if font.get("/Subtype") == "/Type0":
        for descendant in font.get("/DescendantFonts", []):
            yield descendant.get("/BaseFont"), descendant.get("/FontDescriptor")
    elif font.get("/Subtype") != "/Type3":
        yield font.get("/BaseFont"), font.get("/FontDescriptor")


def _unembedded_fonts(pdf) -> list[str]:
    missing: set[str] = set()
    seen: set[tuple[int, int]] = set()

    def visit(resources) -> None:
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            for base, descriptor in _font_descriptors(font):
                if descriptor is None or not any(k in descriptor for k in
                                                 ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(base))
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                visit(xobject.get("/Resources"))

    for page in pdf.pages:
        visit(page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots", []):
            appearance = (annot.get("/AP") or {}).get("/N")
            if appearance is not None and hasattr(appearance, "get") and appearance.objgen not in seen:
                seen.add(appearance.objgen)
                visit(appearance.get("/Resources"))
    return sorted(missing)


def _has_javascript(pdf) -> bool:
    import pikepdf

    names = pdf.Root.get("/Names")
    if names is not None and "/JavaScript" in names:
        return True
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and (
                obj.get("/S") == "/JavaScript" or "/JS" in obj):
            return True
    return False
