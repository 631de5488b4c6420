"""Kiến nghị: what the inspected unit must fix, by whom and when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from inspector.domain.status import RecommendationStatus


@dataclass(frozen=True)
class FollowUpEvidence:
    """A file backing a follow-up step (the province's report, a screenshot of the fix).

    Kept in the evidence blob store by SHA-256 like any evidence, but linked to the kiến nghị
    rather than to the inspection: it arrives after the minutes are signed, so it is follow-up,
    outside the seal.
    """

    sha256: str
    file_name: str
    media_type: str = "application/octet-stream"
    size: int = 0
    added_at: datetime | None = None
    added_by: str = ""


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
    evidence: tuple[FollowUpEvidence, ...] = ()  # follow-up files, oldest first

    def is_overdue(self, today: date) -> bool:
        return (
            self.deadline is not None
            and self.status is not RecommendationStatus.DONE
            and today > self.deadline
        )


# Before follow-up evidence had its own field (schema 3 and earlier), a follow-up step named its
# files in the note, one per line; those files are in the blob store and are still honoured.
LEGACY_FILE_LINE = re.compile(r"^Minh chứng: (?P<name>.+) \(SHA-256 (?P<sha>[0-9a-f]{64})\)$", re.MULTILINE)


def followup_blobs(data: dict[str, Any] | None) -> dict[str, str]:
    """SHA-256 → file name of every follow-up file a stored recommendation (its JSON data) names:
    the `evidence` entries and the file lines of older notes."""
    if not data:
        return {}
    out: dict[str, str] = {}
    for m in LEGACY_FILE_LINE.finditer(data.get("note") or ""):
        out.setdefault(m.group("sha"), m.group("name"))
    for e in data.get("evidence") or ():
        out[e["sha256"]] = e.get("file_name", "")
    return out
