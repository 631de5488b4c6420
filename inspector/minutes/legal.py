"""The law as it stood on the inspection date, for the minutes.

Which items the minutes may report (legal items whose basis was in force; figures as context;
practice items only in the working copy), which texts they cite, and in what words: the first
citation of a text in full (type, number, date, issuer, title), later ones short, the pinpoint
as Decree 30/2020 writes it ("điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP"). The words
themselves come from `inspector.checklists.citation`.
"""

from __future__ import annotations

import re
from datetime import date

from inspector.checklists import citation as cit
from inspector.checklists.template import ChecklistItem, ChecklistTemplate, ItemKind, LegalDocument


def kind_of(item: ChecklistItem) -> ItemKind:
    return ItemKind(item.kind)


def is_legal(item: ChecklistItem) -> bool:
    return kind_of(item) is ItemKind.LEGAL


def issued_on(doc: LegalDocument) -> date | None:
    try:
        return date.fromisoformat(doc.issued) if doc.issued else None
    except ValueError:
        return None


def citable_documents(template: ChecklistTemplate, on: date | None) -> dict[str, LegalDocument]:
    """The template's texts that may be cited for an inspection on `on`: issued on or before it
    and in force on it (all texts when the date is unknown)."""
    out = {}
    for doc in template.documents:
        issued = issued_on(doc)
        if on is not None and (issued is None or issued > on or not doc.in_force(on)):
            continue
        out[doc.id] = doc
    return out


def citations_on(template: ChecklistTemplate, item: ChecklistItem, on: date | None) -> tuple:
    """The item's citations whose text may be cited on `on`, in the template's order."""
    allowed = citable_documents(template, on)
    return tuple(c for c in item.citations if c.document in allowed)


def item_reportable(template: ChecklistTemplate, item: ChecklistItem, on: date | None) -> bool:
    """Whether an inspection on `on` shows the item: `ChecklistTemplate.items_for_inspection`
    (the window uses it too) — the items in force that day (legal ones: a basis in force), or
    every item when the date is unknown or outside the template's period."""
    return on is None or not template.applies_on(on) or template.item_in_force(item, on)


class Citer:
    """Writes citations in document order: the first mention of each text in full, then short."""

    def __init__(self, template: ChecklistTemplate, on: date | None):
        self.template = template
        self.on = on
        self.docs = citable_documents(template, on)
        self.seen: set[str] = set()

    def introduce(self, doc_id: str) -> str:
        """The full title of a text, marking it as introduced."""
        self.seen.add(doc_id)
        return cit.full_title(self.docs[doc_id])

    def title(self, doc_id: str) -> str:
        doc = self.docs[doc_id]
        if doc_id in self.seen:
            return cit.short_title(doc)
        self.seen.add(doc_id)
        return cit.full_title(doc)

    def mentions(self, text: str) -> str:
        """`text` (a checklist text) with each citable text it names ("Thông tư số 19/2011/TT-BTTTT")
        cited in document order: in full the first time."""
        for doc_id, doc in self.docs.items():
            short = cit.short_title(doc)
            at = text.find(short)
            if at < 0:
                continue
            title = self.title(doc_id)
            if title != short and text[at + len(short):].startswith(title[len(short):]):
                continue  # already written in full
            text = text[:at] + title + text[at + len(short):]
        return text

    def cite_item(self, item: ChecklistItem) -> str:
        """"điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP; Điều 5 Thông tư số …": the item's
        citations in force, grouped by text (pinpoints of one text joined with "và")."""
        groups: dict[str, list[str]] = {}
        for c in citations_on(self.template, item, self.on):
            pin = cit.pinpoint(c)
            groups.setdefault(c.document, [])
            if pin and pin not in groups[c.document]:
                groups[c.document].append(pin)
        if not self.template.documents:
            return legacy_reference(item.legal_ref)
        parts = []
        for doc_id, pins in groups.items():
            title = self.title(doc_id)
            parts.append(f"{_join(pins)} {title}" if pins else title)
        return "; ".join(parts)


def legacy_reference(text: str) -> str:
    """A free-text reference of an old template snapshot, without its internal remarks in
    brackets ("(cần đối chiếu điều cụ thể)")."""
    text = re.sub(r"\s*\([^()]*\)", "", text or "")
    return re.sub(r"\s+", " ", text).strip(" ;,.")


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]
