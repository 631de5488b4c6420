"""Evidence: a file (photo, scan, saved page) backing a finding, stored by its SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from inspector.domain.status import EvidenceSource


@dataclass(frozen=True)
class Evidence:
    id: str
    inspection_id: str
    sha256: str
    file_name: str
    media_type: str
    size: int
    caption: str = ""
    item_id: str | None = None
    source: EvidenceSource = EvidenceSource.FILE
    url: str | None = None  # for probe evidence: the fetched address
    captured_at: datetime | None = None
    added_by: str = ""
