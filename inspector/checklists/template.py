"""Checklist templates: versioned, immutable lists of what an inspection checks."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.inspection import TemplateRef
from inspector.domain.serialize import canonical_json, from_jsonable, sha256_hex, to_jsonable


class ResponseType(enum.StrEnum):
    STATUS = "status"  # Đạt / Đạt một phần / Không đạt / Không áp dụng
    NUMBER = "number"  # a figure with a unit (and a status if the inspector wants)
    TEXT = "text"  # free text (addresses, names, platform)


class RefConfidence(enum.StrEnum):
    """How sure the legal reference is: high = article text read; medium = from summaries or
    reconstructed numbering; low = check against the official text before relying on it."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class ResponseSpec:
    type: ResponseType
    unit: str = ""


@dataclass(frozen=True)
class ProbeSpec:
    """What the live probe should look for to suggest a status for the item."""

    signals: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    max_age_days: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    legal_ref: str
    ref_confidence: RefConfidence
    guidance: str
    response: ResponseSpec
    probe: ProbeSpec | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class LegalBasis:
    code: str
    title: str
    issued: str | None = None
    effective: str | None = None
    expired: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: str
    title: str
    language: str
    status: str  # "draft" | "approved"
    legal_basis: tuple[LegalBasis, ...]
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    applies_from: str | None = None  # ISO date: inspections on or after it may use the template
    applies_until: str | None = None
    content_hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", template_hash(self))

    @property
    def ref(self) -> TemplateRef:
        return TemplateRef(self.id, self.version, self.content_hash, self.title)

    def items(self) -> Iterator[ChecklistItem]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> ChecklistItem:
        for it in self.items():
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def section_of(self, item_id: str) -> Section:
        for section in self.sections:
            if any(it.id == item_id for it in section.items):
                return section
        raise KeyError(item_id)

    @functools.cached_property
    def item_count(self) -> int:
        return sum(len(s.items) for s in self.sections)


def template_to_dict(template: ChecklistTemplate) -> dict[str, Any]:
    data = to_jsonable(template)
    data.pop("content_hash")
    return data


def template_hash(template: ChecklistTemplate) -> str:
    """SHA-256 of the template's canonical JSON: same content, same hash, whatever the file's
    layout, comments or line endings."""
    return sha256_hex(canonical_json(template_to_dict(template)))


def template_from_dict(data: dict[str, Any]) -> ChecklistTemplate:
    return from_jsonable(ChecklistTemplate, {k: v for k, v in data.items() if k != "content_hash"})


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))
