"""Seals (finalized inspections) and amendments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Seal:
    """A finalized state: `sha256` of `canonical` (the inspection's canonical JSON)."""

    inspection_id: str
    seq: int
    sha256: str
    sealed_at: datetime
    sealed_by: str


@dataclass(frozen=True)
class Amendment:
    """An explicit reopening of a sealed inspection; the seal it reopened is kept."""

    inspection_id: str
    seal_seq: int
    reason: str
    at: datetime
    by: str
