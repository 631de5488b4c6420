"""The national summary as an Excel workbook (openpyxl).

Sheets: "Tỉnh, thành phố" (provinces ranked, with the previous period and the change, and a
national total row), "Theo nhóm" (the score of each section per province, coloured by band like
the Word report's heat map), "Theo năm" (one column per year, for a period of several years),
"Nội dung" (every item that was assessed somewhere, most often missed first; items that no
province could fail — figures, items never assessed — are left out), "Kiến nghị" (every
recommendation of the period and the ones carried over) and "Phương pháp" (the formula, what
counts, legal duties vs practice items, how confidence is handled).

Printing: A4 landscape, fitted to the page width (a province row never splits from its score),
the header row repeated on every page, the report's title in the page header and page numbers
in the footer. Each data sheet has its header on row 1, frozen, with an auto-filter.

Totals: the national row uses SUBTOTAL(109, …) so it follows a filter, and the score formula
over those sums. Every formula is written with its value cached (the XML holds both), so a
viewer that does not recalculate shows the figures, and `load_workbook(data_only=True)` reads
them; the workbook still asks the spreadsheet program to recalculate on opening.

Number formats carry the Vietnamese locale tag ([$-42A]): LibreOffice prints "73,9%" and
"04/05/2016"; Excel takes the separators from the computer's regional settings.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from copy import copy
from fractions import Fraction
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from inspector.minutes.formats import clean_text, place_name
from inspector.office.chart import short_section_title
from inspector.office.dashboard import LEGAL, PRACTICE, item_kind
from inspector.office.followup import FollowUpState
from inspector.office.labels import (
    HEAT_BANDS,
    HEAT_NONE,
    KIND_LABELS,
    METHOD,
    RECOMMENDATION_COLUMNS,
    SCORE_METHOD,
    STATE_LABELS,
)
from inspector.office.report import NationalSummary
from inspector.office.samples import SAMPLE_MARK

PROVINCES_SHEET = "Tỉnh, thành phố"
SECTIONS_SHEET = "Theo nhóm"
YEARS_SHEET = "Theo năm"
ITEMS_SHEET = "Nội dung"
RECOMMENDATIONS_SHEET = "Kiến nghị"
METHOD_SHEET = "Phương pháp"

PROVINCE_COLUMNS = ("Hạng", "Tỉnh, thành phố", "Số cuộc kiểm tra", "Đạt", "Đạt một phần", "Không đạt",
                    "Không áp dụng", "Chưa đánh giá", "Điểm tuân thủ", "Điểm kỳ trước", "Thay đổi (điểm %)",
                    "Hạng kỳ trước", "Ngày kiểm tra gần nhất")
ITEM_COLUMNS = ("Mã nội dung", "Nội dung", "Loại nội dung", "Nhóm nội dung", "Số tỉnh không đạt",
                "Số tỉnh được đánh giá", "Tỷ lệ tỉnh không đạt", "Số lượt không đạt", "Số lượt đạt một phần",
                "Số lượt đánh giá", "Có trong phiên bản")

_HEADER_FONT = Font(name="Times New Roman", bold=True)
_FONT = Font(name="Times New Roman")
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F2")
_OVERDUE_FILL = PatternFill("solid", fgColor="F8D7DA")
_PERCENT = "[$-42A]0.0%"
_POINTS = "[$-42A]+0.0;-0.0;0.0"
_COUNT = "[$-42A]#,##0"
_DATE = "[$-42A]dd/mm/yyyy"


def write_report_xlsx(summary: NationalSummary, target: str | IO[bytes]) -> None:
    wb = Workbook()
    # Times New Roman as the workbook's default font (font 0, which every cell starts with):
    # setting a font on each of thousands of cells costs seconds with openpyxl.
    wb._fonts = IndexedList([_FONT])  # noqa: SLF001
    d = summary.dashboard
    title = f"Tổng hợp kết quả kiểm tra {d.template_id} {d.period.label}"
    if d.samples.sample_only:
        title = f"{SAMPLE_MARK} – {title}"
    cached: dict[str, dict[str, Any]] = {}
    provinces = wb.active
    provinces.title = PROVINCES_SHEET
    cached[PROVINCES_SHEET] = _provinces(provinces, summary)
    _sections(wb.create_sheet(SECTIONS_SHEET), summary)
    if summary.years:
        _years(wb.create_sheet(YEARS_SHEET), summary)
    _items(wb.create_sheet(ITEMS_SHEET), summary)
    _recommendations(wb.create_sheet(RECOMMENDATIONS_SHEET), summary)
    _method(wb.create_sheet(METHOD_SHEET), summary)
    for ws in wb.worksheets:
        _print_setup(ws, title)
    wb.properties.title = title
    wb.properties.creator = "Inspector"
    wb.properties.description = SCORE_METHOD
    wb.calculation.fullCalcOnLoad = True
    buffer = io.BytesIO()
    wb.save(buffer)
    data = _cache_values(buffer.getvalue(), [ws.title for ws in wb.worksheets], cached)
    if isinstance(target, str):
        with open(target, "wb") as handle:
            handle.write(data)
    else:
        target.write(data)


def _print_setup(ws: Worksheet, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.9  # inches; the page header and footer sit
    ws.page_margins.header = ws.page_margins.footer = 0.35  # in the margins, clear of the table
    if ws.title != METHOD_SHEET:
        ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = f"{title} – {ws.title}"
    ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.size = 10


def _header(ws: Worksheet, columns: tuple[str, ...], widths: tuple[float, ...]) -> None:
    ws.append(list(columns))
    for n, (cell, width) in enumerate(zip(ws[1], widths, strict=True), 1):
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(n)].width = width
    # Room for wrapped headings (three lines); spreadsheet programs do not grow it on their own.
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet, ncols: int, last_data_row: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(1, last_data_row)}"


def _f(score: Fraction | None) -> float | None:
    return None if score is None else float(score)


def _provinces(ws: Worksheet, summary: NationalSummary) -> dict[str, Any]:
    d = summary.dashboard
    _header(ws, PROVINCE_COLUMNS, (7, 22, 9, 8, 9, 9, 9, 9, 10, 10, 10, 8, 12))
    for p in d.provinces:
        c = p.counts
        before = summary.previous_score(p)
        change = summary.change(p)
        ws.append([p.rank, place_name(p.province.name), p.inspections, c.met, c.partly, c.not_met,
                   c.not_applicable, c.unanswered, _f(p.score), _f(before.score) if before else None,
                   float(change * 100) if change is not None else None, before.rank if before else None,
                   p.last_inspection])
        row = ws.max_row
        for col in range(3, 9):
            ws.cell(row, col).number_format = _COUNT
        ws.cell(row, 9).number_format = _PERCENT
        ws.cell(row, 10).number_format = _PERCENT
        ws.cell(row, 11).number_format = _POINTS
        ws.cell(row, 13).number_format = _DATE
    last = ws.max_row
    _finish(ws, len(PROVINCE_COLUMNS), last)
    cached: dict[str, Any] = {}
    if last < 2:
        return cached
    total = last + 1
    ws.cell(total, 2, "Toàn quốc").font = _HEADER_FONT
    t = d.totals
    sums = (d.inspections, t.met, t.partly, t.not_met, t.not_applicable, t.unanswered)
    for col, value in zip(range(3, 9), sums, strict=True):
        letter = get_column_letter(col)
        # SUBTOTAL 109: a sum that leaves out rows hidden by a filter.
        cell = ws.cell(total, col, f"=SUBTOTAL(109,{letter}2:{letter}{last})")
        cell.font, cell.number_format = _HEADER_FONT, _COUNT
        cached[f"{letter}{total}"] = value
    # The documented formula over the (filtered) sums: every finding of the period weighs the same.
    cell = ws.cell(total, 9, f'=IF(SUM(D{total}:F{total})=0,"",(D{total}+0.5*E{total})/SUM(D{total}:F{total}))')
    cell.number_format, cell.font = _PERCENT, _HEADER_FONT
    cached[f"I{total}"] = _f(d.national_score) if d.national_score is not None else ""
    prev = summary.previous.national_score if summary.previous is not None else None
    if prev is not None:
        ws.cell(total, 10, float(prev)).number_format = _PERCENT
        cell = ws.cell(total, 11, f'=IF(OR(I{total}="",J{total}=""),"",(I{total}-J{total})*100)')
        cell.number_format = _POINTS
        cached[f"K{total}"] = float((d.national_score - prev) * 100) if d.national_score is not None else ""
    for col in range(9, 12):
        ws.cell(total, col).font = _HEADER_FONT
    return cached


def _heat(ws: Worksheet, ref: str) -> None:
    """The Word report's colour bands as conditional formats (blank cells stay grey)."""
    ws.conditional_formatting.add(ref, CellIsRule(operator="equal", formula=['""'],
                                                   fill=PatternFill("solid", bgColor=HEAT_NONE)))
    upper = None
    for bound, colour in HEAT_BANDS:
        fill = PatternFill("solid", bgColor=colour)
        if upper is None:
            rule = CellIsRule(operator="greaterThanOrEqual", formula=[str(float(bound))], fill=fill)
        else:
            rule = CellIsRule(operator="between", formula=[str(float(bound)), str(float(upper) - 1e-12)], fill=fill)
        ws.conditional_formatting.add(ref, rule)
        upper = bound


