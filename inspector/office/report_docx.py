"""The national summary as a Word report (báo cáo), Decree 30/2020 format.

Built from the same parts as the minutes (`inspector.minutes.docx_kit`): page setup, Times New
Roman, the page-1 header, title block, body paragraphs, bordered tables with repeated header
rows. The issuer (parent agency by the report's date, the department) and the signer come from
the report wording (`inspector.office.wording`); "Nơi nhận" sits beside the signature, as in the
minutes. The structure follows how the Ministry published its evaluations: overview, results
by province with the previous period and the change, results by section (a heat map and a
chart), the items most often not met, the recommendations still open, and an annex with the
method.

Cells holding dates, percentages and counts are marked "no wrap" and their columns are wide
enough, so "31/12/2016" never breaks into "31/12/201" / "6".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import IO

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from inspector.minutes.content import Cell, Kind, Para, Row, Table
from inspector.minutes.docx_kit import (
    Layout,
    add_picture,
    add_run,
    banner_header,
    body_paragraph,
    borderless_table,
    format_paragraph,
    grid_table,
    page_number_header,
    page_one_header,
    setup_page,
    setup_properties,
    setup_styles,
    title_block,
)
from inspector.minutes.formats import (
    clean_text,
    format_document_number,
    format_place_date,
    lower_first,
    place_name,
)
from inspector.minutes.wording import Wording, fill
from inspector.office.chart import render_score_charts, render_section_chart
from inspector.office.dashboard import (
    LEGAL,
    PRACTICE,
    Dashboard,
    ItemMisses,
    ProvinceScore,
    item_kind,
)
from inspector.office.followup import FollowUpRow, FollowUpState
from inspector.office.formats import day, number, pct, points
from inspector.office.labels import KIND_LABELS, METHOD, heat_colour
from inspector.office.report import NationalSummary, ReportSettings, top_missed
from inspector.office.samples import SAMPLE_MARK
from inspector.office.wording import ReportWording

_CHART_WIDTH_MM = 160


def report_subject(summary: NationalSummary, wording: Wording) -> str:
    """Trích yếu: "Tổng hợp kết quả kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP … năm 2016"."""
    d = summary.dashboard
    basis = wording.get("document.subject_basis").get(d.template_id) or f"Kiểm tra theo {d.title}"
    return f"Tổng hợp kết quả {lower_first(clean_text(basis))} {_period_words(d, lower=True)}"


def _period_words(d: Dashboard, *, lower: bool = False) -> str:
    p = d.period
    text = f"Năm {p.first_year}" if p.first_year == p.last_year else f"Giai đoạn {p.label}"
    return lower_first(text) if lower else text


def _names(rows: Sequence[ProvinceScore]) -> str:
    names = [place_name(p.province.name) for p in rows]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def write_report_docx(summary: NationalSummary, wording: Wording, settings: ReportSettings,
                      target: str | IO[bytes], *, tick: Callable[[], None] | None = None,
                      report_wording: ReportWording) -> None:
    tick = tick or (lambda: None)
    rw = report_wording
    layout = Layout(wording)
    d = summary.dashboard
    before = summary.previous
    when = settings.report_date or summary.today
    abbreviation = rw.get("issuer.unit_abbreviation")
    subject = report_subject(summary, wording)
    unit = rw.get("issuer.unit")
    parent = rw.dated("issuer.parent", when)
    ministry = _ministry(rw, d, when)
    doc = Document()
    setup_styles(doc, layout)
    setup_properties(doc, title=f"Báo cáo {lower_first(subject)}", author=unit.replace("\n", " "),
                     subject=subject, keywords="báo cáo tổng hợp kiểm tra", category="Báo cáo",
                     created=datetime.combine(when, time(8, 0)))
    section = doc.sections[0]
    setup_page(section, layout, landscape=False)
    page_number_header(section, layout)
    if d.samples.sample_only:
        banner_header(section, layout, SAMPLE_MARK)
    page_one_header(doc, layout, parent_agency=parent, issuing_unit=unit,
                    number_line=format_document_number(settings.number, "BC", abbreviation,
                                                       wording.get("document.number_blank")),
                    place_date=format_place_date(settings.place or rw.get("issuer.place"), when))
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

    def table(t: Table, *, nowrap: Sequence[int] = (), shades: dict[tuple[int, int], str] | None = None,
              width: float = text_width, size: float | None = None) -> None:
        grid_table(doc, t, width, size or table_size, tick)
        _decorate(doc, nowrap, shades or {})

    figures = 0
    tables = 0

    def next_table(text: str) -> None:
        nonlocal tables
        tables += 1
        caption(f"Bảng {tables}. {text}")

    # I. Overview -----------------------------------------------------------------------------
    t = d.totals
    versions = ", ".join(d.versions) if d.versions else "–"
    paras(
        Para("I. TÌNH HÌNH KIỂM TRA", Kind.HEADING),
        Para(f"{_period_words(d)}, {ministry} đã thực hiện {number(d.inspections)} cuộc kiểm tra tại "
             f"{number(len(d.provinces))} tỉnh, thành phố trực thuộc Trung ương theo {clean_text(d.title)} "
             f"(phiên bản {versions}). Tổng số {number(d.answered)} lượt nội dung được ghi nhận kết quả và "
             f"{number(d.unanswered)} lượt nội dung chưa đánh giá (tính theo từng cuộc kiểm tra)."),
        Para(f"Trong các nội dung là nghĩa vụ pháp lý được tính điểm có {number(t.met)} lượt đạt, "
             f"{number(t.partly)} lượt đạt một phần, {number(t.not_met)} lượt không đạt, "
             f"{number(t.not_applicable)} lượt không áp dụng và {number(t.unanswered)} lượt chưa đánh giá. "
             f"Các nội dung thực tiễn tốt, hướng dẫn được tổng hợp riêng tại mục V và không tính điểm."),
    )

    # II. National results ---------------------------------------------------------------------
    paras(Para("II. KẾT QUẢ CHUNG", Kind.HEADING))
    ranked = [p for p in d.provinces if p.score is not None]
    if ranked:
        text = (f"Điểm tuân thủ tính chung toàn bộ nội dung được đánh giá đạt {pct(d.national_score)}; "
                f"bình quân điểm của các tỉnh, thành phố đạt {pct(d.mean_score)}.")
        if before is not None and before.national_score is not None:
            text += (f" {_period_words(before)} (kỳ trước) tính chung đạt {pct(before.national_score)}, "
                     f"bình quân {pct(before.mean_score)}; mức thay đổi tính chung "
                     f"{points(d.national_score - before.national_score)} điểm phần trăm.")  # type: ignore[operator]
        else:
            text += f" Kỳ trước ({lower_first(_period_words(before))}) không có kết quả để so sánh." if before else ""
        best, worst = d.best(), d.worst()
        text += (f" Cao nhất là {_names(best)} ({pct(best[0].score)}); thấp nhất là {_names(worst)} "
                 f"({pct(worst[0].score)}).")
        if len(best) > 1 or len(worst) > 1:
            text += f" ({len(best)} tỉnh, thành phố cùng điểm cao nhất; {len(worst)} cùng điểm thấp nhất.)"
        unranked = [p for p in d.provinces if p.score is None]
        if unranked:
            text += (f" {_names(unranked)} không có nội dung tính điểm (mọi nội dung không áp dụng hoặc chưa "
                     f"đánh giá) nên không xếp hạng.")
        paras(Para(text))
    else:
        paras(Para("Chưa có nội dung nào được đánh giá để tính điểm."))
    if summary.years:
        paras(Para(f"Kết quả từng năm trong {lower_first(_period_words(d))}:"))
        next_table("Kết quả chung theo từng năm")
        rows = [Row((Cell(str(y.period.first_year), center=True), Cell(number(y.inspections), center=True),
                     Cell(number(len(y.provinces)), center=True), Cell(pct(y.national_score), center=True),
                     Cell(pct(y.mean_score), center=True))) for y in summary.years]
        table(Table(("Năm", "Số cuộc kiểm tra", "Số tỉnh, thành phố", "Điểm tính chung", "Bình quân các tỉnh"),
                    (14, 20, 22, 22, 22), tuple(rows)), nowrap=range(5))
    tick()

    # III. By province --------------------------------------------------------------------------
    paras(Para("III. KẾT QUẢ THEO TỈNH, THÀNH PHỐ", Kind.HEADING))
    if d.provinces:
        parts = render_score_charts(d.provinces, axis_label="Điểm tuân thủ (%)", mean_label="Bình quân",
                                    mean=d.mean_score, width_mm=_CHART_WIDTH_MM)
        figures += 1
        for n, png in enumerate(parts, 1):
            suffix = f" (phần {n}/{len(parts)})" if len(parts) > 1 else ""
            add_picture(doc, io.BytesIO(png), _CHART_WIDTH_MM,
                        f"Hình {figures}. Điểm tuân thủ theo tỉnh, thành phố, {_period_words(d, lower=True)}{suffix}",
                        layout)
            tick()
        next_table("Kết quả kiểm tra và xếp hạng các tỉnh, thành phố")
        table(_province_table(summary), nowrap=(0, 2, 3, 4, 5, 6, 7, 8, 9, 10), size=min(table_size, 10))
    else:
        paras(Para("Không có cuộc kiểm tra nào trong kỳ."))

    # IV. By section ----------------------------------------------------------------------------
    paras(Para("IV. KẾT QUẢ THEO NHÓM NỘI DUNG", Kind.HEADING))
    sections = [s for s in d.sections if s.id in d.section_totals]
    if sections and d.provinces:
        paras(Para("Điểm tuân thủ của từng nhóm nội dung (chỉ tính các nội dung là nghĩa vụ pháp lý) trên "
                   "toàn quốc và so với kỳ trước:"))
        next_table("Kết quả theo nhóm nội dung trên toàn quốc")
        rows = []
        for s in sections:
            c = d.section_totals[s.id]
            prev = before.section_totals.get(s.id) if before is not None else None
            prev_score = prev.score if prev is not None else None
            change = c.score - prev_score if c.score is not None and prev_score is not None else None
            rows.append(Row((Cell(str(s.number), center=True), Cell(clean_text(s.title)),
                             Cell(number(c.met), center=True), Cell(number(c.partly), center=True),
                             Cell(number(c.not_met), center=True), Cell(pct(c.score), center=True, bold=True),
                             Cell(pct(prev_score), center=True), Cell(points(change), center=True))))
        shades = {(r + 1, 5): heat_colour(d.section_totals[s.id].score) for r, s in enumerate(sections)}
        table(Table(("TT", "Nhóm nội dung", "Đạt", "Đạt một phần", "Không đạt", "Điểm", "Kỳ trước",
                     "Thay đổi (điểm %)"), (7, 52, 10, 12, 12, 14, 14, 14), tuple(rows)),
              nowrap=(0, 2, 3, 4, 5, 6, 7), shades=shades)
        png = render_section_chart(
            [(f"{s.number}. {clean_text(s.title)}", d.section_totals[s.id].score,
              before.section_totals[s.id].score if before is not None and s.id in before.section_totals else None)
             for s in sections], axis_label="Điểm tuân thủ (%)", now_label=_period_words(d),
            before_label=f"{_period_words(before)} (kỳ trước)" if before is not None else "",
            width_mm=_CHART_WIDTH_MM)
        figures += 1
        add_picture(doc, io.BytesIO(png), _CHART_WIDTH_MM,
                    f"Hình {figures}. Điểm tuân thủ theo nhóm nội dung trên toàn quốc", layout)
        tick()
        wide = len(sections) > 7
        if wide:
            _new_section(doc, layout, landscape=True)
        paras(Para("Điểm theo nhóm nội dung của từng tỉnh, thành phố (số cột là số thứ tự nhóm ở Bảng "
                   f"{tables}; màu theo mức điểm, xem Phụ lục):"))
        next_table("Điểm theo nhóm nội dung của từng tỉnh, thành phố")
        heat, shades = _heat_table(d, sections)
        table(heat, nowrap=range(2, 2 + len(sections) + 1), shades=shades,
              width=layout.text_width_mm(landscape=wide), size=min(table_size, 10))
        if wide:
            _new_section(doc, layout, landscape=False)
    else:
        paras(Para("Chưa có nội dung nào được đánh giá để tính điểm theo nhóm."))

    # V. Items most often not met ---------------------------------------------------------------
    paras(Para("V. NHỮNG NỘI DUNG THƯỜNG KHÔNG ĐẠT", Kind.HEADING))
    top, tied = top_missed(d.items, settings.top_items)
    if top:
        text = (f"Các nội dung là nghĩa vụ pháp lý có tỷ lệ tỉnh, thành phố không đạt cao nhất "
                f"({number(len(top))} nội dung; đầy đủ tại tệp Excel kèm theo)")
        if tied:
            text += (f"; {number(tied)} nội dung cùng tỷ lệ {pct(top[-1].miss_fraction)} ở cuối danh sách "
                     f"nên được nêu đủ")
        paras(Para(text + ":"))
        next_table("Các nội dung thường không đạt")
        table(_items_table(summary, top), nowrap=(0, 3, 4))
    else:
        paras(Para("Không có nội dung nào là nghĩa vụ pháp lý bị đánh giá không đạt."))
    practice = [m for m in d.practice_items() if m.provinces_not_met > 0]
    if practice:
        shown, tied_p = top_missed([_as_legal(m) for m in practice], settings.top_items)
        paras(Para(f"Các nội dung thực tiễn tốt, hướng dẫn (không tính điểm) có nhiều tỉnh, thành phố chưa "
                   f"đạt ({number(len(shown))} nội dung):"))
        next_table("Các nội dung thực tiễn tốt, hướng dẫn chưa đạt (không tính điểm)")
        table(_items_table(summary, shown), nowrap=(0, 3, 4))

    # VI. Recommendations -----------------------------------------------------------------------
    counts = summary.followup_counts()
    paras(Para("VI. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ", Kind.HEADING))
    total = len(summary.followups)
    if total:
        paras(Para(
            f"Tính đến ngày {day(summary.today)}, các cuộc kiểm tra trong kỳ có {number(total)} kiến nghị: "
            f"{number(counts[FollowUpState.DONE])} kiến nghị đã hoàn thành, "
            f"{number(counts[FollowUpState.IN_PROGRESS])} đang thực hiện, {number(counts[FollowUpState.OPEN])} "
            f"chưa thực hiện và {number(counts[FollowUpState.OVERDUE])} đã quá hạn mà chưa hoàn thành."))
    else:
        paras(Para("Các cuộc kiểm tra trong kỳ không có kiến nghị."))
    if summary.carried:
        late = sum(1 for r in summary.carried if r.state is FollowUpState.OVERDUE)
        paras(Para(f"Các cuộc kiểm tra trước kỳ báo cáo còn {number(len(summary.carried))} kiến nghị chưa hoàn "
                   f"thành, trong đó {number(late)} kiến nghị đã quá hạn."))
    overdue = summary.overdue()
    if overdue:
        next_table("Các kiến nghị quá hạn")
        table(_overdue_table(overdue), nowrap=(0, 2, 5, 6), size=min(table_size, 10))
    elif total or summary.carried:
        paras(Para("Không có kiến nghị quá hạn."))

    _signature_and_recipients(doc, layout, rw)

    # Annex: the method ---------------------------------------------------------------------------
    _new_section(doc, layout, landscape=False)
    for text, size, bold in (("PHỤ LỤC", layout.size("title_size"), True),
                             ("PHƯƠNG PHÁP TỔNG HỢP, TÍNH ĐIỂM VÀ XẾP HẠNG", layout.size("title_size"), True),
                             (f"(Kèm theo Báo cáo {lower_first(subject)})", layout.body, False)):
        p = doc.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True, after=3)
        add_run(p, text, size=size, bold=bold, italic=not bold)
    for n, (heading, text) in enumerate(METHOD, 1):
        paras(Para(f"{n}. {heading}", Kind.SUBHEADING), Para(text))
    if summary.checklist is not None:
        _kinds_annex(doc, summary, paras, caption, table)
    doc.save(target)


def _ministry(rw: ReportWording, d: Dashboard, when: date) -> str:
    """The ministry that carried out the period's inspections (by their dates), with its name on
    the report's date when that differs: "Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và
    Công nghệ)". Inspections under two names in the period name both."""
    now = rw.dated("issuer.ministry", when)
    if d.first_day is None or d.last_day is None:
        return now
    first, last = rw.dated("issuer.ministry", d.first_day), rw.dated("issuer.ministry", d.last_day)
    then = first if first == last else f"{first} và {last}"
    return then if last == now else f"{then} (nay là {now})"


