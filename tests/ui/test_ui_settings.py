"""Settings: stored with QSettings, used by the new-inspection dialog, the data folder switch."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import type_text

from inspector.storage import Store
from ui.settings import AppSettings, load_settings, open_qsettings


def test_settings_are_saved_and_fill_the_new_inspection_dialog(qtbot, make_window):
    window = make_window(settings=AppSettings())
    window.registry["edit.settings"].trigger()
    dialog = window.settings_dialog
    type_text(dialog.name, "Lê Thu Hà")
    type_text(dialog.title, "Chuyên viên")
    type_text(dialog.unit, "Cục Chuyển đổi số quốc gia")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = load_settings()
    assert (saved.inspector_name, saved.inspector_title, saved.inspector_unit) == (
        "Lê Thu Hà", "Chuyên viên", "Cục Chuyển đổi số quốc gia")
    assert saved.language == "vi"
    keys = set(open_qsettings().allKeys())
    assert not {k for k in keys if "pass" in k.lower() or "token" in k.lower()}
    window.new_inspection()
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None and window.new_dialog.isVisible(),
                    timeout=10_000)
    member = window.new_dialog.team.team()[0]
    assert (member.name, member.title, member.unit) == ("Lê Thu Hà", "Chuyên viên", "Cục Chuyển đổi số quốc gia")


def test_changing_the_data_folder_opens_the_database_there(qtbot, make_window, tmp_path, seeded, settings):
    window = make_window()
    assert window.list_page.model.rowCount() == 1
    other = tmp_path / "other-folder"
    new = AppSettings(**{**settings.__dict__, "data_dir": str(other)})
    with qtbot.waitSignal(window.list_page.loaded, timeout=10_000):
        window.apply_settings(new)
    assert window.database == other / "inspector.sqlite3"
    assert load_settings().data_dir == str(other)
    with Store.open(other / "inspector.sqlite3") as store:
        assert store.list_inspections() == []
