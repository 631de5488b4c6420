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
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path

from inspector.checklists.template import ChecklistTemplate
from inspector.domain.inspection import InspectionSummary
from inspector.domain.recommendation import Recommendation
from inspector.errors import Cancelled, InvalidInputError
from inspector.minutes.export import check_output, write_atomically
from inspector.minutes.wording import MinutesSettings, Wording, load_wording
from inspector.office.dashboard import (
    LEGAL,
    Dashboard,
    InspectionData,
    ItemMisses,
    Period,
    ProvinceScore,
    TemplateLookup,
    checklist_versions,
    dashboard_from_tallies,
    inspection_year,
    tally_inspections,
)
from inspector.office.followup import FollowUpRow, FollowUpState, build_followups
from inspector.office.samples import NO_SAMPLES, SampleRule, apply_sample_rule
from inspector.office.wording import (
    ReportWording,
    ReportWordingSettings,
    load_report_wording,
    office_report_wording_file,
)
from inspector.storage import Store

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NationalSummary:
    """Everything the report shows, computed once for both files.

    `previous` is the period of the same length just before (2016 → 2015; 2014–2016 →
    2011–2013): each province's score is compared with its own score then. `years` holds one
    dashboard per year when the period is longer than a year, so a period's report gives the
    figures of each year as well as the pooled ones. `followups` are the recommendations of the
    period's inspections; `carried` the ones of any earlier inspection (any checklist) not yet
    done on `today`.
    """

    dashboard: Dashboard
    followups: tuple[FollowUpRow, ...]  # recommendations of the dashboard's inspections
    today: date
    previous: Dashboard | None = None
    years: tuple[Dashboard, ...] = ()
    carried: tuple[FollowUpRow, ...] = ()
    checklist: ChecklistTemplate | None = None  # the newest version among the period's inspections

    def followup_counts(self) -> dict[FollowUpState, int]:
        counts = dict.fromkeys(FollowUpState, 0)
        for row in self.followups:
            counts[row.state] += 1
        return counts

    def overdue(self) -> list[FollowUpRow]:
        """Every overdue recommendation, of the period or carried over, most overdue first."""
        rows = [r for r in (*self.followups, *self.carried) if r.state is FollowUpState.OVERDUE]
        rows.sort(key=lambda r: (-r.days_overdue, r.recommendation.deadline or date.max, r.recommendation.id))
        return rows

    def previous_score(self, province: ProvinceScore) -> ProvinceScore | None:
        """The same province in the previous period (matched by era and code), if inspected."""
        return self.previous.province(province.key) if self.previous is not None else None

    def change(self, province: ProvinceScore) -> Fraction | None:
        """Score now minus score in the previous period (a fraction: × 100 for points)."""
        before = self.previous_score(province)
        if before is None or before.score is None or province.score is None:
            return None
        return province.score - before.score


def top_missed(items: Sequence[ItemMisses], limit: int) -> tuple[list[ItemMisses], int]:
    """The legal items most often not met, by rate, at least `limit` of them: the cut never
    splits equal rates (every item with the rate of the last one kept is kept too). Returns the
    items and how many share the rate at the cut (0 when the cut falls between two rates)."""
    missed = [m for m in items if m.kind == LEGAL and m.provinces_not_met > 0]
    if len(missed) <= limit:
        return missed, 0
    edge = missed[limit - 1].miss_fraction
    head = missed[:limit]
    extra = [m for m in missed[limit:] if m.miss_fraction == edge]  # sorted by rate: contiguous
    if not extra:
        return head, 0
    return head + extra, sum(1 for m in head if m.miss_fraction == edge) + len(extra)


