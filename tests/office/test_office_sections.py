"""The national report's counts on a second known set, computed by hand: item kinds (legal,
practice, figure), a legal text in force for part of the year, two sections, the previous
period, ties at the top and the bottom, unanswered items and a recommendation carried over.

Checklist "sec" 1.0, documents D1 (in force since 2011) and D2 (in force 01/06/2015–30/06/2016):

    s1 "Cung cấp thông tin":      s1.a legal (D1), s1.b legal (D2 only), s1.p practice, s1.f figure
    s2 "Dịch vụ công trực tuyến": s2.a legal (D1), s2.b legal (D1), s2.c legal (D1, never answered)

2016 (M Đạt, P một phần, N Không đạt, · no answer; s1.b counts only up to 30/06/2016):

    Hà Nội   01/04  s1.a M  s1.b N  s1.p N  s1.f 12  s2.a P  s2.b ·   legal M N P   → 3/6 = 1/2
    Hà Giang 01/09  s1.a N (s1.b M) s1.p M  s1.f note s2.a M s2.b M   legal N M M   → 4/6 = 2/3
    Cao Bằng 01/05  s1.a M  s1.b M  s1.p N  s1.f 12  s2.a M  s2.b M   all M         → 1
    Bắc Kạn  01/03  s1.a M  s1.b M  s1.p M  s1.f 3   s2.a M  s2.b M   all M         → 1
    Phú Thọ  01/07  s1.a M (s1.b N) s1.p ·  s1.f ·   s2.a N  s2.b P   legal M N P   → 1/2

Ranks 1 Bắc Kạn, 1 Cao Bằng, 3 Hà Giang, 4 Hà Nội, 4 Phú Thọ. 2015: Hà Nội 01/10 s1.a N, s1.b N,
s2.a M, s2.b N → 2/8 = 1/4 (change +25,0 points).
"""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    Citation,
    ItemKind,
    LegalDocument,
    RefConfidence,
    ResponseSpec,
    ResponseType,
    Section,
)
from inspector.domain import ProvinceRef
from inspector.domain.status import FindingStatus
from inspector.minutes.formats import place_name
from inspector.minutes.pdf import find_office
from inspector.office import (
    Period,
    ReportSettings,
    build_dashboard,
    export_national_report,
    load_summary,
)
from inspector.office.formats import day, pct, points
from inspector.office.report import top_missed
from inspector.office.scores import StatusCounts
from inspector.storage import Store

HA_NOI = ProvinceRef("63", "01", "Thành phố Hà Nội")
HA_GIANG = ProvinceRef("63", "02", "Tỉnh Hà Giang")
CAO_BANG = ProvinceRef("63", "04", "Tỉnh Cao Bằng")
BAC_KAN = ProvinceRef("63", "06", "Tỉnh Bắc Kạn")
PHU_THO = ProvinceRef("63", "25", "Tỉnh Phú Thọ")
TODAY = date(2017, 6, 30)
M, P, N = "dat", "dat_mot_phan", "khong_dat"


def sec_template() -> ChecklistTemplate:
    def item(item_id: str, text: str, kind: ItemKind = ItemKind.LEGAL, doc: str = "d1",
             response: ResponseType = ResponseType.STATUS) -> ChecklistItem:
        cites = (Citation(doc, article="1", confidence=RefConfidence.HIGH),) if kind is ItemKind.LEGAL else ()
        return ChecklistItem(item_id, text, "Điều 1 (cần đối chiếu nội bộ)", RefConfidence.HIGH, "",
                             ResponseSpec(response), kind=kind, citations=cites,
                             requirement=f"Yêu cầu: {text.lower()}")

    docs = (LegalDocument("d1", "Nghị định", "1/2011/NĐ-CP", "2011-01-01", "Chính phủ", "quy định thử",
                          in_force_from="2011-01-01"),
            LegalDocument("d2", "Thông tư", "2/2015/TT-BTTTT", "2015-05-01", "Bộ Thông tin và Truyền thông",
                          "hướng dẫn thử", in_force_from="2015-06-01", in_force_until="2016-06-30"))
    return ChecklistTemplate(
        id="sec", version="1.0", title="Danh mục thử theo nhóm", language="vi", status="draft", legal_basis=(),
        sections=(
            Section("s1", "Cung cấp thông tin", (
                item("s1.a", "Có lịch làm việc"), item("s1.b", "Có văn bản chỉ đạo", doc="d2"),
                item("s1.p", "Có mục hỏi đáp", ItemKind.PRACTICE),
                item("s1.f", "Số tin bài", ItemKind.FIGURE, response=ResponseType.NUMBER))),
            Section("s2", "Dịch vụ công trực tuyến", (
                item("s2.a", "Có dịch vụ công mức độ 3"), item("s2.b", "Có dịch vụ công mức độ 4"),
                item("s2.c", "Có thống kê dịch vụ công"))),
        ),
        documents=docs)


