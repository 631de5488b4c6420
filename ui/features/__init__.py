"""Features that plug into the main window: each module registers its actions (and workspace
tabs) when imported, and `load_features` imports them all before the first window is built.

A feature module must stay cheap to import: handlers import their dialogs, pages and core
modules when they are first used, so the window's first frame does not pay for them.
"""

from __future__ import annotations

import importlib

# One line per feature; the order does not matter (menus order their entries by ActionSpec.order).
FEATURE_MODULES: tuple[str, ...] = (
    "help",
    "export",
    "probe",
    "office",
    "sync",
    "signing",
    "checklist_changes",
)

_loaded = False


def load_features() -> None:
    """Import every feature module once (idempotent)."""
    global _loaded
    if _loaded:
        return
    for name in FEATURE_MODULES:
        importlib.import_module(f"ui.features.{name}")
    _loaded = True


def _notify(hook_name: str, window: object) -> None:
    for name in FEATURE_MODULES:
        hook = getattr(importlib.import_module(f"ui.features.{name}"), hook_name, None)
        if hook is not None:
            hook(window)


def notify_database_opened(window: object) -> None:
    """Tell every feature module that defines `on_database_opened(window)` that the window
    opened a database (at start, and after switching to or from the sample data)."""
    _notify("on_database_opened", window)


def notify_data_changed(window: object) -> None:
    """Tell every feature module that defines `on_data_changed(window)` that the data changed
    outside the main window's editors (e.g. a sync merged other computers' work), so views that
    show it read it again. The feature that changed the data need not know who listens."""
    _notify("on_data_changed", window)
