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
    from inspector.checklists.catalog import load_catalog
    from inspector.sample import import_sample

    with Store.open(db_path) as store:
        iid = import_sample(store, load_catalog().get, everything=False)
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


def test_signing_settings_saved_for_this_user_over_the_office_defaults(qtbot, make_window, seeded, tmp_path):
    from inspector.signing.settings import (
        load_signing_settings,
        office_signing_file,
        user_signing_file,
    )
    from ui.features.signing import signing_settings

    window = make_window()
    office = office_signing_file(window.main_database.parent)
    office.parent.mkdir(parents=True, exist_ok=True)
    office.write_text("seal_image: D:/dau/cuc.png\nagency: Cục Tin học hóa\ntsa_url: http://127.0.0.1:9/tsa\n",
                      encoding="utf-8")
    dialog = signing_settings(window)
    assert dialog.seal_image.placeholderText() == "D:/dau/cuc.png" and dialog.seal_image.text() == ""
    assert dialog.agency.placeholderText() == "Cục Tin học hóa"
    dialog.signature_image.setText(str(tmp_path / "chu-ky.png"))
    dialog.module.setText("/usr/lib/softhsm/libsofthsm2.so")
    dialog.cas.setPlainText(f"{tmp_path / 'root.pem'}\n\n")
    dialog.accept()
    assert user_signing_file().is_file()
    merged = load_signing_settings(office, user_signing_file())
    assert merged.signature_image == tmp_path / "chu-ky.png" and merged.seal_image.as_posix() == "D:/dau/cuc.png"
    assert merged.pkcs11_module == "/usr/lib/softhsm/libsofthsm2.so" and merged.agency == "Cục Tin học hóa"
    assert merged.ca_files == (tmp_path / "root.pem",)
    assert "pin" not in user_signing_file().read_text(encoding="utf-8").lower()


def test_signing_settings_name_what_in_the_images_differs_from_decree_30(qtbot, make_window, seeded, tmp_path):
    """A JPEG signature and a seal PNG without its resolution are named before anyone signs."""
    from PIL import Image, ImageDraw

    from ui.features.signing import signing_settings

    sig = Image.new("RGB", (300, 120), (255, 255, 255))
    ImageDraw.Draw(sig).line([(20, 90), (150, 20), (280, 90)], fill=(20, 40, 200), width=6)
    sig.save(tmp_path / "chu-ky.jpg")
    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((8, 8, 192, 192), outline=(220, 20, 20, 255), width=10)
    seal.save(tmp_path / "dau.png")
    window = make_window()
    dialog = signing_settings(window)
    dialog.signature_image.setText(str(tmp_path / "chu-ky.jpg"))
    dialog.seal_image.setText(str(tmp_path / "dau.png"))
    notes = dialog.image_notes.text()
    assert "chu-ky.jpg: Ảnh không phải định dạng PNG" in notes and "nền trong suốt" in notes
    assert "dau.png: Ảnh con dấu không ghi độ phân giải" in notes
    dialog.seal_image.setText(str(tmp_path / "khong-co.png"))
    assert "khong-co.png" in dialog.image_notes.text()
    dialog.reject()


def test_tools_sign_a_pdf_opens_on_the_open_inspection(qtbot, make_window, finalized):
    from ui.features.signing import sign_a_pdf

    window = make_window()
    open_in_window(qtbot, window, finalized)
    dialog = sign_a_pdf(window)
    assert dialog.inspection_id == window.workspace.record.inspection.id
    assert window.registry["tools.sign_pdf"].isEnabled()
    dialog.reject()
