"""Issue 15, found by driving the real app through a day on site: each finding as a test on the real
main window over a real database."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication
from test_ui_office import office_db, open_office  # noqa: F401 - fixture
from uihelpers import open_in_window


@pytest.fixture
def uncaught(monkeypatch):
    """Call it after building the window (which installs its crash handler): returns the list of
    every exception that reaches sys.excepthook, where the app says "unexpected error"."""
    seen: list[BaseException] = []

    def watch() -> list[BaseException]:
        monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))
        return seen
    return watch


def test_closing_the_office_view_raises_nothing(qtbot, make_window, office_db, uncaught):  # noqa: F811
    window = make_window()
    seen = uncaught()
    for _ in range(2):
        office = open_office(qtbot, window)
        office.close()
        qtbot.waitUntil(lambda: window.office_window is None)
        QApplication.processEvents()
    assert seen == []
