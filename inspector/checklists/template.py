"""Checklist templates: versioned, immutable lists of what an inspection checks."""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.inspection import TemplateRef
from inspector.domain.serialize import (
    canonical_json,
    from_jsonable,
    omitted_if_default,
    sha256_hex,
    to_jsonable,
)


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

    @property
    def rank(self) -> int:
        return _CONFIDENCE_RANK[self]


_CONFIDENCE_RANK = {RefConfidence.LOW: 0, RefConfidence.MEDIUM: 1, RefConfidence.HIGH: 2}


class ItemKind(enum.StrEnum):
    """What an item checks, which decides whether it counts in compliance scores."""

    LEGAL = "legal"  # a duty set by a legal text: counts in compliance scores
    PRACTICE = "practice"  # guidance letters, evaluation criteria, good practice: shown and reported apart, never scored
    FIGURE = "figure"  # figures and context for the minutes (addresses, counts): never scored


def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class LegalDocument:
    """A legal text (or guidance letter) a template cites, declared once in `documents:`."""

    id: str  # key used by citations, e.g. "nd43-2011"
    doc_type: str  # "Nghị định", "Thông tư", "Luật", "Quyết định", "Công văn"
    number: str  # "43/2011/NĐ-CP"
    issued: str  # ISO date signed
    issuer: str  # "Chính phủ", "Bộ Thông tin và Truyền thông"
    title: str  # the name after the type ("quy định về …")
    in_force_from: str | None = None  # ISO date
    in_force_until: str | None = None  # ISO date of the LAST day in force (None: still in force)
    source: str = ""  # where its text/metadata was read (URL or office document)
    checked: str = ""  # ISO date it was read
    note: str = ""  # internal, never in official output
    # Reported, not read: the last day in force according to secondary sources, when the text
    # that would end it has not been read. It changes nothing the checklist shows or scores (only
    # a text read sets `in_force_until`); the app warns an inspection dated after it to check the
    # law first. `reported_source` says who reports it.
    reported_until: str | None = omitted_if_default(None)
    reported_source: str = omitted_if_default("")

    def in_force(self, on: datetime.date) -> bool:
        """In force on `on` (both ends inclusive). Without an in-force date, from the day it was
        issued (guidance letters apply when sent)."""
        start = _date(self.in_force_from) or _date(self.issued)
        end = _date(self.in_force_until)
        return (start is None or start <= on) and (end is None or on <= end)


