"""The national summary as a Word report (báo cáo), Decree 30/2020 format.

Built from the same parts as the minutes (`inspector.minutes.docx_kit`): page setup, Times New
Roman, the page-1 header, title block, body paragraphs, bordered tables with repeated header
rows, signature and "Nơi nhận". The chart of scores is a PNG drawn by matplotlib (Agg).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, time
from fractions import Fraction
from typing import IO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from inspector.minutes.content import Cell, Kind, Para, Row, Signature, Table
from inspector.minutes.docx_kit import (
    Layout,
    add_picture,
    add_run,
    body_paragraph,
    format_paragraph,
    grid_table,
    page_number_header,
    page_one_header,
    recipients_block,
    setup_page,
    setup_properties,
    setup_styles,
    signature_blocks,
    title_block,
)
from inspector.minutes.formats import (
    clean_text,
    format_date_short,
    format_document_number,
    format_number,
    format_place_date,
    lower_first,
    place_name,
)
from inspector.minutes.wording import Wording, fill
from inspector.office.chart import render_score_chart
from inspector.office.dashboard import ItemMisses
from inspector.office.followup import FollowUpRow, FollowUpState
from inspector.office.labels import PROVINCE_COLUMNS, RANK_METHOD, SCORE_METHOD, VERSION_METHOD
from inspector.office.report import NationalSummary, ReportSettings
from inspector.office.scores import score_percent

_CHART_WIDTH_MM = 160


def report_subject(summary: NationalSummary, wording: Wording) -> str:
    """Trích yếu: "Tổng hợp kết quả kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP … năm 2016"."""
    d = summary.dashboard
    basis = wording.get("document.subject_basis").get(d.template_id) or f"Kiểm tra theo {d.title}"
    period = (f"năm {d.period.first_year}" if d.period.first_year == d.period.last_year
              else f"giai đoạn {d.period.label}")
    return f"Tổng hợp kết quả {lower_first(clean_text(basis))} {period}"


def write_report_docx(summary: NationalSummary, wording: Wording, settings: ReportSettings,
                      target: str | IO[bytes], *, tick: Callable[[], None] | None = None) -> None:
    tick = tick or (lambda: None)
    layout = Layout(wording)
    d = summary.dashboard
    day = settings.report_date or summary.today
    abbreviation = wording.get("agency.unit_abbreviation")
    subject = report_subject(summary, wording)
    issuing_unit = settings.issuing_unit or wording.get("agency.issuing_unit")
    doc = Document()
    setup_styles(doc, layout)
    setup_properties(doc, title=f"Báo cáo {lower_first(subject)}", author=issuing_unit.replace("\n", " "),
                     subject=subject, keywords="báo cáo tổng hợp kiểm tra", category="Báo cáo",
                     created=datetime.combine(day, time(8, 0)))
    section = doc.sections[0]
    setup_page(section, layout, landscape=False)
    page_number_header(section, layout)
    page_one_header(doc, layout, parent_agency=wording.get("agency.parent"), issuing_unit=issuing_unit,
                    number_line=format_document_number(settings.number, "BC", abbreviation,
                                                       wording.get("document.number_blank")),
                    place_date=format_place_date(settings.place, day))
    title_block(doc, layout, "BÁO CÁO", subject)
    text_width = layout.text_width_mm()
    table_size = layout.size("table_size")

    def paras(*items: Para) -> None:
        for para in items:
            body_paragraph(doc, para, layout)

    def caption(text: str) -> None:
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=3, keep_next=True)
        add_run(p, text, size=table_size, bold=True)

    t = d.totals
    recorded = t.met + t.partly + t.not_met + t.not_applicable + t.unanswered
    versions = ", ".join(d.versions) if d.versions else "–"
    period_words = (f"Năm {d.period.first_year}" if d.period.first_year == d.period.last_year
                    else f"Giai đoạn {d.period.label}")
    paras(
        Para("I. TÌNH HÌNH KIỂM TRA", Kind.HEADING),
        Para(f"{period_words}, {lower_first(wording.get('agency.team_name'))} của "
             f"{wording.get('agency.ministry')} đã thực hiện {d.inspections} cuộc kiểm tra tại "
             f"{len(d.provinces)} tỉnh, thành phố trực thuộc Trung ương theo {clean_text(d.title)} "
             f"(phiên bản {versions}). Tổng số {format_number(recorded)} lượt nội dung được ghi nhận, "
             f"trong đó {format_number(t.met)} lượt đạt, {format_number(t.partly)} lượt đạt một phần, "
             f"{format_number(t.not_met)} lượt không đạt, {format_number(t.not_applicable)} lượt không "
             f"áp dụng và {format_number(t.unanswered)} lượt chưa đánh giá."),
        Para("II. KẾT QUẢ TUÂN THỦ THEO TỈNH, THÀNH PHỐ", Kind.HEADING),
        Para("1. Phương pháp tính điểm", Kind.SUBHEADING),
        Para(SCORE_METHOD), Para(RANK_METHOD), Para(VERSION_METHOD),
        Para("2. Kết quả", Kind.SUBHEADING),
    )
    ranked = [p for p in d.provinces if p.score is not None]
    if ranked:
        best, worst = ranked[0], ranked[-1]
        mean, national = d.mean_score, d.national_score
        paras(Para(
            f"Điểm tuân thủ bình quân của các tỉnh, thành phố đạt {_pct(mean)}; "
            f"tính chung toàn bộ nội dung được đánh giá đạt {_pct(national)}. "
            f"Cao nhất là {place_name(best.province.name)} ({_pct(best.score)}), "
            f"thấp nhất là {place_name(worst.province.name)} ({_pct(worst.score)})."))
    else:
        paras(Para("Chưa có nội dung nào được đánh giá để tính điểm."))
    tick()
    if d.provinces:
        png = render_score_chart(d.provinces, axis_label="Điểm tuân thủ (%)", mean_label="Bình quân",
                                 width_mm=_CHART_WIDTH_MM)
        add_picture(doc, io.BytesIO(png), _CHART_WIDTH_MM,
                    f"Hình 1. Điểm tuân thủ theo tỉnh, thành phố, {lower_first(period_words)}", layout)
        tick()
        caption("Bảng 1. Kết quả kiểm tra và xếp hạng các tỉnh, thành phố")
        grid_table(doc, _province_table(summary), text_width, table_size, tick)

    top = [m for m in d.items if m.provinces_not_met > 0][: settings.top_items]
    paras(Para("III. NHỮNG NỘI DUNG THƯỜNG KHÔNG ĐẠT", Kind.HEADING))
    if top:
        paras(Para(f"{len(top)} nội dung có nhiều tỉnh, thành phố không đạt nhất (đầy đủ tại tệp Excel kèm theo):"))
        caption("Bảng 2. Các nội dung thường không đạt")
        grid_table(doc, _items_table(summary, top), text_width, table_size, tick)
    else:
        paras(Para("Không có nội dung nào bị đánh giá không đạt."))

    counts = summary.followup_counts()
    paras(Para("IV. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ", Kind.HEADING))
    total = len(summary.followups)
    if total:
        paras(Para(
            f"Tính đến ngày {format_date_short(summary.today)}, tổng số {total} kiến nghị: "
            f"{counts[FollowUpState.DONE]} kiến nghị đã hoàn thành, {counts[FollowUpState.IN_PROGRESS]} "
            f"đang thực hiện, {counts[FollowUpState.OPEN]} chưa thực hiện và "
            f"{counts[FollowUpState.OVERDUE]} đã quá hạn mà chưa hoàn thành."))
        overdue = [r for r in summary.followups if r.state is FollowUpState.OVERDUE]
        if overdue:
            caption("Bảng 3. Các kiến nghị quá hạn")
            grid_table(doc, _overdue_table(overdue), text_width, table_size, tick)
        else:
            paras(Para("Không có kiến nghị quá hạn."))
    else:
        paras(Para("Các cuộc kiểm tra trong kỳ không có kiến nghị."))

    signer = Signature(settings.signer_heading or wording.get("signatures.team_heading"),
                       settings.signer_title if settings.signer_title is not None
                       else wording.get("signatures.team_title"),
                       settings.signer_name, "" if settings.signer_name else wording.get("signatures.hint"))
    signature_blocks(doc, (Signature(""), signer), layout)
    lines = [fill(line, {"unit_abbreviation": abbreviation}).strip().lstrip("-–").strip().rstrip(" .;")
             for line in settings.recipients]
    lines = [line for line in lines if line]
    recipients_block(doc, layout, wording.get("recipients.heading"),
                     [f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)])
    doc.save(target)


def _pct(score: Fraction | None) -> str:
    """"62,5%" (rounded half up from the exact score), "–" without a score."""
    if score is None:
        return "–"
    return f"{format_number(float(score_percent(score)), 1)}%"


def _province_table(summary: NationalSummary) -> Table:
    rows = []
    for p in summary.dashboard.provinces:
        c = p.counts
        rows.append(Row((
            Cell(str(p.rank) if p.rank else "–", center=True),
            Cell(place_name(p.province.name)),
            Cell(str(p.inspections), center=True),
            Cell(format_number(c.met), center=True),
            Cell(format_number(c.partly), center=True),
            Cell(format_number(c.not_met), center=True),
            Cell(format_number(c.not_applicable), center=True),
            Cell(format_number(c.unanswered), center=True),
            Cell(_pct(p.score), center=True, bold=True),
            Cell(format_date_short(p.last_inspection) if p.last_inspection else "", center=True),
        )))
    columns = ("Hạng", "Tỉnh, thành phố", "Số cuộc", *PROVINCE_COLUMNS[3:8], "Điểm", "Kiểm tra gần nhất")
    return Table(columns, (10, 24, 9, 8, 11, 11, 11, 11, 11, 19), tuple(rows))


def _items_table(summary: NationalSummary, top: list[ItemMisses]) -> Table:
    versions = summary.dashboard.versions
    rows = []
    for n, m in enumerate(top, 1):
        text = clean_text(m.text)
        if len(m.in_versions) < len(versions):
            text += f" (chỉ có trong phiên bản {', '.join(m.in_versions)})"
        rows.append(Row((
            Cell(str(n), center=True),
            Cell(text),
            Cell(clean_text(m.legal_ref)),
            Cell(f"{m.provinces_not_met}/{m.provinces_assessed}", center=True),
            Cell(_pct(Fraction(m.provinces_not_met, m.provinces_assessed) if m.provinces_assessed else None), center=True),
        )))
    return Table(("TT", "Nội dung kiểm tra", "Căn cứ pháp lý", "Số tỉnh không đạt", "Tỷ lệ"),
                 (6, 50, 24, 12, 10), tuple(rows))


def _overdue_table(rows_in: list[FollowUpRow]) -> Table:
    rows = []
    for n, r in enumerate(rows_in, 1):
        rec = r.recommendation
        rows.append(Row((
            Cell(str(n), center=True),
            Cell(place_name(r.province.name)),
            Cell(clean_text(rec.text)),
            Cell(clean_text(rec.responsible_unit)),
            Cell(format_date_short(rec.deadline) if rec.deadline else "", center=True),
            Cell(str(r.days_overdue), center=True),
        )))
    return Table(("TT", "Tỉnh, thành phố", "Nội dung kiến nghị", "Đơn vị thực hiện", "Thời hạn",
                  "Số ngày quá hạn"), (6, 16, 40, 20, 12, 10), tuple(rows))