def _sections(ws: Worksheet, summary: NationalSummary) -> None:
    d = summary.dashboard
    sections = [s for s in d.sections if s.id in d.section_totals]
    # Short titles (without the closing legal reference) so the heading row shows them whole.
    columns = ("Hạng", "Tỉnh, thành phố",
               *(short_section_title(f"{s.number}. {clean_text(s.title)}") for s in sections), "Chung")
    _header(ws, columns, (7, 22, *([16] * len(sections)), 10))
    ws.row_dimensions[1].height = 60
    for p in d.provinces:
        ws.append([p.rank, place_name(p.province.name), *(_f(p.section_score(s.id)) for s in sections), _f(p.score)])
    ws.append([None, "Toàn quốc", *(_f(d.section_totals[s.id].score) for s in sections), _f(d.national_score)])
    last = ws.max_row
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=len(columns)):
        for cell in row:
            cell.number_format = _PERCENT
            cell.alignment = Alignment(horizontal="center")
            if cell.value is None:  # no scorable item in that section: grey, as in the Word report
                cell.fill = PatternFill("solid", fgColor=HEAT_NONE)
    if len(columns) > 2 and last >= 2:
        _heat(ws, f"C2:{get_column_letter(len(columns))}{last}")
    _finish(ws, len(columns), last - 1)
    for cell in ws[last]:
        cell.font = _HEADER_FONT


