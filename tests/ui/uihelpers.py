"""Shared constants and small helpers of the UI tests (a module of its own: `conftest` is a
name several test folders use)."""

from __future__ import annotations

from pathlib import Path

from inspector.domain import ProvinceRef

REPO = Path(__file__).resolve().parents[2]
PHU_THO = ProvinceRef("63", "25", "Tỉnh Phú Thọ")
ACTOR = "Nguyễn Văn An"


def open_in_window(qtbot, window, inspection_id: str):
    """Open an inspection in the main window and wait until the workspace shows it."""
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000):
        window.open_inspection(inspection_id)
    return window.workspace
