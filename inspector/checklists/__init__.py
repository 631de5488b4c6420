"""Checklist templates: loading, validation, catalog.

The names below are imported from their modules on first use (PEP 562): the store needs only
the template model (`inspector.checklists.template`), and importing this package must not load
the strict loader and YAML with it (a fifth of the desktop app's start-up to its list).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "Catalog": "catalog",
    "load_catalog": "catalog",
    "load_template": "loader",
    "parse_template": "loader",
    "ChecklistItem": "template",
    "ChecklistTemplate": "template",
    "Citation": "template",
    "ItemKind": "template",
    "LegalDocument": "template",
    "ProbeSpec": "template",
    "RefConfidence": "template",
    "ResponseSpec": "template",
    "ResponseType": "template",
    "Section": "template",
}

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once found, an ordinary module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
