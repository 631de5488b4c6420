"""Translations: Vietnamese by default, English on request, switchable while running; the .ts is
complete and in step with the code; Qt's own buttons speak Vietnamese too."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from uihelpers import REPO, open_in_window

from inspector.domain import FindingStatus, TeamRole
from ui.i18n import format_number, install_language, parse_number, translate
from ui.models.status import STATUS_ORDER, status_label

sys.path.insert(0, str(REPO / "scripts"))
import update_translations  # noqa: E402

TS = REPO / "resources" / "translations" / "inspector_vi.ts"


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_vietnamese_is_the_default_whatever_the_system_locale(qtbot, make_window):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    from ui.settings import load_settings

    install_language(load_settings().language)  # nothing saved yet: the default
    window = make_window()
    assert menu_titles(window) == ["&Tệp", "&Sửa", "Đ&i tới", "&Kiểm tra", "&Công cụ", "Trợ &giúp"]
    assert window.welcome.title.text() == "Chào mừng đến với Inspector"


def test_switching_language_changes_what_the_user_sees(qtbot, make_window, seeded):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    assert ws.tabs.tabText(0) == "Danh mục kiểm tra"
    assert ws.item_pane.status_buttons.buttons[FindingStatus.NOT_MET].text() == "3  Không đạt"
    assert window.registry["inspection.finalize"].text() == "&Hoàn thành…"
    window.registry["tools.language"].trigger()  # Ctrl+Shift+L
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")  # LanguageChange events are posted
    assert menu_titles(window) == ["&File", "&Edit", "&Go", "&Inspection", "&Tools", "&Help"]
    assert ws.tabs.tabText(0) == "Checklist"
    assert ws.item_pane.status_buttons.buttons[FindingStatus.NOT_MET].text() == "3  Not met"
    assert ws.item_pane.legal_heading.text() == "Legal reference"
    assert window.registry["inspection.finalize"].text() == "&Finalize…"
    assert window.list_page.model.headerData(0, Qt.Orientation.Horizontal) == "Province"
    assert window.save_indicator.text().startswith("✓ All changes saved")
    people = ws.tab_widgets["participants"]  # the group titles and the people tables follow too
    assert people.team_box.title() == "Inspection team"
    assert people.team.table.horizontalHeaderItem(0).text() == "Full name"
    assert people.host.add_button.text() == "Add person"
    from ui.settings import load_settings

    assert load_settings().language == "en"  # remembered for the next start
    window.registry["tools.language"].trigger()
    qtbot.waitUntil(lambda: ws.tabs.tabText(0) == "Danh mục kiểm tra")
    assert window.save_indicator.text().startswith("✓ Đã lưu")


def test_standard_buttons_are_vietnamese(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    SB = QDialogButtonBox.StandardButton
    texts = {b: box.button(b).text() for b in (SB.Ok, SB.Cancel, SB.Yes, SB.No)}
    assert texts == {SB.Ok: "Đồng ý", SB.Cancel: "Hủy", SB.Yes: "&Có", SB.No: "&Không"}
    message = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.No).text() == "&Không"
    install_language("en")
    box2 = QDialogButtonBox(SB.Ok | SB.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(SB.Cancel).text() == "Cancel"


def test_status_and_role_labels_are_the_legal_wording():
    for status in STATUS_ORDER:
        assert status_label(status) == status.label_vi
    from ui.widgets.people_table import role_label

    for role in TeamRole:
        assert role_label(role) == role.label_vi


def test_the_vietnamese_ts_is_complete_and_in_step_with_the_code():
    problems = update_translations.check()  # re-runs pyside6-lupdate on a copy and compares
    assert problems == []
    root = ET.parse(TS).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 300
    for m in messages:
        translation = m.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), m.find("source").text
        assert translation.text, m.find("source").text
        src = m.find("source").text
        for n in range(4):  # every placeholder survives translation
            assert (f"{{{n}}}" in src) == (f"{{{n}}}" in translation.text), src


def test_the_compiled_qm_matches_the_ts():
    qm = TS.with_suffix(".qm")
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1, "run scripts/update_translations.py"
    assert translate("WorkspaceTabs", "Recommendations") == "Kiến nghị"


@pytest.mark.parametrize(("language", "value", "text"), [("vi", 9000, "9.000"), ("en", 9000, "9,000"),
                                                        ("vi", 12.5, "12,5"), ("en", 12.5, "12.5")])
def test_numbers_follow_the_language(language, value, text):
    install_language(language)
    assert format_number(value) == text
    assert parse_number(text) == value


def test_typed_numbers_are_read_leniently():
    assert parse_number("1.5") == 1.5  # a dot typed on a Vietnamese keyboard that cannot be grouping
    assert parse_number(" 1 250 ") == 1250
    assert parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("khoảng 100")
