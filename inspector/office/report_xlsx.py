"""The national summary as an Excel workbook (openpyxl): one sheet per view.

"Tỉnh, thành phố" (provinces ranked), "Nội dung" (every item, most often missed first) and
"Kiến nghị" (every recommendation with its follow-up state). Each sheet has its header on row 1,
frozen, with an auto-filter over the data. Scores, ranks and rates are values computed by the
core (exact, with the documented tie rule); the totals row under the provinces uses real
formulas (SUM, and the score formula over the sums) so a reader can check and reuse them.
Overdue recommendations are shaded red.
"""

from __future__ import annotations

from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from inspector.minutes.formats import clean_text, place_name
from inspector.office.followup import FollowUpState
from inspector.office.labels import (
    ITEM_COLUMNS,
    PROVINCE_COLUMNS,
    RECOMMENDATION_COLUMNS,
    SCORE_METHOD,
    STATE_LABELS,
)
from inspector.office.report import NationalSummary

PROVINCES_SHEET = "Tỉnh, thành phố"
ITEMS_SHEET = "Nội dung"
RECOMMENDATIONS_SHEET = "Kiến nghị"

_HEADER_FONT = Font(name="Times New Roman", bold=True)
_FONT = Font(name="Times New Roman")
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F2")
_OVERDUE_FILL = PatternFill("solid", fgColor="F8D7DA")
_PERCENT = "0.0%"
_DATE = "dd/mm/yyyy"


def write_report_xlsx(summary: NationalSummary, target: str | IO[bytes]) -> None:
    wb = Workbook()
    provinces = wb.active
    provinces.title = PROVINCES_SHEET
    _provinces(provinces, summary)
    _items(wb.create_sheet(ITEMS_SHEET), summary)
    _recommendations(wb.create_sheet(RECOMMENDATIONS_SHEET), summary)
    d = summary.dashboard
    wb.properties.title = f"Tổng hợp kết quả kiểm tra {d.template_id} {d.period.label}"
    wb.properties.creator = "Inspector"
    wb.properties.description = SCORE_METHOD
    # No cached values for the formulas: ask the spreadsheet program to compute them on opening.
    wb.calculation.fullCalcOnLoad = True
    wb.save(target)


def _header(ws: Worksheet, columns: tuple[str, ...], widths: tuple[float, ...]) -> None:
    ws.append(list(columns))
    for n, (cell, width) in enumerate(zip(ws[1], widths, strict=True), 1):
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet, ncols: int, last_data_row: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(1, last_data_row)}"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.font is None or not cell.font.b:
                cell.font = _FONT


def _provinces(ws: Worksheet, summary: NationalSummary) -> None:
    _header(ws, PROVINCE_COLUMNS, (8, 24, 10, 9, 11, 10, 11, 11, 11, 14))
    for p in summary.dashboard.provinces:
        c = p.counts
        ws.append([p.rank, place_name(p.province.name), p.inspections, c.met, c.partly, c.not_met,
                   c.not_applicable, c.unanswered, p.score_float, p.last_inspection])
        row = ws.max_row
        ws.cell(row, 9).number_format = _PERCENT
        ws.cell(row, 10).number_format = _DATE
    last = ws.max_row
    _finish(ws, len(PROVINCE_COLUMNS), last)
    if last >= 2:
        total = last + 1
        ws.cell(total, 2, "Cộng").font = _HEADER_FONT
        for col in range(3, 9):
            letter = get_column_letter(col)
            ws.cell(total, col, f"=SUM({letter}2:{letter}{last})").font = _HEADER_FONT
        # The documented formula, over the sums: every finding of the period weighs the same.
        cell = ws.cell(total, 9, f'=IF(SUM(D{total}:F{total})=0,"",(D{total}+0.5*E{total})/SUM(D{total}:F{total}))')
        cell.number_format = _PERCENT
        cell.font = _HEADER_FONT


def _items(ws: Worksheet, summary: NationalSummary) -> None:
    _header(ws, ITEM_COLUMNS, (12, 60, 30, 30, 11, 11, 11, 11, 11, 11, 14))
    for m in summary.dashboard.items:
        ws.append([m.item_id, clean_text(m.text), clean_text(m.section), clean_text(m.legal_ref),
                   m.provinces_not_met, m.provinces_assessed, m.miss_rate, m.not_met, m.partly, m.assessed,
                   ", ".join(m.in_versions)])
        ws.cell(ws.max_row, 7).number_format = _PERCENT
        for col in (2, 3, 4):
            ws.cell(ws.max_row, col).alignment = Alignment(wrap_text=True, vertical="top")
    _finish(ws, len(ITEM_COLUMNS), ws.max_row)


def _recommendations(ws: Worksheet, summary: NationalSummary) -> None:
    _header(ws, RECOMMENDATION_COLUMNS, (20, 34, 10, 60, 26, 12, 16, 12, 50))
    for r in summary.followups:
        rec = r.recommendation
        ws.append([place_name(r.province.name), clean_text(r.inspected_unit), r.year, clean_text(rec.text),
                   clean_text(rec.responsible_unit), rec.deadline, STATE_LABELS[r.state],
                   r.days_overdue if r.state is FollowUpState.OVERDUE else None, clean_text(rec.note)])
        row = ws.max_row
        ws.cell(row, 6).number_format = _DATE
        for col in (4, 9):
            ws.cell(row, col).alignment = Alignment(wrap_text=True, vertical="top")
        if r.state is FollowUpState.OVERDUE:
            for cell in ws[row]:
                cell.fill = _OVERDUE_FILL
    _finish(ws, len(RECOMMENDATION_COLUMNS), ws.max_row)
