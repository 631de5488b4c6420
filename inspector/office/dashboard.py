"""The dashboard: provinces ranked by compliance for one checklist and a period, and the items
most often "Không đạt" across provinces.

Mixed checklist versions: inspections of every version of the chosen checklist (same template
id) are taken together and items are matched by id. An item that is not in the version an
inspection was made under is simply not counted for it (it is neither a failure nor unanswered);
the item's text is taken from the newest version that has it.

The year of an inspection is the year it started (an inspection without a start date counts in
the year it was last changed), as stored (UTC; inspections happen in office hours, far from
midnight in Vietnam).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from inspector.checklists.template import ChecklistTemplate, version_key
from inspector.collation import vietnamese_sort_key
from inspector.domain.inspection import InspectionSummary, ProvinceRef
from inspector.domain.status import FindingStatus
from inspector.errors import InvalidInputError
from inspector.office.scores import StatusCounts, competition_ranks, count_statuses
from inspector.storage import Store

Statuses = Mapping[str, FindingStatus | None]
InspectionData = tuple[InspectionSummary, Statuses]
TemplateLookup = Callable[[str], ChecklistTemplate]
"""template(content_hash) → the checklist version (the Store's `template`)."""


@dataclass(frozen=True, order=True)
class Period:
    """Whole years, both ends included: Period(2016, 2016) is the year 2016."""

    first_year: int
    last_year: int

    def __post_init__(self) -> None:
        if self.first_year > self.last_year:
            raise InvalidInputError("period", (self.first_year, self.last_year), "the first year is after the last")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year, year)

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first_year <= year <= self.last_year

    @property
    def label(self) -> str:
        """"2016" or "2012–2016"."""
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class ProvinceScore:
    """One row of the dashboard's table."""

    province: ProvinceRef  # as named in its latest inspection of the period
    inspections: int
    counts: StatusCounts
    score: Fraction | None
    rank: int | None
    last_inspection: date | None
    last_inspection_id: str
    inspection_ids: tuple[str, ...]

    @property
    def score_float(self) -> float | None:
        return None if self.score is None else float(self.score)


@dataclass(frozen=True)
class ItemMisses:
    """How often one checklist item was "Không đạt" across provinces."""

    item_id: str
    text: str
    legal_ref: str
    section: str
    provinces_not_met: int  # provinces with at least one "Không đạt" on the item
    provinces_assessed: int  # provinces with a scorable status on it (Đạt / một phần / Không đạt)
    not_met: int  # findings "Không đạt" (several per province over several years)
    partly: int
    assessed: int  # scorable findings
    in_versions: tuple[str, ...]  # checklist versions that have the item

    @property
    def miss_rate(self) -> float | None:
        """Share of assessed provinces where the item was "Không đạt"."""
        return self.provinces_not_met / self.provinces_assessed if self.provinces_assessed else None


@dataclass(frozen=True)
class Dashboard:
    template_id: str
    title: str
    versions: tuple[str, ...]  # checklist versions among the inspections, oldest first
    period: Period
    provinces: tuple[ProvinceScore, ...]  # by rank, unranked last, then by name
    items: tuple[ItemMisses, ...]  # most often "Không đạt" first
    totals: StatusCounts
    inspections: int

    @property
    def national_score(self) -> Fraction | None:
        """All findings of the period pooled (each finding weighs the same)."""
        return self.totals.score

    @property
    def mean_score(self) -> Fraction | None:
        """Mean of the provinces' scores (each province weighs the same)."""
        scores = [p.score for p in self.provinces if p.score is not None]
        return sum(scores, Fraction(0)) / len(scores) if scores else None


def inspection_year(summary: InspectionSummary) -> int | None:
    when = summary.started_at or summary.updated_at
    return when.year if when else None


def inspection_date(summary: InspectionSummary) -> date | None:
    when = summary.started_at or summary.updated_at
    return when.date() if when else None


