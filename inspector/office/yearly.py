"""Year over year: one province's inspections under one checklist, side by side per item.

Columns are the province's inspections, oldest first; rows are the items of every version of the
checklist, matched by id (newest version's order, then items that only older versions had). A
cell says whether the item was in that inspection's checklist version at all: an item missing
from a version is shown as such, never as a failure.

Changes compare each cell with the previous column's, by score (Đạt 1 > Đạt một phần 0.5 >
Không đạt 0). Không áp dụng, an unanswered item, or an item missing from either version cannot
be compared. A row's `change` is the step into the latest column: what improved or got worse
since the previous inspection.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from inspector.checklists.template import ChecklistTemplate
from inspector.domain.inspection import ProvinceRef
from inspector.domain.status import FindingStatus
from inspector.office.dashboard import (
    InspectionData,
    TemplateLookup,
    checklist_versions,
    inspection_date,
    inspection_year,
    tally_inspections,
)
from inspector.office.scores import SCORE_WEIGHTS
from inspector.storage import Store


class Change(enum.StrEnum):
    IMPROVED = "improved"
    WORSE = "worse"
    SAME = "same"
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True)
class YearColumn:
    inspection_id: str
    year: int | None
    day: date | None
    version: str
    score: Fraction | None


@dataclass(frozen=True)
class ItemCell:
    """One item in one inspection: `in_version` False = not in that checklist version."""

    in_version: bool
    status: FindingStatus | None = None


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    text: str
    section: str
    cells: tuple[ItemCell, ...]
    steps: tuple[Change | None, ...]  # change from the previous column (None for the first)

    @property
    def change(self) -> Change:
        """From the previous inspection to the latest."""
        if len(self.steps) < 2:
            return Change.NOT_COMPARABLE
        return self.steps[-1] or Change.NOT_COMPARABLE


@dataclass(frozen=True)
class YearComparison:
    province: ProvinceRef | None
    template_id: str
    columns: tuple[YearColumn, ...]
    rows: tuple[ItemRow, ...]

    def improved(self) -> list[ItemRow]:
        return [r for r in self.rows if r.change is Change.IMPROVED]

    def worse(self) -> list[ItemRow]:
        return [r for r in self.rows if r.change is Change.WORSE]


def step(before: ItemCell, after: ItemCell) -> Change:
    """How an item changed between two inspections."""
    if not (before.in_version and after.in_version) or before.status is None or after.status is None:
        return Change.NOT_COMPARABLE
    a, b = SCORE_WEIGHTS[before.status], SCORE_WEIGHTS[after.status]
    if a is None or b is None:
        return Change.NOT_COMPARABLE
    return Change.IMPROVED if b > a else Change.WORSE if b < a else Change.SAME


def build_comparison(data: Iterable[InspectionData], template: TemplateLookup, template_id: str,
                     province: ProvinceRef | None = None) -> YearComparison:
    """Compare the inspections in `data` of checklist `template_id` (and of `province`)."""
    chosen = [(s, st) for s, st in data if s.template.id == template_id and (
        province is None or (s.province.era, s.province.code) == (province.era, province.code))]
    chosen.sort(key=lambda d: (inspection_date(d[0]) or date.min, d[0].id))
    versions: list[ChecklistTemplate] = checklist_versions(template, (s for s, _ in chosen))
    info: dict[str, tuple[str, str]] = {}
    for version in versions:
        for section in version.sections:
            for item in section.items:
                info[item.id] = (item.text, section.title)
    order: list[str] = []
    for version in reversed(versions):
        order += [item.id for item in version.items() if item.id not in order]
    columns = []
    item_sets = []
    # The column's score is the dashboard's: legal-duty items in force on the day only.
    tallies = tally_inspections(chosen, template, template_id)
    for (s, _), tally in zip(chosen, tallies, strict=True):
        t = template(s.template.content_hash)
        item_sets.append({item.id for item in t.items()})
        columns.append(YearColumn(s.id, inspection_year(s), inspection_date(s), t.version, tally.legal.score))
    rows = []
    for item_id in order:
        cells = tuple(ItemCell(item_id in items, st.get(item_id) if item_id in items else None)
                      for (_, st), items in zip(chosen, item_sets, strict=True))
        steps = tuple(None if n == 0 else step(cells[n - 1], cell) for n, cell in enumerate(cells))
        rows.append(ItemRow(item_id, info[item_id][0], info[item_id][1], cells, steps))
    # The province as named in its latest inspection (names change: Thừa Thiên Huế → Huế).
    named = chosen[-1][0].province if chosen else province
    return YearComparison(named, template_id, tuple(columns), tuple(rows))


def compare_years(store: Store, province: ProvinceRef, template_id: str) -> YearComparison:
    """`build_comparison` on one province's inspections in `store`."""
    return build_comparison(store.inspection_statuses(template_id=template_id, province=province),
                            store.template, template_id, province)