def _years(ws: Worksheet, summary: NationalSummary) -> None:
    d = summary.dashboard
    columns = ("Tỉnh, thành phố", *(str(y.period.first_year) for y in summary.years), f"Cả kỳ {d.period.label}")
    _header(ws, columns, (22, *([10] * len(summary.years)), 14))
    for p in d.provinces:
        scores = []
        for y in summary.years:
            row = y.province(p.key)
            scores.append(_f(row.score) if row else None)
        ws.append([place_name(p.province.name), *scores, _f(p.score)])
    ws.append(["Toàn quốc", *(_f(y.national_score) for y in summary.years), _f(d.national_score)])
    last = ws.max_row
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=len(columns)):
        for cell in row:
            cell.number_format = _PERCENT
    _finish(ws, len(columns), last - 1)
    for cell in ws[last]:
        cell.font = _HEADER_FONT


def _items(ws: Worksheet, summary: NationalSummary) -> None:
    _header(ws, ITEM_COLUMNS, (14, 60, 16, 30, 10, 10, 10, 10, 10, 10, 12))
    styles = _Styles()
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for m in summary.dashboard.items:
        if m.assessed == 0:  # nobody could fail it in the period: no 0/0 row
            continue
        ws.append([m.item_id, clean_text(m.requirement or m.text), KIND_LABELS.get(m.kind, m.kind),
                   clean_text(m.section), m.provinces_not_met, m.provinces_assessed, _f(m.miss_fraction),
                   m.not_met, m.partly, m.assessed, ", ".join(m.in_versions)])
        for cell in ws[ws.max_row]:
            col = cell.column
            styles.apply(cell, col, number_format=_PERCENT if col == 7 else None,
                         alignment=wrap if col in (2, 4) else top)
    _finish(ws, len(ITEM_COLUMNS), ws.max_row)
    _fit_rows(ws, (2, 4))


def _recommendations(ws: Worksheet, summary: NationalSummary) -> None:
    _header(ws, (*RECOMMENDATION_COLUMNS, "Thuộc"), (18, 28, 9, 50, 24, 12, 14, 10, 40, 14))
    styles = _Styles()
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for r, carried in [(r, False) for r in summary.followups] + [(r, True) for r in summary.carried]:
        rec = r.recommendation
        late = r.state is FollowUpState.OVERDUE
        ws.append([place_name(r.province.name), clean_text(r.inspected_unit), r.year, clean_text(rec.text),
                   clean_text(rec.responsible_unit), rec.deadline, STATE_LABELS[r.state],
                   r.days_overdue if late else None, clean_text(rec.note),
                   "Kỳ trước, chưa xong" if carried else "Trong kỳ"])
        for cell in ws[ws.max_row]:
            col = cell.column
            styles.apply(cell, (col, late), number_format=_DATE if col == 6 else _COUNT if col == 8 else None,
                         alignment=wrap if col in (2, 4, 5, 9) else top, fill=_OVERDUE_FILL if late else None)
    _finish(ws, len(RECOMMENDATION_COLUMNS) + 1, ws.max_row)
    _fit_rows(ws, (2, 4, 5, 9))