def _inspect(store: Store, t: ChecklistTemplate, province: ProvinceRef, when: date, answers: dict) -> str:
    i = store.create_inspection(template=t, province=province, inspected_unit=f"Sở TT&TT {province.name}",
                                actor="test", started_at=datetime(when.year, when.month, when.day, 2, tzinfo=UTC))
    for item_id, answer in answers.items():
        if item_id == "s1.f":
            if isinstance(answer, str):
                store.record_finding(i.id, item_id, actor="test", note=answer)  # a note only: not an answer
            else:
                store.record_finding(i.id, item_id, actor="test", value=answer)
        else:
            store.record_finding(i.id, item_id, actor="test", status=answer)
    return i.id


@pytest.fixture
def sec(tmp_path: Path):
    t = sec_template()
    store = Store.open(tmp_path / "sec" / "inspector.sqlite3")
    ids = {
        "hanoi2015": _inspect(store, t, HA_NOI, date(2015, 10, 1), {"s1.a": N, "s1.b": N, "s2.a": M, "s2.b": N}),
        "hanoi": _inspect(store, t, HA_NOI, date(2016, 4, 1),
                          {"s1.a": M, "s1.b": N, "s1.p": N, "s1.f": 12, "s2.a": P}),
        "hagiang": _inspect(store, t, HA_GIANG, date(2016, 9, 1),
                            {"s1.a": N, "s1.b": M, "s1.p": M, "s1.f": "chưa có số liệu", "s2.a": M, "s2.b": M}),
        "caobang": _inspect(store, t, CAO_BANG, date(2016, 5, 1),
                            {"s1.a": M, "s1.b": M, "s1.p": N, "s1.f": 12, "s2.a": M, "s2.b": M}),
        "backan": _inspect(store, t, BAC_KAN, date(2016, 3, 1),
                           {"s1.a": M, "s1.b": M, "s1.p": M, "s1.f": 3, "s2.a": M, "s2.b": M}),
        "phutho": _inspect(store, t, PHU_THO, date(2016, 7, 1), {"s1.a": M, "s1.b": N, "s2.a": N, "s2.b": P}),
    }
    carried = store.add_recommendation(ids["hanoi2015"], "Công khai lịch tiếp công dân", actor="test",
                                       responsible_unit="Văn phòng UBND thành phố", deadline=date(2016, 10, 15))
    done = store.add_recommendation(ids["hanoi2015"], "Bổ sung mục hỏi đáp", actor="test", deadline=date(2016, 1, 31))
    store.update_recommendation(done.id, actor="test", status="done")
    store.add_recommendation(ids["caobang"], "Cập nhật thống kê dịch vụ công", actor="test",
                             deadline=date(2017, 12, 31))
    yield store, ids, carried.id
    store.close()


