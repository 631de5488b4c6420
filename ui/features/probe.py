"""The live portal probe in the workspace: a "Live probe" tab and "Probe the portal…" in the
Inspection menu (which brings the tab to the front). The panel itself is `ui.pages.probe_tab`,
imported when the first workspace is built, so the first frame does not pay for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui import actions as A
from ui.pages.tabs import TabSpec, register_workspace_tab

TAB_ID = "probe"


def _probe_tab(ws: Any) -> QWidget:
    from ui.pages.probe_tab import ProbePanel

    return ProbePanel(ws)


def show_probe(window: Any) -> None:
    """Bring the probe tab to the front, with the keyboard on its Run button."""
    ws = window.workspace
    panel = ws.tab_widgets[TAB_ID]
    ws.tabs.setCurrentWidget(panel)
    panel.focus_run()


register_workspace_tab(TabSpec(TAB_ID, QT_TRANSLATE_NOOP("WorkspaceTabs", "Live probe"), _probe_tab, 40))
A.register_action(A.ActionSpec(
    "inspection.probe", QT_TRANSLATE_NOOP("Actions", "&Probe the portal…"), "inspection", show_probe,
    ("Ctrl+Shift+P",),
    QT_TRANSLATE_NOOP("Actions", "Check the portal live over the Internet and propose statuses for the items"),
    requires=frozenset({A.INSPECTION}), order=60, separator_before=True,
))