def _fit_rows(ws: Worksheet, columns: tuple[int, ...], first_row: int = 2) -> None:
    """Give rows with wrapped text the height of their longest cell: spreadsheet programs do not
    grow a row on opening, and the lines would otherwise print over the next row."""
    widths = {col: ws.column_dimensions[get_column_letter(col)].width or 10 for col in columns}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if cell.column in widths and isinstance(cell.value, str):
                per_line = max(8, int(widths[cell.column] * 1.15))  # Times New Roman 11 pt, a little narrow
                lines = max(lines, sum(math.ceil(max(1, len(part)) / per_line) for part in cell.value.split("\n")))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = 14.5 * lines + 2


class _Styles:
    """Cell styles set once per kind of cell, then copied: openpyxl hashes every style object it
    is given, which costs seconds over a few thousand cells."""

    def __init__(self) -> None:
        self._made: dict[object, Any] = {}

    def apply(self, cell: Any, key: object, **attrs: Any) -> None:
        made = self._made.get(key)
        if made is not None:
            cell._style = copy(made)  # noqa: SLF001
            return
        for name, value in attrs.items():
            if value is not None:
                setattr(cell, name, value)
        self._made[key] = copy(cell._style)  # noqa: SLF001


def _method(ws: Worksheet, summary: NationalSummary) -> None:
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 110
    ws.append(["PHƯƠNG PHÁP TỔNG HỢP, TÍNH ĐIỂM VÀ XẾP HẠNG"])
    ws["A1"].font = Font(name="Times New Roman", bold=True, size=13)
    for heading, text in METHOD:
        ws.append([heading, text])
    ws.append(["Tổng trong bảng tính", "Dòng \"Toàn quốc\" của trang \"Tỉnh, thành phố\" dùng hàm SUBTOTAL(109; …): "
               "khi lọc, tổng và điểm chỉ tính các dòng đang hiện. Điểm tổng = (Đạt + 0,5 × Đạt một phần) / "
               "(Đạt + Đạt một phần + Không đạt) trên các tổng đó."])
    checklist = summary.checklist
    if checklist is not None:
        ws.append([])
        ws.append([f"Phân loại nội dung (danh mục phiên bản {checklist.version})"])
        ws.cell(ws.max_row, 1).font = _HEADER_FONT
        for section in checklist.sections:
            kinds = [item_kind(item) for item in section.items]
            ws.append([clean_text(section.title), f"{KIND_LABELS[LEGAL]}: {kinds.count(LEGAL)}; "
                       f"{KIND_LABELS[PRACTICE]}: {kinds.count(PRACTICE)}; "
                       f"{KIND_LABELS['figure']}: {kinds.count('figure')}"])
        practice = [item for item in checklist.items() if item_kind(item) == PRACTICE]
        if practice:
            ws.append(["Nội dung thực tiễn tốt, hướng dẫn (không tính điểm)"])
            ws.cell(ws.max_row, 1).font = _HEADER_FONT
            for item in practice:
                ws.append([item.id, clean_text(getattr(item, "requirement", "") or item.text)])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
        if row[0].value and row[0].column == 1 and len(row) > 1 and row[1].value:
            row[0].font = _HEADER_FONT
    _fit_rows(ws, (1, 2))


_CELL = re.compile(r'<c r="(?P<ref>[A-Z]+[0-9]+)"(?P<attrs>[^>]*)><f>(?P<f>.*?)</f><v\s*/?>(?:</v>)?</c>')


def _cache_values(data: bytes, titles: list[str], cached: dict[str, dict[str, Any]]) -> bytes:
    """Write each formula's value next to it in the sheet XML (openpyxl writes an empty one)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and int(m.group(1)) <= len(titles):
                values = cached.get(titles[int(m.group(1)) - 1], {})
                if values:
                    body = _CELL.sub(lambda c, values=values: _with_value(c, values), body.decode("utf-8")).encode()
            dst.writestr(info, body)
    return out.getvalue()


def _with_value(match: re.Match[str], values: dict[str, Any]) -> str:
    ref, attrs, formula = match.group("ref"), match.group("attrs"), match.group("f")
    if ref not in values:
        raise ValueError(f"formula in {ref} has no cached value")  # every formula gets one
    value = values[ref]
    attrs = re.sub(r'\st="[^"]*"', "", attrs)
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}"{attrs} t="str"><f>{formula}</f><v>{text}</v></c>'
    return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{value!r}</v></c>'