def test_scores_count_legal_items_in_force_only_and_sections_by_hand(sec):
    store, _, _ = sec
    s = load_summary(store, "sec", Period.year(2016), today=TODAY)
    d = s.dashboard
    table = {p.province.code: p for p in d.provinces}
    assert {c: (p.score, p.rank) for c, p in table.items()} == {
        BAC_KAN.code: (Fraction(1), 1), CAO_BANG.code: (Fraction(1), 1), HA_GIANG.code: (Fraction(2, 3), 3),
        HA_NOI.code: (Fraction(1, 2), 4), PHU_THO.code: (Fraction(1, 2), 4)}
    # Hà Giang's s1.b (Đạt) and Phú Thọ's s1.b (Không đạt) came after D2 ceased: not counted.
    assert table[PHU_THO.code].counts == StatusCounts(met=1, partly=1, not_met=1, unanswered=1)
    assert d.totals == StatusCounts(met=12, partly=2, not_met=3, unanswered=6)
    assert d.national_score == Fraction(26, 34)
    # Sections, nationally and per province.
    assert [(x.id, x.number, x.title) for x in d.sections] == [
        ("s1", 1, "Cung cấp thông tin"), ("s2", 2, "Dịch vụ công trực tuyến")]
    assert d.section_totals["s1"].score == Fraction(3, 4) and d.section_totals["s2"].score == Fraction(7, 9)
    assert {c: (p.section_score("s1"), p.section_score("s2")) for c, p in table.items()} == {
        HA_NOI.code: (Fraction(1, 2), Fraction(1, 2)), HA_GIANG.code: (Fraction(0), Fraction(1)),
        CAO_BANG.code: (Fraction(1), Fraction(1)), BAC_KAN.code: (Fraction(1), Fraction(1)),
        PHU_THO.code: (Fraction(1), Fraction(1, 4))}
    # Practice apart: s1.p not met in 2 of 4 provinces; never in a score.
    practice = {m.item_id: m for m in d.practice_items()}
    assert (practice["s1.p"].provinces_not_met, practice["s1.p"].provinces_assessed) == (2, 4)
    assert d.practice_totals == StatusCounts(met=2, not_met=2, unanswered=1)
    assert "s1.f" not in {m.item_id for m in d.items}  # figures are never in the items tables


def test_unassessed_are_items_with_no_answer_of_any_kind_per_inspection(sec):
    store, _, _ = sec
    d = load_summary(store, "sec", Period.year(2016), today=TODAY).dashboard
    by = {p.province.code: (p.answered, p.unanswered) for p in d.provinces}
    # A figure answered with a value is assessed; a note alone is not an answer.
    assert by == {HA_NOI.code: (5, 2), HA_GIANG.code: (5, 2), CAO_BANG.code: (6, 1), BAC_KAN.code: (6, 1),
                  PHU_THO.code: (4, 3)}
    assert (d.answered, d.unanswered) == (26, 9) and d.answered + d.unanswered == 5 * 7


def test_previous_period_ties_and_carried_recommendations(sec):
    store, _, carried = sec
    s = load_summary(store, "sec", Period.year(2016), today=TODAY)
    d = s.dashboard
    assert s.previous is not None and s.previous.period == Period.year(2015)
    hanoi = d.province((HA_NOI.era, HA_NOI.code))
    assert s.previous_score(hanoi).score == Fraction(1, 4) and s.change(hanoi) == Fraction(1, 4)
    assert points(s.change(hanoi)) == "+25,0"
    assert s.change(d.province((BAC_KAN.era, BAC_KAN.code))) is None  # not inspected in 2015
    assert [p.province.code for p in d.best()] == [BAC_KAN.code, CAO_BANG.code]
    assert [p.province.code for p in d.worst()] == [HA_NOI.code, PHU_THO.code]
    # The 2015 recommendation still open is in the 2016 report, 258 days overdue; the done one is not.
    assert [(r.recommendation.id, r.year, r.days_overdue) for r in s.carried] == [(carried, 2015, 258)]
    assert [r.recommendation.id for r in s.overdue()] == [carried]
    assert len(s.followups) == 1


def test_a_period_gives_each_year_and_compares_with_the_period_before(sec):
    store, _, _ = sec
    s = load_summary(store, "sec", Period(2015, 2016), today=TODAY)
    assert [y.period for y in s.years] == [Period.year(2015), Period.year(2016)]
    assert s.years[0].national_score == Fraction(1, 4) and s.years[1].national_score == Fraction(26, 34)
    assert s.previous.period == Period(2013, 2014) and s.previous.provinces == ()
    assert load_summary(store, "sec", Period.year(2016), today=TODAY).years == ()


def _vary(data, kinds: dict[str, str], draw) -> list:
    out = []
    for summary, statuses in data:
        changed = dict(statuses)
        for item_id, kind in kinds.items():
            if kind in ("practice", "figure"):
                choice = draw(st.sampled_from(["drop", None, *FindingStatus]))
                if choice == "drop":
                    changed.pop(item_id, None)
                else:
                    changed[item_id] = choice
        out.append((summary, changed))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_practice_and_figure_findings_never_change_a_score(sec, data):
    store, _, _ = sec
    t = sec_template()
    kinds = {item.id: item.kind.value for item in t.items()}
    base = store.inspection_statuses(template_id="sec")
    before = build_dashboard(base, store.template, "sec", Period(2015, 2016))
    after = build_dashboard(_vary(base, kinds, data.draw), store.template, "sec", Period(2015, 2016))
    assert [(p.province.code, p.score, p.rank, dict(p.sections)) for p in before.provinces] == \
           [(p.province.code, p.score, p.rank, dict(p.sections)) for p in after.provinces]
    assert before.totals == after.totals and before.section_totals == after.section_totals