def _as_legal(m: ItemMisses) -> ItemMisses:
    from dataclasses import replace

    return replace(m, kind=LEGAL)


def _new_section(doc, layout: Layout, *, landscape: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(section, layout, landscape=landscape)


def _decorate(doc, nowrap: Sequence[int], shades: dict[tuple[int, int], str]) -> None:
    """Mark the cells of columns `nowrap` "no wrap" and shade cells (row, column) of the last table."""
    tbl = doc.element.body.findall(qn("w:tbl"))[-1]
    wanted = set(nowrap)
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        for c, tc in enumerate(tr.findall(qn("w:tc"))):
            tc_pr = tc.find(qn("w:tcPr"))
            colour = shades.get((r, c))
            if colour:
                for old in tc_pr.findall(qn("w:shd")):
                    tc_pr.remove(old)
                tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{colour}"/>'))
            if c in wanted and r > 0:
                tc_pr.append(parse_xml(f'<w:noWrap {nsdecls("w")}/>'))


def _province_table(summary: NationalSummary) -> Table:
    d = summary.dashboard
    rows = []
    for p in d.provinces:
        c = p.counts
        before = summary.previous_score(p)
        rows.append(Row((
            Cell(str(p.rank) if p.rank else "–", center=True),
            Cell(place_name(p.province.name)),
            Cell(number(p.inspections), center=True),
            Cell(number(c.met), center=True),
            Cell(number(c.partly), center=True),
            Cell(number(c.not_met), center=True),
            Cell(number(c.unanswered), center=True),
            Cell(pct(p.score), center=True, bold=True),
            Cell(pct(before.score if before else None), center=True),
            Cell(points(summary.change(p)), center=True),
            Cell(day(p.last_inspection), center=True),
        )))
    t = d.totals
    prev = summary.previous
    prev_score = prev.national_score if prev is not None else None
    change = d.national_score - prev_score if d.national_score is not None and prev_score is not None else None
    rows.append(Row((
        Cell(""), Cell("Toàn quốc", bold=True), Cell(number(d.inspections), center=True, bold=True),
        Cell(number(t.met), center=True, bold=True), Cell(number(t.partly), center=True, bold=True),
        Cell(number(t.not_met), center=True, bold=True), Cell(number(t.unanswered), center=True, bold=True),
        Cell(pct(d.national_score), center=True, bold=True), Cell(pct(prev_score), center=True, bold=True),
        Cell(points(change), center=True, bold=True), Cell(""))))
    columns = ("Hạng", "Tỉnh, thành phố", "Số cuộc", "Đạt", "Đạt một phần", "Không đạt", "Chưa đánh giá",
               "Điểm", "Kỳ trước", "Thay đổi (điểm %)", "Kiểm tra gần nhất")
    # Widths (mm, at 10 pt): "100,0%" bold, "04/05/2016", "12.345" bold and "Không" fit on one line.
    return Table(columns, (12, 22, 10, 13, 13, 13, 12, 16, 15, 14, 21), tuple(rows))


def _heat_table(d: Dashboard, sections: Sequence) -> tuple[Table, dict[tuple[int, int], str]]:
    rows = []
    shades: dict[tuple[int, int], str] = {}
    for r, p in enumerate(d.provinces, 1):
        cells = [Cell(str(p.rank) if p.rank else "–", center=True), Cell(place_name(p.province.name))]
        for c, s in enumerate(sections, 2):
            score = p.section_score(s.id)
            cells.append(Cell(pct(score), center=True))
            shades[(r, c)] = heat_colour(score)
        cells.append(Cell(pct(p.score), center=True, bold=True))
        shades[(r, len(cells) - 1)] = heat_colour(p.score)
        rows.append(Row(tuple(cells)))
    cells = [Cell(""), Cell("Toàn quốc", bold=True)]
    r = len(rows) + 1
    for c, s in enumerate(sections, 2):
        score = d.section_totals[s.id].score
        cells.append(Cell(pct(score), center=True, bold=True))
        shades[(r, c)] = heat_colour(score)
    cells.append(Cell(pct(d.national_score), center=True, bold=True))
    shades[(r, len(cells) - 1)] = heat_colour(d.national_score)
    rows.append(Row(tuple(cells)))
    columns = ("Hạng", "Tỉnh, thành phố", *(str(s.number) for s in sections), "Chung")
    return Table(columns, (8, 25, *([13] * len(sections)), 13), tuple(rows)), shades


def _items_table(summary: NationalSummary, top: list[ItemMisses]) -> Table:
    versions = summary.dashboard.versions
    rows = []
    for n, m in enumerate(top, 1):
        # The requirement only: the item's internal notes and reference remarks stay in the app.
        text = clean_text(m.requirement or m.text)
        if len(m.in_versions) < len(versions):
            text += f" (chỉ có trong phiên bản {', '.join(m.in_versions)})"
        rows.append(Row((
            Cell(str(n), center=True),
            Cell(text),
            Cell(clean_text(m.section)),
            Cell(f"{m.provinces_not_met}/{m.provinces_assessed}", center=True),
            Cell(pct(m.miss_fraction), center=True),
        )))
    return Table(("TT", "Nội dung", "Nhóm nội dung", "Số tỉnh không đạt / được đánh giá", "Tỷ lệ"),
                 (8, 58, 38, 20, 16), tuple(rows))


def _overdue_table(rows_in: list[FollowUpRow]) -> Table:
    rows = []
    for n, r in enumerate(rows_in, 1):
        rec = r.recommendation
        rows.append(Row((
            Cell(str(n), center=True),
            Cell(place_name(r.province.name)),
            Cell(str(r.year) if r.year else "", center=True),
            Cell(clean_text(rec.text)),
            Cell(clean_text(rec.responsible_unit)),
            Cell(day(rec.deadline), center=True),
            Cell(number(r.days_overdue), center=True),
        )))
    return Table(("TT", "Tỉnh, thành phố", "Năm kiểm tra", "Nội dung kiến nghị", "Đơn vị thực hiện", "Thời hạn",
                  "Số ngày quá hạn"), (9, 20, 12, 43, 26, 21, 14), tuple(rows))


def _signature_and_recipients(doc, layout: Layout, rw: ReportWording) -> None:
    """Decree 30: "Nơi nhận" at the left, the signature at the right, on one row that never splits."""
    width = layout.text_width_mm()
    spacer = doc.add_paragraph()
    format_paragraph(spacer, after=6, keep_next=True)
    grid = borderless_table(doc, (width * 0.5, width * 0.5))
    row = grid.rows[0]
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    left, right = row.cells
    lines = [fill(line, {"unit_abbreviation": rw.get("issuer.unit_abbreviation")}).strip().lstrip("-–").strip()
             .rstrip(" .;") for line in rw.get("recipients.lines")]
    lines = [line for line in lines if line]
    p = left.paragraphs[0]
    format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_run(p, rw.get("recipients.heading"), size=layout.size("recipients_heading_size"), bold=True, italic=True)
    for i, line in enumerate(lines):
        p = left.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.LEFT)
        add_run(p, f"- {line}{'.' if i == len(lines) - 1 else ';'}", size=layout.size("recipients_size"))
    size = layout.size("signature_size")
    name = rw.get("signer.name")
    block: list[tuple[str, dict[str, bool]]] = []
    for text, style in ((rw.get("signer.authority"), {"bold": True}), (rw.get("signer.title"), {"bold": True})):
        if text:
            block += [(line, style) for line in text.split("\n")]
    if not name and rw.get("signer.hint"):
        block.append((rw.get("signer.hint"), {"italic": True}))
    space = int(layout.w.get("layout.signature_space_lines"))
    block += [("", {})] * space + [(name, {"bold": True})]
    for k, (text, style) in enumerate(block):
        p = right.paragraphs[0] if k == 0 else right.add_paragraph()
        format_paragraph(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_run(p, text, size=size, **style)


def _kinds_annex(doc, summary: NationalSummary, paras, caption, table) -> None:
    """Which items of the newest checklist version are legal duties, practice or figures, per
    section, and the practice items by name."""
    checklist = summary.checklist
    assert checklist is not None
    rows = []
    practice: list[str] = []
    for n, section in enumerate(checklist.sections, 1):
        kinds = [item_kind(item) for item in section.items]
        rows.append(Row((Cell(str(n), center=True), Cell(clean_text(section.title)),
                         Cell(number(kinds.count(LEGAL)), center=True),
                         Cell(number(kinds.count(PRACTICE)), center=True),
                         Cell(number(kinds.count("figure")), center=True))))
        practice += [clean_text(getattr(item, "requirement", "") or item.text) for item in section.items
                     if item_kind(item) == PRACTICE]
    paras(Para(f"{len(METHOD) + 1}. Phân loại nội dung của danh mục (phiên bản {checklist.version})",
               Kind.SUBHEADING))
    caption("Số nội dung theo loại và nhóm")
    table(Table(("TT", "Nhóm nội dung", KIND_LABELS[LEGAL], KIND_LABELS[PRACTICE], KIND_LABELS["figure"]),
                (8, 69, 22, 22, 22), tuple(rows)), nowrap=(0, 2, 3, 4))
    if practice:
        paras(Para("Các nội dung thực tiễn tốt, hướng dẫn (không tính điểm):"))
        for text in practice:
            end = "" if text.endswith(("?", ".")) else "." if text is practice[-1] else ";"
            paras(Para(f"- {text}{end}", Kind.DASH))

