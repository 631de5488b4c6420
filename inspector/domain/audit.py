"""The audit trail and the revision log that every change leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    """One field changed: who, when, what, old → new (JSON values), and why if a reason was given."""

    inspection_id: str
    at: datetime
    actor: str
    entity: str  # "inspection" | "finding" | "evidence" | "recommendation" | "seal"
    key: str
    field: str
    old: Any
    new: Any
    reason: str = ""


@dataclass(frozen=True)
class Revision:
    """An immutable version of one record. `parents` are the revisions it replaces.

    Revision ids are the SHA-256 of the revision's canonical content, so the same edit made on
    two devices or imported twice is one revision, and sync is idempotent by construction.
    """

    id: str
    inspection_id: str
    entity: str
    key: str
    parents: tuple[str, ...]
    device: str
    actor: str
    at: datetime
    data: dict[str, Any] | None  # None = tombstone (deleted)