def test_top_missed_is_by_rate_and_keeps_ties_at_the_cut(sec):
    store, _, _ = sec
    d = load_summary(store, "sec", Period.year(2016), today=TODAY).dashboard
    legal = [m for m in d.legal_items() if m.provinces_not_met]
    # By rate: s1.b 1/3 (Hà Nội of the three inspected while D2 was in force), then s1.a and s2.a
    # at 1/5 each (checklist order).
    assert [(m.item_id, m.provinces_not_met, m.provinces_assessed) for m in legal] == [
        ("s1.b", 1, 3), ("s1.a", 1, 5), ("s2.a", 1, 5)]
    top, tied = top_missed(d.items, 1)
    assert [m.item_id for m in top] == ["s1.b"] and tied == 0
    # A cut after two items would split the two at 20%: both are kept, and the count is told.
    top, tied = top_missed(d.items, 2)
    assert [m.item_id for m in top] == ["s1.b", "s1.a", "s2.a"] and tied == 2
    assert top_missed(d.items, 3) == (top, 0)


def test_formats():
    assert pct(Fraction(7395, 10000)) == "74,0%" and pct(Fraction(739, 1000)) == "73,9%"
    assert pct(Fraction(3, 4)) == "75,0%" and pct(None) == "–"
    assert day(date(2016, 5, 4)) == "04/05/2016"
    assert points(Fraction(-3, 200)) == "−1,5" and points(Fraction(0)) == "0,0"


@pytest.fixture
def sec_files(sec, tmp_path):
    store, _, _ = sec
    summary = load_summary(store, "sec", Period.year(2016), today=TODAY)
    settings = ReportSettings(number="15", signer_heading="KT. CỤC TRƯỞNG", signer_title="PHÓ CỤC TRƯỞNG",
                              signer_name="Nguyễn Văn A", office_file=None)
    old = os.umask(0o022)
    try:
        result = export_national_report(summary, docx_path=tmp_path / "bc.docx", xlsx_path=tmp_path / "bc.xlsx",
                                        settings=settings)
    finally:
        os.umask(old)
    return result, summary


def test_report_files_get_the_users_normal_permissions(sec_files):
    result, _ = sec_files
    if os.name == "posix":
        assert result.docx.stat().st_mode & 0o777 == 0o644 and result.xlsx.stat().st_mode & 0o777 == 0o644


def _text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_word_report_previous_period_sections_ties_and_carried(sec_files):
    result, _ = sec_files
    doc = docx.Document(str(result.docx))
    text = _text(doc)
    left = doc.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs][:2] == ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC TIN HỌC HÓA"]
    assert "ĐOÀN KIỂM TRA" not in text and "Đoàn kiểm tra" not in text
    assert "Tổng số 26 lượt nội dung được ghi nhận kết quả và 9 lượt nội dung chưa đánh giá" in text
    assert "Cao nhất là Bắc Kạn và Cao Bằng (100,0%); thấp nhất là Hà Nội và Phú Thọ (50,0%)" in text
    provinces = next(t for t in doc.tables if t.rows[0].cells[0].text == "Hạng" and len(t.columns) == 11)
    rows = [[c.text for c in r.cells] for r in provinces.rows[1:]]
    hanoi = next(r for r in rows if r[1] == "Hà Nội")
    assert hanoi[7:10] == ["50,0%", "25,0%", "+25,0"] and hanoi[10] == "01/04/2016"
    assert rows[-1][1] == "Toàn quốc" and rows[-1][7] == "76,5%" and rows[-1][2] == "5"
    sections = next(t for t in doc.tables if t.rows[0].cells[1].text == "Nhóm nội dung" and len(t.columns) == 8)
    assert [[c.text for c in r.cells][1:6] for r in sections.rows[1:]] == [
        ["Cung cấp thông tin", "6", "0", "2", "75,0%"], ["Dịch vụ công trực tuyến", "6", "2", "1", "77,8%"]]
    heat = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Chung")
    ha_giang = next(r for r in heat.rows if r.cells[1].text == "Hà Giang")
    shade = ha_giang.cells[2]._tc.tcPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd")
    assert ha_giang.cells[2].text == "0,0%" and shade.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill") == "FFC7CE"
    overdue = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Số ngày quá hạn")
    assert [c.text for c in overdue.rows[1].cells] == [
        "1", "Hà Nội", "2015", "Công khai lịch tiếp công dân", "Văn phòng UBND thành phố", "15/10/2016", "258"]
    missed = next(t for t in doc.tables if t.rows[0].cells[1].text == "Nội dung")
    assert missed.rows[1].cells[1].text == "Yêu cầu: có văn bản chỉ đạo"
    assert "cần đối chiếu" not in "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    sig = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    assert [p.text for p in sig.rows[0].cells[1].paragraphs if p.text] == [
        "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn A"]
    assert "PHỤ LỤC" in text and "PHƯƠNG PHÁP TỔNG HỢP, TÍNH ĐIỂM VÀ XẾP HẠNG" in text
    assert "- Yêu cầu: có mục hỏi đáp." in text  # the practice items are listed by name in the annex
    assert len(doc.inline_shapes) == 2  # provinces chart and sections chart


