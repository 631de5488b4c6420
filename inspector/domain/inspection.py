"""The inspection header: who inspected whom, where, when, under which checklist."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from inspector.domain.serialize import omitted_if_default
from inspector.domain.status import InspectionStatus, TeamRole

# Inspections take place in Vietnam: the day an inspection happened is its start time in UTC+7.
INSPECTION_TZ = timezone(timedelta(hours=7), "ICT")


@dataclass(frozen=True)
class TemplateRef:
    """The exact checklist an inspection was made under (content hash included)."""

    id: str
    version: str
    content_hash: str
    title: str = ""


@dataclass(frozen=True)
class ProvinceRef:
    """A province as it was named at inspection time. Keyed by era + code, never code alone."""

    era: str  # "63" (before 1/7/2025) or "34" (from 1/7/2025)
    code: str
    name: str


@dataclass(frozen=True)
class TeamMember:
    name: str
    title: str = ""
    unit: str = ""
    role: TeamRole = TeamRole.MEMBER
    # "Ông" or "Bà", as the minutes name the person ("" = not recorded; a name typed as
    # "Bà Nguyễn Thị Lan" also gives it). Left out of the stored form while empty, so records
    # sealed before the field existed keep their seals.
    honorific: str = omitted_if_default("")


@dataclass(frozen=True)
class Participant:
    """A representative of the inspected unit (or another invited body)."""

    name: str
    title: str = ""
    unit: str = ""
    honorific: str = omitted_if_default("")  # "Ông" / "Bà", see TeamMember


@dataclass(frozen=True)
class Inspection:
    id: str
    template: TemplateRef
    province: ProvinceRef
    inspected_unit: str
    portal_url: str = ""
    dvc_url: str = ""
    basis: str = ""  # căn cứ: decision / plan the team works under
    plan_number: str = ""
    place: str = ""
    started_at: datetime | None = None
    ended_at: datetime | None = None
    team: tuple[TeamMember, ...] = ()
    host_participants: tuple[Participant, ...] = ()
    minutes_number: str = ""  # Số biên bản; often left blank for the clerk
    conclusion: str = ""
    host_opinion: str = ""  # Ý kiến của đơn vị được kiểm tra
    status: InspectionStatus = InspectionStatus.DRAFT
    created_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Sample (demonstration) data, not a real inspection: marked as such on every output. Left out
    # of the canonical form while False, so inspections sealed before the field existed keep their seals.
    sample: bool = omitted_if_default(False)

    @property
    def year(self) -> int | None:
        when = self.started_at or self.created_at
        return when.year if when else None

    @property
    def day(self) -> date | None:
        """The inspection's date in Vietnam (start, else creation); decides which law applies."""
        when = self.started_at or self.created_at
        return when.astimezone(INSPECTION_TZ).date() if when else None

    @property
    def head_of_team(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is TeamRole.HEAD), None)


@dataclass(frozen=True)
class InspectionSummary:
    """One row of the inspection list: enough to show, filter and sort without loading findings."""

    id: str
    province: ProvinceRef
    inspected_unit: str
    template: TemplateRef
    status: InspectionStatus
    started_at: datetime | None
    updated_at: datetime | None
    answered: int
    total: int
    not_met: int
    conflicts: int = 0
    search_text: str = field(default="", repr=False)
    sample: bool = False  # shipped sample data ("DỮ LIỆU MẪU"): never synced, never in a real report

    @property
    def progress(self) -> float:
        return self.answered / self.total if self.total else 0.0
