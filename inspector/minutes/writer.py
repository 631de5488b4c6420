"""Lay out `MinutesContent` as a .docx in the Decree 30/2020/NĐ-CP format.

The parts every Decree 30 document shares (page setup, fonts, the page-1 header, title, body,
tables, signatures, "Nơi nhận") live in `docx_kit`; this module puts the minutes together from
them. The appendix is its own section, landscape by default, so its wide table gets the room.
"""

from __future__ import annotations

from datetime import datetime
from typing import IO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

from inspector.minutes.content import Kind, MinutesContent
from inspector.minutes.docx_kit import (
    Layout,
    Tick,
    add_run,
    banner_header,
    body_paragraph,
    format_paragraph,
    grid_table,
    page_number_header,
    page_one_header,
    setup_page,
    setup_properties,
    setup_styles,
    signature_table,
    title_block,
)
from inspector.minutes.wording import Wording


def write_docx(content: MinutesContent, wording: Wording, target: str | IO[bytes], *,
               tick: Tick | None = None, created: datetime | None = None) -> None:
    """Write the minutes to `target` (a path or a binary file object). `tick` is called
    between pieces of work (the export uses it for progress and to stop when cancelled)."""
    tick = tick or (lambda: None)
    layout = Layout(wording)
    doc = Document()
    setup_styles(doc, layout)
    setup_properties(doc, title=content.title_for_properties, author=content.author_for_properties,
                     subject=content.subject, keywords="biên bản kiểm tra", category="Biên bản",
                     created=created)
    section = doc.sections[0]
    setup_page(section, layout, landscape=False)
    page_number_header(section, layout)
    banner_header(section, layout, content.banner)
    tick()
    page_one_header(doc, layout, parent_agency=content.parent_agency, issuing_unit=content.issuing_unit,
                    number_line=content.number_line, place_date=content.place_date)
    title_block(doc, layout, content.type_name, content.subject)
    for n, para in enumerate(content.body):
        p = body_paragraph(doc, para, layout)
        if n == len(content.body) - 1:
            p.paragraph_format.keep_with_next = True  # the closing sentence stays with the signatures
        elif para.kind is Kind.BLANK and content.body[n + 1].kind is Kind.BLANK:
            p.paragraph_format.keep_with_next = True  # the lines left to fill in by hand stay together
        if n % 40 == 39:
            tick()
    signature_table(doc, content.signatures, layout, recipients_heading=content.recipients_heading,
                    recipients=content.recipients)
    tick()
    _appendix(doc, content, layout, tick)
    doc.save(target)


def _appendix(doc: DocxDocument, c: MinutesContent, layout: Layout, tick: Tick) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(section, layout, landscape=layout.landscape)
    # The appendix's first page shows its number; the header itself is inherited from page 2 on.
    section.different_first_page_header_footer = False
    text_width = layout.text_width_mm(layout.landscape)
    size = layout.size("table_size")
    title_size = layout.size("title_size")
    for text, style in ((c.appendix_heading, {"bold": True}), (c.appendix_title, {"bold": True}),
                        (c.appendix_subtitle, {"italic": True})):
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
        add_run(p, text, size=title_size, **style)
    for para in c.appendix_intro:
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6, keep_next=True)
        add_run(p, para.text, size=size, italic=True)
    grid_table(doc, c.findings_table, text_width, size, tick)
    for para in (*c.findings_notes, *c.seal_lines):
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6)
        add_run(p, para.text, size=size, italic=True)
    p = doc.add_paragraph()
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=6, keep_next=True)
    add_run(p, c.evidence_title, size=title_size, bold=True)
    if c.evidence_table is not None:
        grid_table(doc, c.evidence_table, text_width, size, tick)
    for para in c.evidence_notes:
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line_cm=layout.indent_cm)
        add_run(p, para.text, size=size)
    # The probe's observations and the working copy's notes: left-aligned (addresses and long
    # words would stretch a justified line).
    for title, paras in ((c.probe_title, c.probe_paras), (c.work_title, c.work_notes)):
        if not title:
            continue
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=6, keep_next=True)
        add_run(p, title, size=title_size, bold=True)
        for para in paras:
            p = doc.add_paragraph()
            format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT, after=4)
            add_run(p, para.text, size=size)
