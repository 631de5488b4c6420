"""A finding: the inspector's answer to one checklist item."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from inspector.domain.status import FindingStatus


@dataclass(frozen=True)
class Finding:
    """Status, main value (a number or text, per the item's response type), note and figures.

    `figures` holds extra named numbers (e.g. {"muc_3": 120, "muc_4": 15}); `revision` is the id of
    the stored revision this value comes from (empty before it is saved).
    """

    inspection_id: str
    item_id: str
    status: FindingStatus | None = None
    value: float | str | None = None
    note: str = ""
    figures: dict[str, float] = field(default_factory=dict)
    author: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    revision: str = ""

    @property
    def answered(self) -> bool:
        return self.status is not None or self.value not in (None, "")


@dataclass(frozen=True)
class FindingConflict:
    """Two or more concurrent revisions of one finding that sync could not order."""

    inspection_id: str
    item_id: str
    versions: tuple[Finding, ...]