@dataclass
class ReportSettings:
    """Choices for the report. `None` keeps the report wording's value (resources/templates/
    report.yaml < the office's templates/report.yaml < `wording_file`): the issuing department,
    its parent agency (by the report's date), the signer's authority ("KT. CỤC TRƯỞNG"), title and
    name, the place and the recipients. The report is dated `today` unless `report_date` is given.

    `top_items` is how many of the most often missed items the Word report lists at least (ties
    at the cut are all kept; the workbook lists them all). `minutes` gives the page layout (the
    minutes' wording: margins, fonts, sizes).
    """

    issuing_unit: str | None = None
    parent_agency: str | None = None
    number: str = ""
    place: str | None = None
    report_date: date | None = None
    signer_heading: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: tuple[str, ...] | None = None
    top_items: int = 10
    wording_file: Path | None = None
    office_file: Path | None | bool = True  # True: the data folder's templates/report.yaml, if any
    minutes: MinutesSettings = field(default_factory=MinutesSettings)

    def report_wording(self) -> ReportWording:
        office = office_report_wording_file() if self.office_file is True else self.office_file or None
        overrides: dict[str, object] = {}
        if self.recipients is not None:
            overrides["recipients.lines"] = list(self.recipients)
        if self.place is not None:
            overrides["issuer.place"] = self.place
        return load_report_wording(ReportWordingSettings(
            issuer=self.issuing_unit, parent=self.parent_agency, signer_authority=self.signer_heading,
            signer_title=self.signer_title, signer=self.signer_name, office_file=office,  # type: ignore[arg-type]
            extra_file=self.wording_file, overrides=overrides))


@dataclass(frozen=True)
class ReportResult:
    docx: Path | None
    xlsx: Path | None
    provinces: int
    inspections: int
    recommendations: int  # of the period's inspections
    carried: int = 0  # still open from earlier inspections
    samples: SampleRule = NO_SAMPLES  # sample inspections left out, or a report of sample data only


def build_summary(data: Iterable[InspectionData], template: TemplateLookup, template_id: str, period: Period,
                  recommendations: Iterable[Recommendation], inspections: Iterable[InspectionSummary],
                  today: date) -> NationalSummary:
    """The summary from plain data (see `load_summary` for a Store). `inspections` are every
    inspection known (any checklist), for the recommendations carried over."""
    data = list(data)
    mine, rule = apply_sample_rule([(s, st) for s, st in data if s.template.id == template_id],
                                   counted=lambda s: inspection_year(s) in period)
    tallies = tally_inspections(mine, template, template_id)
    dashboard = dashboard_from_tallies(mine, tallies, template, template_id, period, rule)
    previous = dashboard_from_tallies(mine, tallies, template, template_id, period.previous(), rule)
    years = (tuple(dashboard_from_tallies(mine, tallies, template, template_id, Period.year(y), rule)
                   for y in range(period.first_year, period.last_year + 1)) if period.years > 1 else ())
    # Recommendations carried over from earlier inspections follow the same rule: a sample's
    # open recommendation is not a real province's overdue one.
    inspections = [s for s in inspections if rule.keeps(s)]
    ids = {i for p in dashboard.provinces for i in p.inspection_ids}
    start = date(period.first_year, 1, 1)
    followups, carried = [], []
    for r in build_followups(recommendations, inspections, today):
        if r.recommendation.inspection_id in ids:
            followups.append(r)
        elif (r.state is not FollowUpState.DONE and r.inspection_day is not None and r.inspection_day < start):
            carried.append(r)
    versions = checklist_versions(template, (t.summary for t in tallies if t.year in period))
    return NationalSummary(dashboard, tuple(followups), today, previous, years, tuple(carried),
                           versions[-1] if versions else None)


def load_summary(store: Store, template_id: str, period: Period, *, today: date) -> NationalSummary:
    data = store.inspection_statuses(template_id=template_id)
    return build_summary(data, store.template, template_id, period, store.all_recommendations(),
                         store.list_inspections(), today)


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
        report_wording = settings.report_wording()
        buffer = io.BytesIO()
        write_report_docx(summary, wording, settings, buffer, tick=step, report_wording=report_wording)
        made.append((docx_out, buffer.getvalue()))
        step()
    if xlsx_out is not None:
        buffer = io.BytesIO()
        write_report_xlsx(summary, buffer)
        made.append((xlsx_out, buffer.getvalue()))
        step()
    if cancelled():
        raise Cancelled()
    mode = _new_file_mode()
    for out, data in made:
        write_atomically(out, lambda h, data=data: h.write(data))
        if mode is not None:
            # The temporary file behind the atomic write is private (0600); the report is an
            # ordinary document: the permissions any new file of this user gets (0666 less umask).
            os.chmod(out, mode)
    if progress is not None:
        progress(total, total)
    return ReportResult(docx_out, xlsx_out, len(summary.dashboard.provinces), summary.dashboard.inspections,
                        len(summary.followups), len(summary.carried), summary.dashboard.samples)


def _new_file_mode() -> int | None:
    """0666 less the process's umask (POSIX), without changing the umask when it can be read."""
    if os.name != "posix":
        return None
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
