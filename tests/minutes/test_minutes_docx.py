"""The exported .docx read back with python-docx: Decree 30/2020 page setup, fonts, sizes,
bold/italic of each element, the page-1 header, page numbers, appendix, Vietnamese text."""

from __future__ import annotations

import unicodedata
from datetime import date

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Mm, Pt

from inspector.minutes.metrics import text_width_pt

from minutes_helpers import W, all_text, find_paragraph, first_run

MM = Mm(1)


def close(length: int | None, mm: float, tolerance_mm: float = 0.1) -> bool:
    return length is not None and abs(length - Mm(mm)) <= Mm(tolerance_mm)


def test_page_is_a4_portrait_with_decree_margins(document):
    body = document.sections[0]
    assert body.orientation == WD_ORIENT.PORTRAIT
    assert close(body.page_width, 210) and close(body.page_height, 297)
    assert close(body.top_margin, 20) and close(body.bottom_margin, 20)
    assert close(body.left_margin, 30) and close(body.right_margin, 15)


def test_appendix_is_its_own_landscape_section_with_the_same_margins(document):
    assert len(document.sections) == 2
    appendix = document.sections[1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert close(appendix.page_width, 297) and close(appendix.page_height, 210)
    assert close(appendix.left_margin, 30) and close(appendix.right_margin, 15)


def test_times_new_roman_in_every_font_slot_and_14pt_body(document):
    rpr = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = rpr.find(f"{W}rFonts")
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(f"{W}{slot}") == "Times New Roman"
    # No theme font may override the explicit one.
    assert not [a for a in fonts.attrib if a.endswith("Theme")]
    assert rpr.find(f"{W}lang").get(f"{W}val") == "vi-VN"
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    # No run anywhere asks for another font, except the SHA-256 codes (monospace).
    other = {el.get(f"{W}ascii") for el in document.element.body.iter(f"{W}rFonts")}
    assert other <= {"Times New Roman", "Courier New"}


def test_header_table_left_agency_right_national_title(document):
    header = document.tables[0]
    assert len(header.columns) == 2
    borders = header._tbl.tblPr.find(f"{W}tblBorders")
    assert {b.get(f"{W}val") for b in borders} == {"nil"}
    left, right = header.rows[0].cells
    texts = [p.text for p in left.paragraphs]
    assert texts[0] == "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert texts[1] == "ĐOÀN KIỂM TRA"
    assert texts[3].startswith("Số:") and texts[3].endswith("/BB-ĐKT")
    parent, unit, number = left.paragraphs[0], left.paragraphs[1], left.paragraphs[3]
    assert first_run(parent).font.size == Pt(12) and not first_run(parent).bold
    assert first_run(unit).font.size == Pt(12) and first_run(unit).bold
    assert first_run(number).font.size == Pt(13) and not first_run(number).bold
    rtexts = [p.text for p in right.paragraphs]
    assert rtexts[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert rtexts[1] == "Độc lập - Tự do - Hạnh phúc"
    assert rtexts[3] == "Phú Thọ, ngày 07 tháng 10 năm 2016"
    national, motto, place = right.paragraphs[0], right.paragraphs[1], right.paragraphs[3]
    assert first_run(national).bold and first_run(national).font.size == Pt(12)
    assert first_run(motto).bold and first_run(motto).font.size == Pt(13)
    assert first_run(place).italic and not first_run(place).bold
    assert first_run(place).font.size == Pt(14)
    for p in (*left.paragraphs, *right.paragraphs):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER


def _rule_length(cell, paragraph) -> float:
    """Length in points of a rule paragraph: the cell's usable width minus both indents."""
    assert paragraph._p.pPr.find(f"{W}pBdr/{W}bottom").get(f"{W}val") == "single"
    pad = 2 * Mm(1)
    usable = cell.width - pad
    return (usable - paragraph.paragraph_format.left_indent - paragraph.paragraph_format.right_indent) / 12700


def test_rule_under_motto_is_as_long_as_the_motto(document):
    right = document.tables[0].rows[0].cells[1]
    length = _rule_length(right, right.paragraphs[2])
    motto = text_width_pt("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    # A little less than the cell's slack (1 mm): the rule matches the text length.
    assert abs(length - motto) < 4, (length, motto)


def test_rule_under_issuing_unit_is_a_third_to_half_its_length(document):
    left = document.tables[0].rows[0].cells[0]
    length = _rule_length(left, left.paragraphs[2])
    unit = text_width_pt("ĐOÀN KIỂM TRA", 12, bold=True)
    assert unit / 3 - 3 <= length <= unit / 2 + 3, (length, unit)


def test_quoc_hieu_column_is_wide_enough_for_one_line(document):
    right = document.tables[0].rows[0].cells[1]
    needed = text_width_pt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True) * 12700
    assert right.width - 2 * Mm(1) > needed


def test_title_and_subject_centred_bold(document):
    title = find_paragraph(document, "BIÊN BẢN")
    subject = find_paragraph(document, "Kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP")
    for p in (title, subject):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert first_run(p).bold and first_run(p).font.size == Pt(14)
    assert subject.text.endswith("tại Sở Thông tin và Truyền thông tỉnh Phú Thọ")


def test_body_is_justified_with_first_line_indent_and_paragraph_spacing(document):
    basis = find_paragraph(document, "Căn cứ Kế hoạch kiểm tra tình hình thực hiện")
    opening = find_paragraph(document, "Hôm nay, vào hồi 8 giờ 30 phút, ngày 07 tháng 10 năm 2016")
    for p in (basis, opening):
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert abs(p.paragraph_format.first_line_indent - Cm(1.27)) < Mm(0.1)
        assert p.paragraph_format.space_after >= Pt(6)
        assert 1.0 <= p.paragraph_format.line_spacing <= 1.5
        run = first_run(p)
        assert not run.bold and not run.italic
        assert run.font.size in (None, Pt(14))  # inherits the 14 pt of Normal


def test_roman_headings_are_bold(document):
    for heading in ("I. THÀNH PHẦN", "II. NỘI DUNG KIỂM TRA", "III. KẾT QUẢ KIỂM TRA",
                    "IV. ĐÁNH GIÁ CHUNG", "V. KIẾN NGHỊ", "VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA"):
        p = find_paragraph(document, heading)
        assert first_run(p).bold, heading
        assert p.paragraph_format.keep_with_next


def test_page_number_in_header_from_page_two_not_on_page_one(document):
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element
    instr = [t.text for t in header_xml.iter(f"{W}instrText")]
    assert [i.strip() for i in instr] == ["PAGE"]
    assert {f.get(f"{W}fldCharType") for f in header_xml.iter(f"{W}fldChar")} == {"begin", "separate", "end"}
    number = section.header.paragraphs[0]
    assert number.alignment == WD_ALIGN_PARAGRAPH.CENTER
    sizes = {r.get(f"{W}val") for r in header_xml.iter(f"{W}sz")}
    assert sizes == {"28"}  # 14 pt
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert not list(first._element.iter(f"{W}instrText"))
    assert first._element.xpath("string(.)").strip() == ""
    # The appendix starts a section whose first page shows its number (same header, inherited).
    appendix = document.sections[1]
    assert not appendix.different_first_page_header_footer
    assert appendix.header.is_linked_to_previous


def test_signature_blocks_and_recipients(document):
    signatures = document.tables[1]
    host, team = signatures.rows[0].cells
    host_lines = [p.text for p in host.paragraphs if p.text]
    team_lines = [p.text for p in team.paragraphs if p.text]
    # One row that may not split: signatures and "Nơi nhận" always share a page.
    assert len(signatures.rows) == 1
    assert signatures.rows[0]._tr.trPr.find(f"{W}cantSplit") is not None
    nơi = host_lines.index("Nơi nhận:")
    assert " ".join(host_lines[:nơi - 2]) == "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"
    assert host_lines[nơi - 2:nơi] == ["PHÓ GIÁM ĐỐC", "Nguyễn Văn Thành"]
    # The secretary signs in the team's column, under the head of the team.
    assert team_lines == ["TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Trần Quốc Hưng", "THƯ KÝ ĐOÀN", "Đỗ Minh Khôi"]
    # Names line up: the two names of the first row are on the same line of their cells.
    assert ([p.text for p in host.paragraphs].index("Nguyễn Văn Thành")
            == [p.text for p in team.paragraphs].index("Trần Quốc Hưng"))
    for cell in (host, team):
        for p in cell.paragraphs:
            if p.text and not p.text.startswith(("Nơi nhận", "- ")):
                assert first_run(p).bold and first_run(p).font.size == Pt(14)
    # No hint on a signature whose name is known.
    assert "(Ký, ghi rõ họ tên" not in all_text(document)
    heading = next(p for p in host.paragraphs if p.text == "Nơi nhận:")
    run = first_run(heading)
    assert run.bold and run.italic and run.font.size == Pt(12)
    lines = [p for p in host.paragraphs if p.text.startswith("- ")]
    assert [line.text for line in lines] == [
        "- Bộ trưởng (để b/c);", "- Sở Thông tin và Truyền thông tỉnh Phú Thọ;",
        "- Ủy ban nhân dân tỉnh Phú Thọ;", "- Lưu: VT, THH."]
    assert all(first_run(line).font.size == Pt(11) for line in lines)


def test_closing_sentence(document):
    closing = find_paragraph(document, "Buổi kiểm tra kết thúc vào hồi 11 giờ 45 phút cùng ngày.")
    # One copy per recipient (four recipients).
    assert "lập thành 04 bản" in closing.text and closing.text.endswith("./.")
    assert closing.paragraph_format.keep_with_next


def test_appendix_table_lists_every_item_with_marks(document, nd43):
    table = document.tables[2]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["TT", "Nội dung kiểm tra", "Căn cứ pháp lý", "Kết quả", "Số liệu", "Ghi chú"]
    assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None  # repeated on each page
    day = date(2016, 10, 7)
    shown = [it for it in nd43.items() if nd43.item_in_force(it, day) and it.kind != "practice"
             and not it.id.startswith("tonghop")]
    sections = {s.id for s in nd43.sections for it in s.items if it in shown}
    assert len(table.rows) == 1 + len(sections) + len(shown)
    refs = [row.cells[2].text for row in table.rows[1:] if len(row._tr.tc_lst) == 6]
    # The official copy has no confidence marks (the working copy has them).
    assert not any("(*)" in ref for ref in refs)
    item = next(row for row in table.rows if row.cells[0].text == "3.3")
    assert item.cells[3].text == "Không đạt"
    assert item.cells[5].text.startswith("Chưa có bản đồ địa giới hành chính")
    figures = next(row for row in table.rows if row.cells[1].text == "Số dịch vụ công trực tuyến mức độ 1 và 2")
    assert figures.cells[4].text == "1.799 dịch vụ (mức độ 1: 1.201; mức độ 2: 598)"
    assert "(*) Căn cứ pháp lý chưa được đối chiếu" not in all_text(document)
    for cell in table.rows[1].cells[:1]:
        assert first_run(cell.paragraphs[0]).font.size == Pt(11)


def test_appendix_lists_evidence_with_hash_and_probe_urls(document, sealed_demo):
    table = document.tables[3]
    assert [c.text for c in table.rows[0].cells][-1] == "Mã SHA-256"
    assert len(table.rows) == 1 + len(sealed_demo.evidence)
    for row, ev in zip(table.rows[1:], sealed_demo.evidence, strict=True):
        assert row.cells[5].text.replace("\n", "") == ev.sha256
        if ev.url:
            assert row.cells[1].text.startswith(ev.url)
    times = [row.cells[4].text for row in table.rows[1:]]
    assert times[0] == "08:10 07/10/2016"


def test_finalized_minutes_print_the_seal(document, sealed_demo):
    seal = sealed_demo.latest_seal
    assert seal is not None
    line = find_paragraph(document, "Dữ liệu kiểm tra đã được niêm phong")
    assert seal.sha256 in line.text
    assert "14 giờ 00 phút ngày 07/10/2016" in line.text
    assert "không còn khớp" not in all_text(document)


def test_vietnamese_text_is_intact_and_nfc(document, sealed_demo):
    text = all_text(document)
    assert unicodedata.is_normalized("NFC", text)
    # (a team's note from a finding; the note on the link to the national legal database went with
    # that item into good practice, which the official minutes do not list)
    for phrase in ("sở chưa lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho Cổng",
                   "Ủy ban nhân dân tỉnh Phú Thọ", "Độc lập - Tự do - Hạnh phúc",
                   "Kiến nghị của đơn vị được kiểm tra", "hát Xoan Phú Thọ"):
        assert phrase in text, phrase


def test_document_properties(document):
    props = document.core_properties
    assert props.author == "ĐOÀN KIỂM TRA"
    assert props.title.startswith("Biên Bản") or props.title.startswith("Biên bản")
    assert "Phú Thọ" in props.subject


@pytest.mark.parametrize("size", [13, 14])
def test_body_size_is_a_setting(tmp_path, nd43, demo, size):
    from inspector.minutes import MinutesSettings, export_minutes

    out = tmp_path / "bb.docx"
    export_minutes(demo, nd43, out, settings=MinutesSettings(body_size=size))
    doc = docx.Document(str(out))
    assert doc.styles["Normal"].font.size == Pt(size)
    rpr = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}sz").get(f"{W}val") == str(size * 2)
