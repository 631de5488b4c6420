"""Kiến nghị: what the inspected unit must fix, by whom and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from inspector.domain.status import RecommendationStatus


@dataclass(frozen=True)
class Recommendation:
    id: str
    inspection_id: str
    text: str
    responsible_unit: str = ""
    deadline: date | None = None
    status: RecommendationStatus = RecommendationStatus.OPEN
    note: str = ""
    item_ids: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_overdue(self, today: date) -> bool:
        return (
            self.deadline is not None
            and self.status is not RecommendationStatus.DONE
            and today > self.deadline
        )
