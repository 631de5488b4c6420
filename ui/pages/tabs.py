"""The registry of workspace tabs, in a module of its own so that a feature can register its tab
when it is imported (before the first frame) without paying for the workspace page's imports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.pages.workspace import WorkspacePage


@dataclass(frozen=True)
class TabSpec:
    id: str
    title: str  # English source text in the "WorkspaceTabs" context
    factory: Callable[[WorkspacePage], QWidget]
    order: int = 100


WORKSPACE_TABS: dict[str, TabSpec] = {}


def register_workspace_tab(spec: TabSpec) -> None:
    """Add a tab to every workspace created afterwards (e.g. the live probe)."""
    WORKSPACE_TABS[spec.id] = spec
