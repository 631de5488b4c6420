"""Inspection › Export minutes for signing (PDF/A)… from the real main window: shown only where
LibreOffice is installed, enabled only on a finalized inspection, writes a PDF/A the core's
checks accept, off the GUI thread."""

from __future__ import annotations

import pytest
from uihelpers import open_in_window

from inspector.minutes.pdf import find_office
from inspector.storage import Store


@pytest.fixture
def finalized(db_path, nd43, provinces) -> str:
    from inspector.demo_store import create_demo_inspection

    with Store.open(db_path) as store:
        iid = create_demo_inspection(store, nd43, provinces)
        store.finalize(iid, actor="Vũ Quang Huy")
    return iid


@pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")
def test_export_for_signing_writes_a_pdfa_of_the_finalized_inspection(qtbot, make_window, finalized, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from inspector.signing.pdfa import check_pdfa, read_identification
    from ui.features.signing import export_for_signing

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = make_window()
    open_in_window(qtbot, window, finalized)
    action = window.registry["inspection.export_pdfa"]
    assert action.isVisible() and action.isEnabled()
    out = tmp_path / "ky-so.pdf"
    task = export_for_signing(window, str(out))
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    assert task is not None and out.is_file(), shown
    assert "2" in shown[0] and str(out) in shown[0]
    assert check_pdfa(out) == []
    assert read_identification(out)["inspectionId"] == finalized


def test_export_for_signing_is_hidden_without_libreoffice(qtbot, make_window, finalized, tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    window = make_window()
    open_in_window(qtbot, window, finalized)
    assert not window.registry["inspection.export_pdfa"].isVisible()


def test_export_for_signing_is_disabled_on_a_draft(qtbot, make_window, seeded):
    window = make_window()
    open_in_window(qtbot, window, seeded)
    assert not window.registry["inspection.export_pdfa"].isEnabled()
