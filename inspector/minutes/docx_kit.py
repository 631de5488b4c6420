"""Decree 30/2020/NĐ-CP document parts in Word (python-docx + lxml), shared by the minutes
(`writer`) and the office's national summary report (`inspector.office.report_docx`).

Page setup, Times New Roman in every font slot, the page-1 header (issuing agency left; Quốc
hiệu, Tiêu ngữ and the place-date line right; the column widths follow the texts so that Quốc
hiệu stays on one line, and the short rules are sized from Times New Roman metrics), page
numbers centred in the header from page 2 on, title block, body paragraphs, bordered tables with
a repeated header row, signature blocks, "Nơi nhận" and pictures. The numbers come from the
wording (`Layout`), so an office's layout choices apply to every document.

Tables are written as XML directly: python-docx's cell objects are convenient but slow when a
table has hundreds of cells, and the benchmarks ask for whole documents in about a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import IO, Any
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

from inspector.minutes.content import Kind, Para, Signature, Table
from inspector.minutes.metrics import text_width_pt
from inspector.minutes.wording import Wording

FONT = "Times New Roman"
MONO = "Courier New"
_MM_PER_PT = 25.4 / 72
_TWIPS_PER_MM = 1440 / 25.4
_CELL_PAD_MM = 1.0  # left/right padding inside header and signature cells

Tick = Callable[[], None]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Layout:
    """The numbers of the layout, read once from the wording."""

    def __init__(self, w: Wording):
        self.w = w
        g = w.values
        self.margins = tuple(float(g[f"layout.margin_{side}_mm"]) for side in ("top", "bottom", "left", "right"))
        self.header_distance = float(g["layout.header_distance_mm"])
        self.body = w.size("body_size")
        self.indent_cm = float(g["layout.first_line_indent_cm"])
        self.space_pt = float(g["layout.paragraph_space_pt"])
        self.line_spacing = float(g["layout.line_spacing"])
        self.rule_ratio = float(g["layout.unit_rule_ratio"])
        self.landscape = bool(g["document.appendix_landscape"])

    def size(self, key: str) -> float:
        return self.w.size(key)

    def text_width_mm(self, landscape: bool = False) -> float:
        width = 297.0 if landscape else 210.0
        return width - self.margins[2] - self.margins[3]


# --------------------------------------------------------------------------- document setup

def setup_styles(doc: DocxDocument, layout: Layout) -> None:
    """Times New Roman everywhere (all four font slots, no theme fonts), Vietnamese language,
    no spacing by default: every paragraph states its own."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        styles.remove(defaults)
    half_points = int(round(layout.body * 2))
    styles.insert(0, parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        f'<w:color w:val="000000"/><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        f'<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        f'</w:pPr></w:pPrDefault></w:docDefaults>'))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(layout.body)
    rpr = normal.element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:cs"), FONT)
    rpr.rFonts.set(qn("w:eastAsia"), FONT)
    for name in ("Header", "Footer"):
        style = doc.styles[name]
        style.font.name = FONT


def setup_properties(doc: DocxDocument, *, title: str, author: str, subject: str, keywords: str,
                     category: str, created: datetime | None) -> None:
    """Core properties (File → Info in Word); `created` also stands as the modification time so
    that the same data gives the same document."""
    props = doc.core_properties
    props.title = title[:255]
    props.author = author[:255]
    props.last_modified_by = props.author
    props.subject = subject[:255]
    props.keywords = keywords[:255]
    props.comments = ""
    props.category = category[:255]
    props.revision = 1
    if created is not None:
        props.created = created.replace(tzinfo=None)
        props.modified = props.created


def setup_page(section: Section, layout: Layout, *, landscape: bool) -> None:
    top, bottom, left, right = layout.margins
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(layout.header_distance)
    section.footer_distance = Mm(layout.header_distance)
    section.gutter = Mm(0)


