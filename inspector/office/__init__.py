"""The office view: inspections consolidated across provinces and years.

Modules: `scores` (the compliance formula and competition ranking), `dashboard` (what counts
in each inspection — legal-duty items in force on its date — and provinces ranked for one
checklist and period, by section, items most often "Không đạt"), `yearly` (one province year
over year), `followup` (recommendations and their follow-up), `chart` (matplotlib, no Qt),
`report` (the national summary job: previous period, each year, carried-over recommendations)
with `report_docx` and `report_xlsx`, `wording` (issuer and signer of the report) and `formats`
(percentages, points and dates printed one way).
"""

from inspector.office.dashboard import (
    Dashboard,
    ItemMisses,
    Period,
    ProvinceScore,
    build_dashboard,
    load_dashboard,
)
from inspector.office.followup import (
    FollowUpRow,
    FollowUpState,
    filter_followups,
    followup_files,
    list_followups,
    update_followup,
)
from inspector.office.report import (
    NationalSummary,
    ReportResult,
    ReportSettings,
    build_summary,
    export_national_report,
    load_summary,
)
from inspector.office.scores import (
    StatusCounts,
    competition_ranks,
    compliance_score,
    count_statuses,
)
from inspector.office.yearly import Change, YearComparison, build_comparison, compare_years

__all__ = [
    "Change",
    "Dashboard",
    "FollowUpRow",
    "FollowUpState",
    "ItemMisses",
    "NationalSummary",
    "Period",
    "ProvinceScore",
    "ReportResult",
    "ReportSettings",
    "StatusCounts",
    "YearComparison",
    "build_comparison",
    "build_dashboard",
    "build_summary",
    "compare_years",
    "competition_ranks",
    "compliance_score",
    "count_statuses",
    "export_national_report",
    "filter_followups",
    "followup_files",
    "list_followups",
    "load_dashboard",
    "load_summary",
    "update_followup",
]
