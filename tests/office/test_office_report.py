"""The national summary files: the Word report read back with python-docx (the same Decree 30
formatting checks as the minutes: page, fonts, sizes, header, page numbers) and the workbook read
back with openpyxl (values, formulas, frozen headers, filters), its formulas recomputed by
LibreOffice when it is installed; bad input."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Mm, Pt

from inspector.errors import ExportError, InvalidInputError
from inspector.minutes.pdf import find_office
from inspector.office import Period, ReportSettings, export_national_report, load_summary

from conftest import TODAY

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def first_run(paragraph):
    return next(r for r in paragraph.runs if r.text.strip())


def find_paragraph(document, start: str):
    for p in document.paragraphs:
        if p.text.startswith(start):
            return p
    raise AssertionError(f"no paragraph starts with {start!r}")


def close(length, mm: float) -> bool:
    return length is not None and abs(length - Mm(mm)) <= Mm(0.1)


@pytest.fixture
def files(known, tmp_path):
    store, ids, recs = known
    summary = load_summary(store, "mini", Period.year(2016), today=TODAY)
    result = export_national_report(summary, docx_path=tmp_path / "bao-cao.docx",
                                    xlsx_path=tmp_path / "bao-cao.xlsx", progress=lambda d, t: None)
    return result, summary


@pytest.fixture
def report(files):
    return docx.Document(str(files[0].docx))


def test_result_counts(files):
    result, _ = files
    assert (result.provinces, result.inspections, result.recommendations) == (5, 6, 3)
    assert result.docx.stat().st_size > 10_000 and result.xlsx.stat().st_size > 4_000


def test_page_fonts_and_sizes_follow_decree_30(report):
    section = report.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert close(section.page_width, 210) and close(section.page_height, 297)
    assert close(section.top_margin, 20) and close(section.bottom_margin, 20)
    assert close(section.left_margin, 30) and close(section.right_margin, 15)
    rpr = report.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = rpr.find(f"{W}rFonts")
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(f"{W}{slot}") == "Times New Roman"
    assert not [a for a in fonts.attrib if a.endswith("Theme")]
    assert rpr.find(f"{W}lang").get(f"{W}val") == "vi-VN"
    assert report.styles["Normal"].font.size == Pt(14)
    assert {el.get(f"{W}ascii") for el in report.element.body.iter(f"{W}rFonts")} <= {"Times New Roman"}


def test_page_one_header_title_and_page_numbers(report):
    left, right = report.tables[0].rows[0].cells
    # Issued by the department under its ministry (the report wording), not by an inspection team.
    assert [p.text for p in left.paragraphs][:2] == ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC TIN HỌC HÓA"]
    number = left.paragraphs[3]
    assert number.text.startswith("Số:") and number.text.endswith("/BC-THH")
    assert first_run(number).font.size == Pt(13)
    national, motto, place = right.paragraphs[0], right.paragraphs[1], right.paragraphs[3]
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and first_run(national).bold
    assert first_run(national).font.size == Pt(12) and first_run(motto).font.size == Pt(13)
    assert place.text == "Hà Nội, ngày 30 tháng 6 năm 2017" and first_run(place).italic
    title = find_paragraph(report, "BÁO CÁO")
    subject = find_paragraph(report, "Tổng hợp kết quả")
    assert subject.text == "Tổng hợp kết quả kiểm tra theo Danh mục kiểm tra thử năm 2016"
    for p in (title, subject):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert first_run(p).bold and first_run(p).font.size == Pt(14)
    header = report.sections[0].header._element
    assert [t.text.strip() for t in header.iter(f"{W}instrText")] == ["PAGE"]
    assert report.sections[0].different_first_page_header_footer


def test_body_headings_and_method_shown(report):
    for heading in ("I. TÌNH HÌNH KIỂM TRA", "II. KẾT QUẢ CHUNG", "III. KẾT QUẢ THEO TỈNH, THÀNH PHỐ",
                    "IV. KẾT QUẢ THEO NHÓM NỘI DUNG", "V. NHỮNG NỘI DUNG THƯỜNG KHÔNG ĐẠT",
                    "VI. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ"):
        p = find_paragraph(report, heading)
        assert first_run(p).bold and p.paragraph_format.keep_with_next
    method = find_paragraph(report, "Điểm tuân thủ = (số nội dung Đạt + 0,5 × số nội dung Đạt một phần)")
    assert method.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(method.paragraph_format.first_line_indent - Cm(1.27)) < Mm(0.1)
    assert first_run(method).font.size in (None, Pt(14))
    assert "(ví dụ 1, 2, 2, 4)" in find_paragraph(report, "Các tỉnh, thành phố bằng điểm nhau").text
    overview = find_paragraph(report, "Năm 2016, Bộ Thông tin và Truyền thông đã thực hiện")
    assert "6 cuộc kiểm tra tại 5 tỉnh" in overview.text and "(phiên bản 1.0, 1.1)" in overview.text
    # 24 items in six inspections: Bắc Kạn's first left c and d unanswered, its second e.
    assert "Tổng số 21 lượt nội dung được ghi nhận kết quả và 3 lượt nội dung chưa đánh giá" in overview.text
    result = find_paragraph(report, "Điểm tuân thủ tính chung")
    # Mean of 1, 5/8, 5/8, 3/10 = 0.6375; pooled 19/32 = 0.59375.
    assert "bình quân điểm của các tỉnh, thành phố đạt 63,8%" in result.text and "đạt 59,4%" in result.text
    assert "Cao nhất là Hà Giang (100,0%)" in result.text and "thấp nhất là Bắc Kạn (30,0%)" in result.text
    assert "Cao Bằng không có nội dung tính điểm" in result.text


def test_chart_is_a_png_picture_with_caption(report):
    shapes = report.inline_shapes
    assert len(shapes) == 2  # the provinces, and the sections
    assert abs(shapes[0].width - Mm(160)) < Mm(0.5)
    blip = shapes[0]._inline.graphic.graphicData.pic.blipFill.blip
    image = report.part.related_parts[blip.embed].image
    assert image.content_type == "image/png" and image.px_width > 600
    caption = find_paragraph(report, "Hình 1. Điểm tuân thủ theo tỉnh, thành phố, năm 2016")
    assert first_run(caption).italic


def test_tables_hold_ranks_scores_items_and_overdue(report):
    provinces = next(t for t in report.tables if t.rows[0].cells[0].text == "Hạng")
    assert provinces.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    rows = [[c.text for c in r.cells] for r in provinces.rows[1:]]
    assert [(r[0], r[1], r[7]) for r in rows] == [
        ("1", "Hà Giang", "100,0%"), ("2", "Hà Nội", "62,5%"), ("2", "Phú Thọ", "62,5%"),
        ("4", "Bắc Kạn", "30,0%"), ("–", "Cao Bằng", "–"), ("", "Toàn quốc", "59,4%")]
    assert rows[3][2:7] == ["2", "1", "1", "3", "3"] and rows[3][10] == "20/11/2016"
    # Phú Thọ 2015 scored 1/4: 62,5% now, 25,0% before, +37,5 points; the others were not inspected.
    assert rows[2][8:10] == ["25,0%", "+37,5"] and rows[0][8:10] == ["–", "–"]
    assert rows[5][2:7] == ["6", "8", "3", "5", "3"] and rows[5][8:10] == ["25,0%", "+34,4"]
    items = next(t for t in report.tables if t.rows[0].cells[1].text == "Nội dung")
    first = [c.text for c in items.rows[1].cells]
    # By rate: d was not met in the one province that had it (only in version 1.0).
    assert first == ["1", "Có thông tin về dự án đầu tư (chỉ có trong phiên bản 1.0)", "Thông tin chung", "1/1",
                     "100,0%"]
    assert [c.text for c in items.rows[2].cells] == ["2", "Có bản đồ địa giới hành chính", "Thông tin chung", "2/4",
                                                     "50,0%"]
    overdue = next(t for t in report.tables if t.rows[0].cells[-1].text == "Số ngày quá hạn")
    assert [[c.text for c in r.cells] for r in overdue.rows[1:]] == [
        ["1", "Phú Thọ", "2016", "Bổ sung bản đồ địa giới hành chính", "Văn phòng UBND tỉnh", "31/12/2016", "181"]]
    counts = find_paragraph(report, "Tính đến ngày 30/06/2017, các cuộc kiểm tra trong kỳ có 3 kiến nghị")
    assert "1 kiến nghị đã hoàn thành, 0 đang thực hiện, 1 chưa thực hiện và 1 đã quá hạn" in counts.text


def test_signature_and_recipients(report):
    """Decree 30: "Nơi nhận" at the left, the signature at the right, on one row."""
    sig = next(t for t in report.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    left, right = sig.rows[0].cells
    heading = left.paragraphs[0]
    assert first_run(heading).bold and first_run(heading).italic and first_run(heading).font.size == Pt(12)
    assert [p.text for p in left.paragraphs[1:]] == [
        "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố trực thuộc Trung ương;",
        "- Sở Thông tin và Truyền thông các tỉnh, thành phố;", "- Lưu: VT, THH."]
    assert [p.text for p in right.paragraphs if p.text] == ["CỤC TRƯỞNG", "(Ký, ghi rõ họ tên)"]
    assert sig.rows[0]._tr.trPr.find(f"{W}cantSplit") is not None


def test_settings_change_unit_signer_and_date(known, tmp_path):
    store, _, _ = known
    summary = load_summary(store, "mini", Period(2015, 2016), today=TODAY)
    settings = ReportSettings(issuing_unit="CỤC TIN HỌC HÓA", number="12", report_date=date(2017, 1, 5),
                              signer_heading="KT. CỤC TRƯỞNG", signer_title="PHÓ CỤC TRƯỞNG",
                              signer_name="Nguyễn Văn A", place="Hà Nội")
    out = export_national_report(summary, docx_path=tmp_path / "r.docx", settings=settings).docx
    doc = docx.Document(str(out))
    left, right = doc.tables[0].rows[0].cells
    assert left.paragraphs[1].text == "CỤC TIN HỌC HÓA" and left.paragraphs[3].text == "Số: 12/BC-THH"
    assert right.paragraphs[3].text == "Hà Nội, ngày 05 tháng 01 năm 2017"
    assert find_paragraph(doc, "Tổng hợp kết quả").text.endswith("giai đoạn 2015–2016")
    sig = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    signer = [p.text for p in sig.rows[0].cells[1].paragraphs if p.text]
    assert signer == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn A"]
    assert doc.core_properties.created.replace(tzinfo=None) == datetime(2017, 1, 5, 8, 0)


def test_subject_of_a_built_in_checklist_uses_the_minutes_wording(store, nd43, tmp_path):
    from inspector.sample import import_sample

    import_sample(store, lambda *_: nd43, everything=False)
    summary = load_summary(store, "nd43-tt25", Period.year(2016), today=TODAY)
    out = export_national_report(summary, docx_path=tmp_path / "r.docx").docx
    doc = docx.Document(str(out))
    assert find_paragraph(doc, "Tổng hợp kết quả").text == (
        "Tổng hợp kết quả kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP và Thông tư số "
        "25/2014/TT-BTTTT năm 2016")
    provinces = next(t for t in doc.tables if t.rows[0].cells[0].text == "Hạng")
    assert provinces.rows[1].cells[1].text == "Phú Thọ"


def test_workbook_sheets_values_formulas_frozen_headers_and_filters(files):
    result, _ = files
    wb = openpyxl.load_workbook(result.xlsx)
    assert wb.sheetnames == ["Tỉnh, thành phố", "Theo nhóm", "Nội dung", "Kiến nghị", "Phương pháp"]
    ws = wb["Tỉnh, thành phố"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:M6"
    assert [c.value for c in ws[1]][:3] == ["Hạng", "Tỉnh, thành phố", "Số cuộc kiểm tra"]
    assert ws[1][0].font.b
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=6)]
    assert [(r[0], r[1], r[8]) for r in rows] == [
        (1, "Hà Giang", 1.0), (2, "Hà Nội", 0.625), (2, "Phú Thọ", 0.625), (4, "Bắc Kạn", 0.3),
        (None, "Cao Bằng", None)]
    assert rows[3][2:8] == [2, 1, 1, 3, 0, 3]
    assert rows[2][9:12] == [0.25, 37.5, 1]  # Phú Thọ in 2015: 1/4, rank 1 of one
    assert rows[3][12] == datetime(2016, 11, 20) and ws["M5"].number_format == "[$-42A]dd/mm/yyyy"
    assert ws["I2"].number_format == "[$-42A]0.0%"
    # Filterable totals: SUBTOTAL(109) ignores rows a filter hides; the score formula uses them.
    assert ws["B7"].value == "Toàn quốc" and ws["D7"].value == "=SUBTOTAL(109,D2:D6)"
    assert ws["I7"].value == '=IF(SUM(D7:F7)=0,"",(D7+0.5*E7)/SUM(D7:F7))'
    cached = openpyxl.load_workbook(result.xlsx, data_only=True)["Tỉnh, thành phố"]
    assert [cached.cell(7, col).value for col in range(3, 10)] == [6, 8, 3, 5, 5, 3, 19 / 32]
    items = wb["Nội dung"]
    assert items.freeze_panes == "A2" and items.auto_filter.ref == "A1:K6"
    first = [c.value for c in items[2]]
    assert first[:3] == ["mini.d", "Có thông tin về dự án đầu tư", "Nghĩa vụ pháp lý"] and first[4:7] == [1, 1, 1.0]
    assert [c.value for c in items["K"]][1:] == ["1.0", "1.0, 1.1", "1.0, 1.1", "1.0, 1.1", "1.1"]
    recs = wb["Kiến nghị"]
    # Three of the period, and Phú Thọ's 2015 recommendation still open (carried over).
    assert recs.freeze_panes == "A2" and recs.auto_filter.ref == "A1:J5"
    overdue = [c.value for c in recs[2]]
    assert overdue[:8] == ["Phú Thọ", "Sở Thông tin và Truyền thông tỉnh phú thọ", 2016,
                           "Bổ sung bản đồ địa giới hành chính", "Văn phòng UBND tỉnh",
                           datetime(2016, 12, 31), "Quá hạn", 181]
    assert recs["A2"].fill.fgColor.rgb.endswith("F8D7DA")
    assert [c.value for c in recs["G"]][1:] == ["Quá hạn", "Chưa thực hiện", "Đã hoàn thành", "Chưa thực hiện"]
    assert [c.value for c in recs["J"]][1:] == ["Trong kỳ"] * 3 + ["Kỳ trước, chưa xong"]


@pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")
def test_libreoffice_computes_the_totals_formulas(files, tmp_path):
    result, _ = files
    run = subprocess.run([str(find_office()), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                          "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"),
                          str(result.xlsx)], capture_output=True, text=True, timeout=120)
    if "could not be loaded" in run.stdout + run.stderr:
        pytest.skip("LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)")
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "csv" / "bao-cao.csv").read_text(encoding="utf-8"))))
    total = rows[6]
    assert total[1] == "Toàn quốc" and total[2:8] == ["6", "8", "3", "5", "5", "3"]
    assert total[8] == "59,4%"  # 19/32 with one decimal, the Vietnamese comma (the format's locale)


def test_bad_input(files, tmp_path):
    _, summary = files
    with pytest.raises(InvalidInputError):
        export_national_report(summary)
    with pytest.raises(InvalidInputError):
        export_national_report(summary, docx_path=tmp_path / "r.pdf")
    with pytest.raises(ExportError) as err:
        export_national_report(summary, xlsx_path=tmp_path / "missing" / "r.xlsx")
    assert err.value.reason == "missing-folder"


def test_cancel_leaves_no_file(files, tmp_path):
    from inspector.errors import Cancelled

    _, summary = files
    target = tmp_path / "cancelled.docx"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        export_national_report(summary, docx_path=target, cancelled=cancelled)
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".cancelled")]


@pytest.mark.parametrize("stop_after", range(1, 12))
def test_cancel_at_any_step_changes_neither_file(files, tmp_path, stop_after):
    """Both files are moved into place only once both are made: cancelled at any point, an older
    report stays as it was and no new file appears beside it."""
    from inspector.errors import Cancelled

    _, summary = files
    docx_path, xlsx_path = tmp_path / "bc.docx", tmp_path / "bc.xlsx"
    xlsx_path.write_bytes(b"older workbook")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > stop_after

    try:
        export_national_report(summary, docx_path=docx_path, xlsx_path=xlsx_path, cancelled=cancelled)
    except Cancelled:
        assert not docx_path.exists() and xlsx_path.read_bytes() == b"older workbook"
    else:  # asked after the last check: both written
        assert docx_path.exists() and xlsx_path.read_bytes() != b"older workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_empty_period_still_writes_both_files(known, tmp_path):
    store, _, _ = known
    summary = load_summary(store, "mini", Period.year(2010), today=TODAY)
    result = export_national_report(summary, docx_path=tmp_path / "e.docx", xlsx_path=tmp_path / "e.xlsx")
    doc = docx.Document(str(result.docx))
    assert find_paragraph(doc, "Chưa có nội dung nào được đánh giá")
    assert openpyxl.load_workbook(result.xlsx)["Tỉnh, thành phố"].max_row == 1
    assert Path(result.xlsx).exists()
