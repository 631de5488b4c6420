"""How many items were checked and with what result, per checklist section: ONE function used
by the window's Summary tab and by the minutes, so that the two never disagree.

Items counted: those the checklist applies on the inspection date (legal items whose basis was
in force, figures and practice while the template applies) and, for the minutes, not the
"tổng hợp" items that feed the conclusions. Results by status count legal items only: figures
and good practice are not findings of compliance with the law.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from inspector.checklists.template import ChecklistItem, ChecklistTemplate, Section
from inspector.domain import Finding, FindingStatus, Inspection
from inspector.minutes.legal import is_legal, item_reportable


@dataclass(frozen=True)
class SectionCount:
    number: int  # 1-based position of the section in the template
    section: Section
    total: int  # items counted
    answered: int  # of them, answered
    by_status: dict[FindingStatus, int] = field(default_factory=dict)  # legal items only
    item_ids: frozenset[str] = frozenset()  # the items counted

    def counts(self, item: ChecklistItem) -> bool:
        return item.id in self.item_ids

    @property
    def assessed(self) -> int:
        """Legal items given a status (what "Đoàn kiểm tra đã kiểm tra N nội dung" counts)."""
        return sum(self.by_status.values())


def inspection_day(inspection: Inspection) -> date | None:
    """The inspection date in Vietnam time: the day it started (else the day it was created)."""
    return inspection.day


def count_sections(template: ChecklistTemplate, findings: Mapping[str, Finding], *,
                   on: date | None = None, skip: Collection[str] = ()) -> list[SectionCount]:
    """Per section (in template order): items counted, answered, and results by status.
    `on`: the inspection date (items not applicable on it are left out); `skip`: item ids not
    to count (the minutes' summary items)."""
    out = []
    for number, section in enumerate(template.sections, 1):
        by_status = dict.fromkeys(FindingStatus, 0)
        total = answered = 0
        ids = set()
        for item in section.items:
            if item.id in skip or not item_reportable(template, item, on):
                continue
            total += 1
            ids.add(item.id)
            f = findings.get(item.id)
            if f is None:
                continue
            if f.answered:
                answered += 1
            if f.status is not None and is_legal(item):
                by_status[f.status] += 1
        out.append(SectionCount(number, section, total, answered, by_status, frozenset(ids)))
    return out