def build_dashboard(data: Iterable[InspectionData], template: TemplateLookup, template_id: str,
                    period: Period) -> Dashboard:
    """Aggregate `data` (what `Store.inspection_statuses` returns) for checklist `template_id`
    over `period`. Inspections of other checklists or years are ignored."""
    chosen = [(s, st) for s, st in data
              if s.template.id == template_id and inspection_year(s) in period]
    versions = checklist_versions(template, (s for s, _ in chosen))
    by_province: dict[tuple[str, str], list[InspectionData]] = {}
    for s, st in chosen:
        by_province.setdefault((s.province.era, s.province.code), []).append((s, st))

    rows: list[tuple[ProvinceRef, list[InspectionData], StatusCounts]] = []
    for group in by_province.values():
        group.sort(key=lambda d: (inspection_date(d[0]) or date.min, d[0].id))
        counts = StatusCounts()
        for s, st in group:
            counts = counts + count_statuses(st.values(), template(s.template.content_hash).item_count)
        rows.append((group[-1][0].province, group, counts))
    ranks = competition_ranks([c.score for _, _, c in rows])
    provinces = [
        ProvinceScore(
            province=province, inspections=len(group), counts=counts, score=counts.score, rank=rank,
            last_inspection=inspection_date(group[-1][0]), last_inspection_id=group[-1][0].id,
            inspection_ids=tuple(s.id for s, _ in group))
        for (province, group, counts), rank in zip(rows, ranks, strict=True)
    ]
    provinces.sort(key=lambda p: (p.rank is None, p.rank or 0, vietnamese_sort_key(p.province.name), p.province.code))
    totals = sum((p.counts for p in provinces), StatusCounts())
    latest = versions[-1] if versions else None
    return Dashboard(
        template_id=template_id, title=latest.title if latest else template_id,
        versions=tuple(v.version for v in versions), period=period, provinces=tuple(provinces),
        items=tuple(_item_misses(chosen, versions)), totals=totals, inspections=len(chosen),
    )


def checklist_versions(template: TemplateLookup, summaries: Iterable[InspectionSummary]) -> list[ChecklistTemplate]:
    """The checklist versions the inspections were made under, oldest first."""
    hashes = {s.template.content_hash for s in summaries}
    found = [template(h) for h in hashes]
    return sorted(found, key=lambda t: (_safe_version(t.version), t.content_hash))


def _safe_version(version: str) -> tuple[int, ...]:
    try:
        return version_key(version)
    except ValueError:
        return ()


@dataclass
class _ItemTally:
    provinces_not_met: set[tuple[str, str]]
    provinces_assessed: set[tuple[str, str]]
    not_met: int = 0
    partly: int = 0
    assessed: int = 0


def _item_misses(chosen: Sequence[InspectionData], versions: Sequence[ChecklistTemplate]) -> list[ItemMisses]:
    """Items by how many provinces missed them, then by how many findings, then checklist order."""
    info: dict[str, tuple[str, str, str]] = {}
    order: dict[str, int] = {}
    holders: dict[str, list[str]] = {}
    for version in versions:  # oldest first: the newest text wins, the newest order too
        for section in version.sections:
            for item in section.items:
                info[item.id] = (item.text, item.legal_ref, section.title)
                holders.setdefault(item.id, []).append(version.version)
    for version in reversed(versions):
        for item in version.items():
            order.setdefault(item.id, len(order))
    tallies = {item_id: _ItemTally(set(), set()) for item_id in info}
    for s, statuses in chosen:
        key = (s.province.era, s.province.code)
        for item_id, status in statuses.items():
            tally = tallies.get(item_id)
            if tally is None or status is None or status is FindingStatus.NOT_APPLICABLE:
                continue
            tally.assessed += 1
            tally.provinces_assessed.add(key)
            if status is FindingStatus.NOT_MET:
                tally.not_met += 1
                tally.provinces_not_met.add(key)
            elif status is FindingStatus.PARTLY_MET:
                tally.partly += 1
    out = [
        ItemMisses(item_id=item_id, text=info[item_id][0], legal_ref=info[item_id][1], section=info[item_id][2],
                   provinces_not_met=len(t.provinces_not_met), provinces_assessed=len(t.provinces_assessed),
                   not_met=t.not_met, partly=t.partly, assessed=t.assessed,
                   in_versions=tuple(dict.fromkeys(holders[item_id])))
        for item_id, t in tallies.items()
    ]
    out.sort(key=lambda m: (-m.provinces_not_met, -m.not_met, order[m.item_id]))
    return out


def load_dashboard(store: Store, template_id: str, period: Period) -> Dashboard:
    """`build_dashboard` on a Store's data (two queries; see `Store.inspection_statuses`)."""
    return build_dashboard(store.inspection_statuses(template_id=template_id), store.template,
                           template_id, period)
