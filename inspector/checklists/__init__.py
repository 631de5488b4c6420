"""Checklist templates: loading, validation, catalog."""

from inspector.checklists.catalog import Catalog, load_catalog
from inspector.checklists.loader import load_template, parse_template
from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    Citation,
    ItemKind,
    LegalDocument,
    ProbeSpec,
    RefConfidence,
    ResponseSpec,
    ResponseType,
    Section,
)

__all__ = [
    "Catalog",
    "ChecklistItem",
    "ChecklistTemplate",
    "Citation",
    "ItemKind",
    "LegalDocument",
    "ProbeSpec",
    "RefConfidence",
    "ResponseSpec",
    "ResponseType",
    "Section",
    "load_catalog",
    "load_template",
    "parse_template",
]