@dataclass(frozen=True)
class Citation:
    """One pinpoint reference to a declared document: article, clause, point (or a range)."""

    document: str  # LegalDocument.id
    article: str = ""  # "10"
    clause: str = ""  # "1"
    point: str = ""  # "a", "đ"
    article_to: str = ""  # end of a range: article="4", article_to="9" → "từ Điều 4 đến Điều 9"
    confidence: RefConfidence = RefConfidence.LOW
    source: str = ""  # where the article's text was read
    checked: str = ""  # ISO date read
    note: str = ""  # internal
    # Knowingly cites a text outside the template's period (e.g. a later circular a 2011–2022
    # template still mentions); the loader refuses such a citation unless this is set.
    outside_period: bool = omitted_if_default(False)


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
    # The fields below came after templates were first stored: left out of the snapshot while
    # at their defaults, so old snapshots keep their content hash.
    kind: ItemKind = omitted_if_default(ItemKind.LEGAL)
    citations: tuple[Citation, ...] = omitted_if_default(())
    requirement: str = omitted_if_default("")  # the duty as a statement, for the minutes

    @property
    def scored(self) -> bool:
        """Counts in compliance scores (a legal duty); practice and figure items never do."""
        return self.kind is ItemKind.LEGAL

    @property
    def statement(self) -> str:
        """The requirement as the minutes print it (the item's text when none is written)."""
        return self.requirement or self.text


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
    documents: tuple[LegalDocument, ...] = omitted_if_default(())

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

    @functools.cached_property
    def _documents(self) -> dict[str, LegalDocument]:
        return {d.id: d for d in self.documents}

    def document(self, doc_id: str) -> LegalDocument:
        """The declared document `doc_id` (KeyError if the template does not declare it)."""
        return self._documents[doc_id]

    def applies_on(self, on: datetime.date) -> bool:
        """Whether an inspection on `on` may use this template (its validity period)."""
        start, end = _date(self.applies_from), _date(self.applies_until)
        return (start is None or start <= on) and (end is None or on <= end)

    def citations_in_force(self, item: ChecklistItem, on: datetime.date) -> tuple[Citation, ...]:
        """The item's citations whose document is in force on `on` (what may be cited then)."""
        return tuple(c for c in item.citations if c.document in self._documents and self.document(c.document).in_force(on))

    def item_in_force(self, item: ChecklistItem, on: datetime.date) -> bool:
        """Whether an inspection on `on` shows (and, if legal, scores) the item.

        A legal item needs at least one citation whose document is in force on that date. A
        practice or figure item applies while the template does; if it cites documents (a
        guidance letter, an evaluation method), only while one of them is in force. In a snapshot
        made before templates declared documents, every item applies (nothing is known of dates).
        """
        if not self.documents:
            return True
        cited = self.citations_in_force(item, on)
        if item.kind is ItemKind.LEGAL:
            return bool(cited)
        return self.applies_on(on) and (bool(cited) or not item.citations)

    def items_in_force(self, on: datetime.date) -> list[ChecklistItem]:
        """The items an inspection on `on` shows, in template order."""
        # Which items are in force depends only on which declared texts are in force that day (and
        # on the template's own period): computed once per such set, not once per day asked (the
        # list of inspections and the office's tallies ask for every inspection's date).
        key = (self.applies_on(on), frozenset(d.id for d in self.documents if d.in_force(on)))
        found = self._in_force_by_texts.get(key)
        if found is None:
            found = self._in_force_by_texts[key] = tuple(it for it in self.items() if self.item_in_force(it, on))
        return list(found)

    @functools.cached_property
    def _in_force_by_texts(self) -> dict[tuple[bool, frozenset[str]], tuple[ChecklistItem, ...]]:
        return {}

    def reported_ended(self, on: datetime.date | None) -> list[LegalDocument]:
        """Documents the template cites that secondary sources report as no longer in force on
        `on` (`LegalDocument.reported_until`), though no text read says so: the inspector checks
        the law before relying on the items that cite them."""
        if on is None:
            return []
        cited = {c.document for it in self.items() for c in it.citations}
        return [d for d in self.documents if d.id in cited and d.reported_until
                and _date(d.reported_until) < on and d.in_force(on)]

    def ended_before(self, on: datetime.date | None) -> list[LegalDocument]:
        """Documents the template cites whose (read) end date is before `on`, when `on` is after
        the template's own period: the text it checks was no longer law on that day, and the
        inspector should know before relying on the items (which are then shown unfiltered)."""
        if on is None or self.applies_until is None or _date(self.applies_until) >= on:
            return []
        cited = {c.document for it in self.items() for c in it.citations}
        return [d for d in self.documents if d.id in cited and d.in_force_until and _date(d.in_force_until) < on]

    def items_for_inspection(self, on: datetime.date | None) -> list[ChecklistItem]:
        """The items an inspection dated `on` shows and counts: those in force on that day when
        the template applies then; every item when the date is unknown or outside the template's
        period (a mismatch the new-inspection dialog prevents; filtering would hide nearly all)."""
        if on is None or not self.applies_on(on):
            return list(self.items())
        return self.items_in_force(on)


def template_to_dict(template: ChecklistTemplate) -> dict[str, Any]:
    data = to_jsonable(template)
    data.pop("content_hash")
    return data


def template_hash(template: ChecklistTemplate) -> str:
    """SHA-256 of the template's canonical JSON: same content, same hash, whatever the file's
    layout, comments or line endings."""
    return sha256_hex(canonical_json(template_to_dict(template)))


def template_from_dict(data: dict[str, Any], *, content_hash: str = "") -> ChecklistTemplate:
    """The template of `data` (as `template_to_dict` wrote it). Its hash is computed from the
    content, unless the caller has already checked `content_hash` against the very bytes of
    `data`'s canonical JSON (the store's snapshots): rebuilding that JSON took half the load."""
    fields = {k: v for k, v in data.items() if k != "content_hash"}
    if content_hash:
        fields["content_hash"] = content_hash
    return from_jsonable(ChecklistTemplate, fields)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))
