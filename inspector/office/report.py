"""The national summary: the dashboard, the items most often missed and the follow-up of
recommendations for one checklist and period, as a Word report and an Excel workbook.

    summary = load_summary(store, "nd43-tt25", Period.year(2016), today=date.today())
    export_national_report(summary, docx_path="bao-cao.docx", xlsx_path="bao-cao.xlsx")

The Word report follows the same Decree 30/2020 rules as the minutes and takes its agency names
and layout from the same wording (`MinutesSettings` / the office's templates/minutes.yaml).
Files are written to a temporary name and moved into place, like the minutes, and only once
both are made: a cancelled export changes no file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from inspector.domain.inspection import InspectionSummary
from inspector.domain.recommendation import Recommendation
from inspector.errors import Cancelled, InvalidInputError
from inspector.minutes.export import check_output, write_atomically
from inspector.minutes.wording import MinutesSettings, Wording, load_wording
from inspector.office.dashboard import (
    Dashboard,
    InspectionData,
    Period,
    TemplateLookup,
    build_dashboard,
)
from inspector.office.followup import FollowUpRow, FollowUpState, build_followups
from inspector.storage import Store

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NationalSummary:
    """Everything the report shows, computed once for both files."""

    dashboard: Dashboard
    followups: tuple[FollowUpRow, ...]  # recommendations of the dashboard's inspections
    today: date

    def followup_counts(self) -> dict[FollowUpState, int]:
        counts = dict.fromkeys(FollowUpState, 0)
        for row in self.followups:
            counts[row.state] += 1
        return counts


@dataclass
class ReportSettings:
    """Choices for the report. `None` takes the minutes wording's value (agency names, signature
    heading) or a sensible default (the report is dated `today`, issued in Hà Nội).

    `top_items` is how many of the most often missed items the Word report lists (the workbook
    lists them all).
    """

    issuing_unit: str | None = None
    number: str = ""
    place: str = "Hà Nội"
    report_date: date | None = None
    signer_heading: str | None = None
    signer_title: str | None = None
    signer_name: str = ""
    recipients: tuple[str, ...] = (
        "Bộ trưởng (để b/c)",
        "UBND các tỉnh, thành phố trực thuộc Trung ương",
        "Lưu: VT, {unit_abbreviation}",
    )
    top_items: int = 10
    minutes: MinutesSettings = field(default_factory=MinutesSettings)


@dataclass(frozen=True)
class ReportResult:
    docx: Path | None
    xlsx: Path | None
    provinces: int
    inspections: int
    recommendations: int


def build_summary(data: Iterable[InspectionData], template: TemplateLookup, template_id: str, period: Period,
                  recommendations: Iterable[Recommendation], inspections: Iterable[InspectionSummary],
                  today: date) -> NationalSummary:
    """The summary from plain data (see `load_summary` for a Store)."""
    dashboard = build_dashboard(data, template, template_id, period)
    ids = {i for p in dashboard.provinces for i in p.inspection_ids}
    followups = [r for r in build_followups(recommendations, inspections, today)
                 if r.recommendation.inspection_id in ids]
    return NationalSummary(dashboard, tuple(followups), today)


def load_summary(store: Store, template_id: str, period: Period, *, today: date) -> NationalSummary:
    data = store.inspection_statuses(template_id=template_id)
    return build_summary(data, store.template, template_id, period, store.all_recommendations(),
                         [s for s, _ in data], today)


def export_national_report(summary: NationalSummary, *, docx_path: str | Path | None = None,
                           xlsx_path: str | Path | None = None, settings: ReportSettings | None = None,
                           wording: Wording | None = None, progress: Progress | None = None,
                           cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Write the Word report and/or the Excel workbook of `summary`.

    Raises `InvalidInputError` when neither file is asked for or a suffix is wrong, `ExportError`
    (``missing-folder``, ``not-writable``, ``locked``, ``disk-full``), `WordingError`, `Cancelled`.
    """
    from inspector.office.report_docx import write_report_docx
    from inspector.office.report_xlsx import write_report_xlsx

    settings = settings or ReportSettings()
    cancelled = cancelled or (lambda: False)
    docx_out = Path(docx_path) if docx_path else None
    xlsx_out = Path(xlsx_path) if xlsx_path else None
    if docx_out is None and xlsx_out is None:
        raise InvalidInputError("output", None, "ask for a .docx, a .xlsx or both")
    for out, suffix in ((docx_out, ".docx"), (xlsx_out, ".xlsx")):
        if out is not None:
            if out.suffix.lower() != suffix:
                raise InvalidInputError("output", str(out), f"must end in {suffix}")
            check_output(out)
    total = 2 * (docx_out is not None) + (xlsx_out is not None) + 1
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(min(done, total - 1), total)

    # Both files are made in memory first and moved into place only when both are done, so a
    # cancelled or failed export leaves no file changed (never a new Word file beside an old workbook).
    step()
    made: list[tuple[Path, bytes]] = []
    if docx_out is not None:
        wording = wording or load_wording(settings.minutes)
        buffer = io.BytesIO()
        write_report_docx(summary, wording, settings, buffer, tick=step)
        made.append((docx_out, buffer.getvalue()))
        step()
    if xlsx_out is not None:
        buffer = io.BytesIO()
        write_report_xlsx(summary, buffer)
        made.append((xlsx_out, buffer.getvalue()))
        step()
    if cancelled():
        raise Cancelled()
    for out, data in made:
        write_atomically(out, lambda h, data=data: h.write(data))
    if progress is not None:
        progress(total, total)
    return ReportResult(docx_out, xlsx_out, len(summary.dashboard.provinces), summary.dashboard.inspections,
                        len(summary.followups))
