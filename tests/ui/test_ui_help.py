"""Delivery in the window: the first-run welcome, the Help menu (manual, log folder, About), the
desktop identity, and a log that keeps no note text after a real editing session.

Opening folders goes through QDesktopServices.openUrl; the tests catch those requests with Qt's
own hook, `QDesktopServices.setUrlHandler("file", …)`, so the real code path runs up to the point
where the system's file manager would start.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton
from uihelpers import ACTOR, REPO, open_in_window, type_text

from inspector import about, paths
from ui.settings import WELCOME_DONE, WELCOME_SKIPPED, load_settings, needs_welcome

MARKER = "GHICHU-BIMAT-7Q2"


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices.openUrl would hand to the system."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def capture(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "capture")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def first_run_window(qtbot, make_window, db_path):
    settings = load_settings()
    window = make_window(settings=settings, database=db_path, first_run=needs_welcome(settings))
    return window


def wait_for_welcome(qtbot, window):
    qtbot.waitUntil(lambda: window.first_run_dialog is not None and window.first_run_dialog.isVisible(),
                    timeout=5000)
    return window.first_run_dialog


# ------------------------------------------------------------------ first run
def test_the_welcome_shows_once_stores_the_profile_and_opens_the_demo(qtbot, make_window, db_path):
    window = first_run_window(qtbot, make_window, db_path)
    dialog = wait_for_welcome(qtbot, window)
    # where data is kept: the real paths in use
    shown = dialog.data_text.text()
    for path in (db_path, paths.evidence_dir(db_path), paths.log_dir()):
        assert str(path) in shown, path
    assert not dialog.start_button.isEnabled()  # a name first
    type_text(dialog.name, "Lê Thu Hà")
    type_text(dialog.title, "Chuyên viên chính")
    type_text(dialog.unit, "Cục Chuyển đổi số quốc gia")
    dialog.demo.setChecked(True)
    with qtbot.waitSignal(window.inspection_opened, timeout=15_000):
        dialog.start_button.click()
    assert window.demo and window.workspace.record.inspection.inspected_unit

    saved = load_settings()
    assert (saved.inspector_name, saved.inspector_title, saved.inspector_unit, saved.welcome) == (
        "Lê Thu Hà", "Chuyên viên chính", "Cục Chuyển đổi số quốc gia", WELCOME_DONE)
    assert window.settings.actor == "Lê Thu Hà"
    # the profile is the team member of a new inspection (and so of its minutes)
    window.new_inspection()
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None and window.new_dialog.isVisible(),
                    timeout=10_000)
    member = window.new_dialog.team.team()[0]
    assert (member.name, member.title, member.unit) == ("Lê Thu Hà", "Chuyên viên chính", "Cục Chuyển đổi số quốc gia")
    window.new_dialog.reject()
    window.close()

    # the next start: no welcome
    again = first_run_window(qtbot, make_window, db_path)
    assert not again.first_run
    qtbot.wait(200)
    assert again.first_run_dialog is None


def test_skipping_the_welcome_is_remembered_and_help_reopens_it(qtbot, make_window, db_path):
    window = first_run_window(qtbot, make_window, db_path)
    wait_for_welcome(qtbot, window).skip_button.click()
    saved = load_settings()
    assert saved.welcome == WELCOME_SKIPPED and saved.inspector_name == ""
    assert not needs_welcome(saved) and not window.demo
    window.close()

    again = first_run_window(qtbot, make_window, db_path)
    qtbot.wait(200)
    assert again.first_run_dialog is None
    again.registry["help.welcome"].trigger()
    dialog = wait_for_welcome(qtbot, again)
    type_text(dialog.name, ACTOR)
    dialog.start_button.click()
    assert load_settings().inspector_name == ACTOR and load_settings().welcome == WELCOME_DONE


def test_users_with_a_profile_from_before_get_no_welcome(make_window, settings):
    from ui.settings import save_settings

    save_settings(settings)  # a profile, but no `welcome` key: an earlier version's settings file
    assert not needs_welcome(load_settings())


# ----------------------------------------------------------------- Help menu
def test_open_log_folder_opens_the_log_folder_and_creates_it(make_window, opened_urls):
    window = make_window()
    folder = paths.log_dir()
    shutil.rmtree(folder, ignore_errors=True)
    window.registry["help.logs"].trigger()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [folder]
    assert folder.is_dir()


def test_the_user_manual_opens_at_its_index_and_follows_links(qtbot, make_window):
    window = make_window()
    window.registry["help.manual"].trigger()
    dialog = window.manual_dialog
    assert dialog.isVisible()
    assert dialog.current_page() == REPO / "docs" / "manual" / "README.md"
    assert "Tiếng Việt" in dialog.browser.toPlainText()
    dialog.open_page("getting-started.vi.md")
    assert dialog.current_page().name == "getting-started.vi.md"
    assert "Cài đặt" in dialog.browser.toPlainText()  # rendered Markdown: the heading, not "## Cài đặt"
    assert "## " not in dialog.browser.toPlainText()
    picture = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                 QUrl("../screenshots/08-chao-mung.png"))
    assert picture is not None and not picture.isNull()  # the screenshots show, by relative path
    # 1366 px screenshots are drawn to fit the page (the narrower ones as they are)
    html = dialog.browser.toHtml()
    room = dialog.browser.viewport().width()
    widths = [int(w) for w in __import__("re").findall(r'<img[^>]* width="(\d+)"', html)]
    assert html.count("<img") >= 9 and widths and max(widths) <= room
    drawn = [int(float(w)) for w in re.findall(r'<img[^>]*width="([\d.]+)"', html)]
    assert drawn and max(drawn) <= dialog.browser.viewport().width()


def test_without_a_shipped_manual_the_docs_folder_opens(make_window, opened_urls, monkeypatch):
    monkeypatch.setattr(paths, "manual_index", lambda: None)  # an install whose manual pages are missing
    window = make_window()
    window.registry["help.manual"].trigger()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [REPO / "docs"]


def test_about_lists_every_shipped_checklist_and_the_dependency_licenses(qtbot, make_window, db_path):
    from PySide6.QtCore import qVersion

    window = make_window()
    window.registry["help.about"].trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    text = dialog.text.toPlainText()
    assert f"Inspector {about.__version__}" in text and f"Qt {qVersion()}" in text
    assert str(db_path) in text and str(paths.log_dir()) in text
    shipped = about.shipped_checklists()
    assert len(shipped) >= 2
    for c in shipped:
        assert f"{c.id} {c.version}" in text and c.content_hash in text, c.id
    deps = about.runtime_dependencies()
    table = dialog.packages
    rows = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())]
    assert rows == [(d.name, d.version, d.license) for d in deps]
    names = {r[0].lower() for r in rows}
    assert {"pyside6_essentials", "shiboken6", "httpx", "sqlite-utils"} <= names
    # a package's full license text (from its own metadata files)
    httpx_row = next(r for r, row in enumerate(rows) if row[0].lower() == "httpx")
    table.setCurrentCell(httpx_row, 0)
    shown = dialog.license.toPlainText()
    assert shown.startswith("httpx ") and "THIS SOFTWARE IS PROVIDED" in shown.upper()
    # the About text is plain text, copied whole
    QApplication.clipboard().clear()
    dialog.findChild(QPushButton, "about-copy").click()
    assert QApplication.clipboard().text() == text


def test_the_application_names_its_desktop_file_and_icon(qapp):
    from ui.app import DESKTOP_FILE_NAME, apply_identity

    apply_identity(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert (REPO / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


# ------------------------------------------------------------------------ log
def test_a_session_that_typed_a_note_leaves_no_note_text_in_the_log(qtbot, make_window, seeded, monkeypatch):
    monkeypatch.setenv("INSPECTOR_LOG_LEVEL", "DEBUG")
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    item = ws.current_item_id
    ws.focus_note()
    with qtbot.waitSignal(window.autosave.saved, timeout=5000):
        type_text(ws.item_pane.note, f"Mật khẩu quản trị ghi trên giấy {MARKER}")
    window.close()
    from inspector.logs import stop_logging

    stop_logging()  # flush and release the file
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths.log_dir().glob("inspector.log*"))
    assert f"{seeded}/{item}" in text  # the edit was logged (by ids) …
    assert MARKER not in text and "ghi trên giấy" not in text  # … and not what was typed


def test_the_welcome_covers_the_page_paragraph_behind_it(qtbot, make_window, db_path):
    """The first-run welcome is shown over the welcome page; it was exactly as wide as that page's
    paragraph, so a few pixels off centre the ends of its lines showed beside the dialog (the
    stray glyph right of "About you", seen at 1366×768)."""
    from PySide6.QtCore import QPoint, QRect

    window = first_run_window(qtbot, make_window, db_path)
    dialog = wait_for_welcome(qtbot, window)
    intro = window.welcome.intro
    assert window.stack.currentWidget() is window.welcome and intro.isVisible() and intro.text()
    paragraph = QRect(intro.mapToGlobal(QPoint(0, 0)), intro.size())
    # covered with room to spare: a window frame may move the dialog a few pixels either way
    margin = 20
    assert dialog.geometry().adjusted(margin, 0, -margin, 0).contains(paragraph), (dialog.geometry(), paragraph)
    dialog.skip_button.click()


def test_the_welcome_keeps_the_language_the_session_was_started_in(qtbot, make_window, db_path):
    """`inspector --language en` on a first start: skipping (or completing) the welcome saved the
    settings, whose language (Vietnamese, the default) then replaced the session's English."""
    from ui.i18n import current_language, install_language

    install_language("en")  # as ui.app.run does for --language en; the settings keep "vi"
    window = first_run_window(qtbot, make_window, db_path)
    assert window.settings.language == "vi" and current_language() == "en"
    wait_for_welcome(qtbot, window).skip_button.click()
    assert current_language() == "en" and window.welcome.new_button.text().startswith("Start")
    assert load_settings().language == "vi"  # the session's choice is not saved
    window.toggle_language()  # Ctrl+Shift+L still switches, and remembers
    assert current_language() == "vi" and load_settings().language == "vi"
    window.toggle_language()
    assert current_language() == "en" and load_settings().language == "en"