def test_parent_agency_follows_the_report_date(sec, tmp_path):
    store, _, _ = sec
    summary = load_summary(store, "sec", Period.year(2016), today=TODAY)
    out = export_national_report(summary, docx_path=tmp_path / "late.docx",
                                 settings=ReportSettings(report_date=date(2025, 3, 1), office_file=None)).docx
    doc = docx.Document(str(out))
    assert doc.tables[0].rows[0].cells[0].paragraphs[0].text == "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
    # The 2016 inspections were the Ministry of Information and Communications' all the same.
    assert ("Năm 2016, Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) đã thực hiện 5 cuộc "
            "kiểm tra") in _text(doc)


def test_workbook_values_cached_subtotals_print_setup_and_method(sec_files):
    result, _ = sec_files
    wb = openpyxl.load_workbook(result.xlsx)
    values = openpyxl.load_workbook(result.xlsx, data_only=True)
    assert wb.sheetnames == ["Tỉnh, thành phố", "Theo nhóm", "Nội dung", "Kiến nghị", "Phương pháp"]
    ws, wv = wb["Tỉnh, thành phố"], values["Tỉnh, thành phố"]
    total = ws.max_row
    assert ws.cell(total, 2).value == "Toàn quốc"
    formulas = [c for c in ws[total] if isinstance(c.value, str) and c.value.startswith("=")]
    assert ws.cell(total, 4).value == "=SUBTOTAL(109,D2:D6)"
    assert all(wv[c.coordinate].value is not None for c in formulas)  # every formula has its value cached
    assert [wv.cell(total, col).value for col in range(3, 9)] == [5, 12, 2, 3, 0, 6]
    assert wv.cell(total, 9).value == pytest.approx(26 / 34) and wv.cell(total, 11).value == pytest.approx(
        (26 / 34 - 0.25) * 100)
    hanoi = next(r for r in wv.iter_rows(min_row=2, values_only=True) if r[1] == "Hà Nội")
    assert hanoi[8:12] == (0.5, 0.25, 25.0, 1)
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws["I2"].number_format == "[$-42A]0.0%" and ws["M2"].number_format == "[$-42A]dd/mm/yyyy"
    heat = wb["Theo nhóm"]
    assert heat.conditional_formatting and [c.value for c in heat[1]][2:] == [
        "1. Cung cấp thông tin", "2. Dịch vụ công trực tuyến", "Chung"]
    items = [r for r in wb["Nội dung"].iter_rows(min_row=2, values_only=True)]
    assert "s2.c" not in [r[0] for r in items]  # never assessed: no 0/0 row
    assert all(r[5] for r in items)
    assert {r[0]: r[2] for r in items}["s1.p"] == "Thực tiễn tốt, hướng dẫn"
    method = "\n".join(str(c.value) for r in wb["Phương pháp"].iter_rows() for c in r if c.value)
    # Long texts wrap; their rows are tall enough not to print over the next row.
    sheet = wb["Phương pháp"]
    assert sheet["B2"].value.startswith("Điểm tuân thủ =") and (sheet.row_dimensions[2].height or 0) >= 30
    assert (sheet.row_dimensions[3].height or 0) >= 30
    for words in ("Điểm tuân thủ =", "nghĩa vụ pháp lý", "SUBTOTAL", "Mức độ xác minh", "Yêu cầu: có mục hỏi đáp"):
        assert words in method
    recs = [r for r in wb["Kiến nghị"].iter_rows(min_row=2, values_only=True)]
    assert ("Công khai lịch tiếp công dân", 258, "Kỳ trước, chưa xong") in [(r[3], r[7], r[9]) for r in recs]


