"""What changed, item by item, between two versions of a checklist.

When the office publishes a corrected version of a checklist (sync), an inspection keeps the
snapshot it was made under; `diff_templates(old, new)` tells the team, per item, what the newer
version says differently: items added or removed, and for items in both the fields that differ
(wording, requirement, guidance, kind, answer type, citations with their texts' in-force dates,
the section it sits in). The window shows it (Inspection ▸ Compare with the newer checklist) and
so does `inspector checklist diff OLD NEW`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from inspector.checklists.citation import cite
from inspector.checklists.template import ChecklistItem, ChecklistTemplate, Citation


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    """One field of an item, as text before and after (`field` is a stable word, see FIELDS)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemChange:
    """One item that differs between the two versions."""

    item_id: str
    kind: ChangeKind
    old: ChecklistItem | None  # None when added
    new: ChecklistItem | None  # None when removed
    fields: tuple[FieldChange, ...] = ()  # for CHANGED: what differs, in FIELDS order

    @property
    def text(self) -> str:
        """The item's wording (the new one when it has one)."""
        return (self.new or self.old).text  # type: ignore[union-attr]


# The fields compared, in the order they are reported.
FIELDS = ("section", "text", "requirement", "guidance", "kind", "response", "citations", "legal_ref",
          "ref_confidence", "probe")


def diff_templates(old: ChecklistTemplate, new: ChecklistTemplate) -> list[ItemChange]:
    """Per-item changes from `old` to `new`: changed and added items in the new version's order,
    then removed items in the old version's order. Identical templates give []."""
    old_items = {it.id: it for it in old.items()}
    new_items = {it.id: it for it in new.items()}
    changes: list[ItemChange] = []
    for item in new.items():
        before = old_items.get(item.id)
        if before is None:
            changes.append(ItemChange(item.id, ChangeKind.ADDED, None, item))
            continue
        fields = tuple(
            FieldChange(name, a, b)
            for name in FIELDS
            if (a := _field(old, before, name)) != (b := _field(new, item, name))
        )
        if fields:
            changes.append(ItemChange(item.id, ChangeKind.CHANGED, before, item, fields))
    for item in old.items():
        if item.id not in new_items:
            changes.append(ItemChange(item.id, ChangeKind.REMOVED, item, None))
    return changes


def _field(template: ChecklistTemplate, item: ChecklistItem, name: str) -> str:
    if name == "section":
        return template.section_of(item.id).title
    if name == "response":
        unit = f" ({item.response.unit})" if item.response.unit else ""
        return f"{item.response.type.value}{unit}"
    if name == "citations":
        return "; ".join(_citation(template, c) for c in item.citations)
    if name == "probe":
        return "" if item.probe is None else repr(item.probe)
    value = getattr(item, name)
    return str(value.value if isinstance(value, enum.Enum) else value)


def _citation(template: ChecklistTemplate, c: Citation) -> str:
    """The citation as the minutes write it, with its text's in-force dates and its confidence:
    a corrected date or number changes what an inspection may cite."""
    try:
        doc = template.document(c.document)
    except KeyError:
        return f"{c.document} (?)"
    until = f"–{doc.in_force_until}" if doc.in_force_until else "–"
    return f"{cite(c, doc)} [{doc.in_force_from or doc.issued}{until}, {c.confidence.value}]"