def page_number_header(section: Section, layout: Layout) -> None:
    """PAGE field centred in the header; page 1 gets its own empty header (no number)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    half = int(round(layout.size("page_number_size") * 2))
    rpr = f'<w:rPr><w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
    for xml in (
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:t>2</w:t></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml))
    first = section.first_page_header
    first.is_linked_to_previous = False


def banner_header(section: Section, layout: Layout, banner: str) -> None:
    """`banner` ("BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH") bold at the top of every page, page 1
    included (call after `page_number_header`)."""
    if not banner:
        return
    half = int(round(layout.size("page_number_size") * 2))
    for header in (section.first_page_header, section.header):
        first = header.paragraphs[0]
        p = first.insert_paragraph_before() if first.runs or first._p.findall(qn("w:r")) else first
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:b/><w:bCs/><w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
            f'</w:rPr><w:t xml:space="preserve">{escape(banner)}</w:t></w:r>'))


# --------------------------------------------------------------------------- runs and paragraphs

def run_xml(text: str, *, size: float | None = None, bold: bool = False, italic: bool = False,
             font: str | None = None) -> str:
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if size is not None:
        half = int(round(size * 2))
        props.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    pieces = []
    for n, line in enumerate(text.split("\n")):
        if n:
            pieces.append("<w:br/>")
        for m, chunk in enumerate(line.split("\t")):
            if m:
                pieces.append("<w:tab/>")
            # A hyphen inside a word ("43/2011/NĐ-CP", "bien-ban.docx", "BB-ĐKT") is a
            # non-breaking one: a document number or file name must not be cut at a line end.
            for k, piece in enumerate(_JOINED_HYPHEN.split(chunk)):
                if k:
                    pieces.append("<w:noBreakHyphen/>")
                if piece:
                    pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


_JOINED_HYPHEN = re.compile(r"(?<=\S)-(?=\S)")


def add_run(p: Paragraph, text: str, **style: Any) -> None:
    p._p.append(parse_xml(run_xml(text, **style).replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))


def format_paragraph(p: Paragraph, *, align: Any = None, first_line_cm: float | None = None,
            before: float = 0, after: float = 0, line: float | None = None,
            keep_next: bool = False, left_mm: float | None = None, right_mm: float | None = None) -> None:
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line_cm is not None:
        pf.first_line_indent = Cm(first_line_cm)
    if left_mm is not None:
        pf.left_indent = Mm(left_mm)
    if right_mm is not None:
        pf.right_indent = Mm(right_mm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if keep_next:
        pf.keep_with_next = True


def add_rule(p: Paragraph, *, length_mm: float, available_mm: float, size_pt: float = 5) -> None:
    """An empty paragraph drawn as a solid line `length_mm` long, centred in `available_mm`."""
    side = max(0.0, (available_mm - length_mm) / 2)
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, left_mm=side, right_mm=side)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
    half = max(2, int(round(size_pt * 2)))
    # A tiny line height keeps the rule close to the text above it.
    ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'))
    pf = p.paragraph_format
    pf.line_spacing = Pt(size_pt)
    _order_ppr(ppr)


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
              "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
              "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
              "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
              "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def _order_ppr(ppr: Any) -> None:
    """Word rejects pPr children out of schema order; appended elements are put back in place."""
    rank = {qn(f"w:{name}"): n for n, name in enumerate(_PPR_ORDER)}
    children = sorted(ppr, key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        ppr.remove(child)
        ppr.append(child)


def measure_mm(text: str, size: float, bold: bool = False) -> float:
    return max((text_width_pt(line, size, bold=bold) for line in text.split("\n")), default=0.0) * _MM_PER_PT


# --------------------------------------------------------------------------- page 1

def page_one_header(doc: DocxDocument, layout: Layout, *, parent_agency: str, issuing_unit: str,
                    number_line: str, place_date: str | None) -> None:
    """The borderless two-column table at the top of page 1 (ô 1–4 of Phụ lục I)."""
    sizes = {k: layout.size(k) for k in ("parent_size", "issuing_unit_size", "national_title_size",
                                         "motto_size", "number_size", "place_date_size")}
    national, motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
    # Cell padding, plus room so the two columns' texts never touch (at least 4 mm apart).
    pad = 2 * _CELL_PAD_MM + 4
    left_need = max(measure_mm(parent_agency, sizes["parent_size"]),
                    measure_mm(issuing_unit, sizes["issuing_unit_size"], True),
                    measure_mm(number_line, sizes["number_size"])) + pad
    right_need = max(measure_mm(national, sizes["national_title_size"], True),
                     measure_mm(motto, sizes["motto_size"], True),
                     measure_mm(place_date or "", sizes["place_date_size"])) + pad
    # The table starts one cell padding in from the margin (its edge on the margin, not in it)
    # and ends on the right margin.
    text_width = layout.text_width_mm() - _CELL_PAD_MM
    overflow = left_need + right_need - text_width
    if overflow > 0:
        # Narrow the gap between the columns' texts (down to 0.2 mm each side) before anything
        # wraps, sharing what room there is equally.
        tight = 2 * _CELL_PAD_MM + 0.2
        slack = max(0.0, text_width - (left_need - pad + tight) - (right_need - pad + tight))
        left_need = left_need - pad + tight + slack / 2
        right_need = right_need - pad + tight + slack / 2
    # Common practice gives the right column about 60%; widen whichever side needs it.
    right = max(right_need, text_width * 0.58)
    left = text_width - right
    if left < left_need:
        # Give the left column what it needs, down to what the right one needs; a name still too
        # long wraps inside its column (the table never reaches into the margin).
        right = max(right_need, text_width - left_need)
        left = text_width - right
    table = borderless_table(doc, (left, right), _CELL_PAD_MM)
    lcell, rcell = table.rows[0].cells
    inner_left, inner_right = left - 2 * _CELL_PAD_MM, right - 2 * _CELL_PAD_MM

    p = lcell.paragraphs[0]
    if parent_agency:
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_run(p, parent_agency, size=sizes["parent_size"])
        p = lcell.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, issuing_unit, size=sizes["issuing_unit_size"], bold=True)
    unit_rule = layout.rule_ratio * measure_mm(issuing_unit, sizes["issuing_unit_size"], True)
    add_rule(lcell.add_paragraph(), length_mm=unit_rule, available_mm=inner_left)
    p = lcell.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    add_run(p, number_line, size=sizes["number_size"])

    p = rcell.paragraphs[0]
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, national, size=sizes["national_title_size"], bold=True)
    p = rcell.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, motto, size=sizes["motto_size"], bold=True)
    add_rule(rcell.add_paragraph(), length_mm=measure_mm(motto, sizes["motto_size"], True),
          available_mm=inner_right)
    if place_date:
        p = rcell.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
        add_run(p, place_date, size=sizes["place_date_size"], italic=True)


def title_block(doc: DocxDocument, layout: Layout, type_name: str, subject: str) -> None:
    """Document type ("BIÊN BẢN", "BÁO CÁO") and trích yếu, centred and bold, a short rule under."""
    size = layout.size("title_size")
    p = doc.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, keep_next=True)
    add_run(p, type_name, size=size, bold=True)
    p = doc.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    add_run(p, subject, size=size, bold=True)
    text_width = layout.text_width_mm()
    length = layout.rule_ratio * min(measure_mm(subject, size, True), text_width)
    add_rule(doc.add_paragraph(), length_mm=length, available_mm=text_width)
    spacer = doc.add_paragraph()
    format_paragraph(spacer, after=6)


def body_paragraph(doc: DocxDocument, para: Para, layout: Layout) -> Paragraph:
    p = doc.add_paragraph()
    kind = para.kind
    if kind is Kind.BLANK:
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT, after=layout.space_pt, line=layout.line_spacing)
        add_run(p, para.text)
        return p
    keep = kind in (Kind.HEADING, Kind.SUBHEADING, Kind.LABEL)
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line_cm=layout.indent_cm,
            before=layout.space_pt if kind is Kind.HEADING else 0, after=layout.space_pt,
            line=layout.line_spacing, keep_next=keep)
    add_run(p, para.text, bold=kind in (Kind.HEADING, Kind.SUBHEADING),
             italic=kind in (Kind.LABEL, Kind.NOTE))
    return p


def borderless_table(doc: DocxDocument, widths_mm: Sequence[float], indent_mm: float = 0.0) -> Any:
    table = doc.add_table(rows=1, cols=len(widths_mm))
    tbl = table._tbl
    tblPr = tbl.tblPr
    for tag in ("w:tblBorders", "w:tblLayout", "w:tblInd", "w:tblCellMar", "w:tblW", "w:tblStyle", "w:tblLook"):
        for el in tblPr.findall(qn(tag)):
            tblPr.remove(el)
    total = sum(widths_mm)
    pad = int(round(_CELL_PAD_MM * _TWIPS_PER_MM))
    for xml in (
        f'<w:tblW {nsdecls("w")} w:w="{_tw(total)}" w:type="dxa"/>',
        f'<w:tblInd {nsdecls("w")} w:w="{_tw(indent_mm)}" w:type="dxa"/>',
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        ) + "</w:tblBorders>",
        f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>',
        f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>',
    ):
        tblPr.append(parse_xml(xml))
    _order_tblpr(tblPr)
    table.autofit = False
    for n, width in enumerate(widths_mm):
        # LibreOffice reads the grid, Word the cells: set both.
        table.columns[n].width = Mm(width)
        for cell in table.columns[n].cells:
            cell.width = Mm(width)
    return table


_TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
                "tblLayout", "tblCellMar", "tblLook"]


def _order_tblpr(tblPr: Any) -> None:
    rank = {qn(f"w:{name}"): n for n, name in enumerate(_TBLPR_ORDER)}
    for child in sorted(tblPr, key=lambda el: rank.get(el.tag, len(rank))):
        tblPr.remove(child)
        tblPr.append(child)


def _tw(mm: float) -> int:
    return int(round(mm * _TWIPS_PER_MM))


# --------------------------------------------------------------------------- signatures, recipients

def signature_table(doc: DocxDocument, signatures: Sequence[Signature], layout: Layout, *,
                    recipients_heading: str = "", recipients: Sequence[str] = ()) -> None:
    """The minutes' signatures and "Nơi nhận" in ONE table row that may not split, so they
    always share a page and "Nơi nhận" is never alone on one.

    Left column: the first signature (the inspected unit's representative), then "Nơi nhận" under
    it; right column: the team's signatures one under the other (head of team, then secretary),
    so the secretary reads as part of the team. Heading blocks of the first row are padded so the
    two names line up.
    """
    if not signatures:
        return
    size = layout.size("signature_size")
    space_lines = int(layout.w.get("layout.signature_space_lines"))
    column = (layout.text_width_mm() - _CELL_PAD_MM) / 2
    inner = column - 2 * _CELL_PAD_MM - 1
    spacer = doc.add_paragraph()
    format_paragraph(spacer, after=6, keep_next=True)
    table = borderless_table(doc, (column, column), _CELL_PAD_MM)
    row = table.rows[0]
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))

    def heading_lines(sig: Signature) -> list[tuple[str, dict[str, bool]]]:
        lines: list[tuple[str, dict[str, bool]]] = []
        for text, style in ((sig.heading, {"bold": True}), (sig.title, {"bold": True}),
                            (sig.hint, {"italic": True})):
            if text:
                for line in _balanced(text, size, bool(style.get("bold")), inner).split("\n"):
                    lines.append((line, style))
        return lines

    left, right = [signatures[0]], list(signatures[1:])
    first_height = max(len(heading_lines(sig)) for sig in (left[0], *right[:1]))
    for cell, sigs in ((row.cells[0], left), (row.cells[1], right)):
        lines: list[tuple[str, dict[str, bool]]] = []
        for n, sig in enumerate(sigs):
            head = heading_lines(sig)
            if n == 0:
                head += [("", {})] * (first_height - len(head))
            else:
                lines.append(("", {}))
            lines += head + [("", {})] * space_lines + [(sig.name, {"bold": True})]
        for k, (text, style) in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            add_run(p, text, size=size, **style)
    if recipients:
        cell = row.cells[0]
        p = cell.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=18)
        add_run(p, recipients_heading, size=layout.size("recipients_heading_size"), bold=True, italic=True)
        for line in recipients:
            p = cell.add_paragraph()
            format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT)
            add_run(p, line, size=layout.size("recipients_size"))


def _balanced(text: str, size: float, bold: bool, max_mm: float) -> str:
    """A centred heading too wide for its column, broken into two lines of similar length
    ("ĐẠI DIỆN / ĐƠN VỊ ĐƯỢC KIỂM TRA") instead of leaving one word alone on the second line."""
    if "\n" in text or measure_mm(text, size, bold) <= max_mm:
        return text
    words = text.split(" ")
    best, best_width = text, float("inf")
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        widest = max(measure_mm(a, size, bold), measure_mm(b, size, bold))
        if widest < best_width:
            best, best_width = f"{a}\n{b}", widest
    return best


# --------------------------------------------------------------------------- appendix

def grid_table(doc: DocxDocument, table: Table, width_mm: float, size: float, tick: Tick) -> None:
    """A bordered table with a repeated header row, built as one piece of XML."""
    total = sum(table.widths)
    widths = [_tw(width_mm * w / total) for w in table.widths]
    ncols = len(widths)
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
        "".join(_cell_xml(name, w, size, bold=True, center=True)
                for name, w in zip(table.columns, widths, strict=True)),
        "</w:tr>",
    ]
    mono_size = size - 2
    for n, row in enumerate(table.rows):
        # Short rows stay whole on a page; a row with long notes may break (a row taller than a
        # page that may not break would be cut off by Word).
        short = sum(len(cell.text) for cell in row.cells) < _SHORT_ROW_CHARS
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" if short else "<w:tr>")
        if row.span:
            cell = row.cells[0]
            parts.append(_cell_xml(cell.text, sum(widths), size, bold=cell.bold, italic=cell.italic,
                                   span=ncols, shade="F2F2F2", keep_next=True))
        else:
            for cell, w in zip(row.cells, widths, strict=True):
                text = _wrap_mono(cell.text, w, mono_size) if cell.mono else cell.text
                parts.append(_cell_xml(text, w, size, bold=cell.bold, italic=cell.italic,
                                       center=cell.center, font=MONO if cell.mono else None,
                                       cell_size=mono_size if cell.mono else None))
        parts.append("</w:tr>")
        if n % 25 == 24:
            tick()
    parts.append("</w:tbl>")
    element = parse_xml("".join(parts))
    body = doc.element.body
    body.sectPr.addprevious(element)
    # Word needs a paragraph between a table and what follows it.
    after = doc.add_paragraph()
    format_paragraph(after)


_SHORT_ROW_CHARS = 700
_CELL_MARGIN_TWIPS = 85  # left/right cell margin of grid tables (1.5 mm)
_MONO_EM = 0.6  # Courier New advance width, in em


def _wrap_mono(text: str, width_twips: int, size: float) -> str:
    """Break a long code (a SHA-256) into equal lines that fit the column."""
    usable_pt = (width_twips - 2 * _CELL_MARGIN_TWIPS) / 20 - 1
    per_line = max(8, int(usable_pt / (_MONO_EM * size)))
    if len(text) <= per_line:
        return text
    lines = -(-len(text) // per_line)
    step = -(-len(text) // lines)
    return "\n".join(text[i:i + step] for i in range(0, len(text), step))


def _cell_xml(text: str, width: int, size: float, *, bold: bool = False, italic: bool = False,
              center: bool = False, span: int = 1, shade: str | None = None, font: str | None = None,
              cell_size: float | None = None, keep_next: bool = False) -> str:
    tc_pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tc_pr += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        tc_pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    jc = "center" if center else "left"
    run = run_xml(text, size=cell_size or size, bold=bold, italic=italic, font=font)
    keep = "<w:keepNext/>" if keep_next else ""
    return (f'<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0"/>'
            f'<w:jc w:val="{jc}"/></w:pPr>{run}</w:p></w:tc>')


def add_picture(doc: DocxDocument, image: IO[bytes], width_mm: float, caption: str, layout: Layout) -> None:
    """A picture centred on its own line, `width_mm` wide, with an italic caption under it
    ("Hình 1. …") in the table size; picture and caption stay on one page."""
    p = doc.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, keep_next=True)
    p.add_run().add_picture(image, width=Mm(width_mm))
    if caption:
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=layout.space_pt)
        add_run(p, caption, size=layout.size("table_size"), italic=True)