def _pdf(path: Path, tmp_path: Path) -> Path:
    office = find_office()
    run = subprocess.run([str(office), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                          "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
                         capture_output=True, text=True, timeout=180)
    out = tmp_path / "pdf" / (path.stem + ".pdf")
    if not out.exists():
        pytest.skip(f"LibreOffice could not convert {path.suffix} here: {run.stderr[-200:]}")
    return out


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.fixture
def sixty_three(tmp_path: Path):
    """63 provinces inspected in 2016 under "sec", scores spread from 1/4 to 1."""
    t = sec_template()
    store = Store.open(tmp_path / "63" / "inspector.sqlite3")
    for n in range(1, 64):
        province = ProvinceRef("63", f"{n:02d}", f"Tỉnh Thử Nghiệm Số {n}")
        misses = n % 4
        answers = {item: (N if k < misses else M) for k, item in enumerate(("s1.a", "s2.a", "s2.b", "s2.c"))}
        _inspect(store, t, province, date(2016, 8, 1), answers)
    yield store
    store.close()


@pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")
def test_workbook_of_63_provinces_prints_each_row_with_its_score(sixty_three, tmp_path):
    summary = load_summary(sixty_three, "sec", Period.year(2016), today=TODAY)
    result = export_national_report(summary, xlsx_path=tmp_path / "bc63.xlsx")
    pages = _pages(_pdf(result.xlsx, tmp_path))
    ranking = [p for p in pages if "– Tỉnh, thành phố" in p]  # the page header names the sheet
    # Landscape, fitted to the width: 63 rows and the total on three pages (about 28 rows each),
    # every column on each page (21 pages before print setup).
    assert 2 <= len(ranking) <= 3
    for page in ranking:
        assert re.search(r"^\s*Hạng\s+Tỉnh, thành phố", page, re.M)  # the heading row repeats on each page
    lines = [line for page in ranking for line in page.splitlines()]
    for p in summary.dashboard.provinces:
        line = next(x for x in lines if f" {place_name(p.province.name)} " in f" {x} ")
        assert pct(p.score) in line, line  # name and score on one line of one page
    assert len(pages) <= 12


@pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")
def test_workbook_prints_each_province_with_its_score_on_one_page(sec_files, tmp_path):
    result, summary = sec_files
    pages = _pages(_pdf(result.xlsx, tmp_path))
    ranking = [p for p in pages if "– Tỉnh, thành phố" in p]  # the page header names the sheet
    assert len(ranking) == 1  # five provinces: one landscape page, not split in width
    for p in summary.dashboard.provinces:
        line = next(x for x in ranking[0].splitlines() if f" {place_name(p.province.name)} " in f" {x} ")
        assert pct(p.score) in line, line
    assert len(pages) == 6  # one page per sheet, two for the method


@pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")
def test_word_report_prints_dates_and_percentages_whole(sec_files, tmp_path):
    """Rendered by LibreOffice, no date, percentage or count of a table breaks across lines (the
    review saw "31/12/201" / "6" on every overdue row)."""
    result, _ = sec_files
    doc = docx.Document(str(result.docx))
    wanted = {c.text for t in doc.tables for r in t.rows for c in r.cells
              if re.fullmatch(r"\d{2}/\d{2}/\d{4}|[+−]?\d+,\d%?|\d{1,3}(\.\d{3})*", c.text)}
    assert {"15/10/2016", "76,5%", "+25,0", "258"} <= wanted
    text = subprocess.run(["pdftotext", str(_pdf(result.docx, tmp_path)), "-"], capture_output=True, text=True,
                          check=True).stdout
    tokens = set(text.split())
    assert wanted <= tokens, sorted(wanted - tokens)
