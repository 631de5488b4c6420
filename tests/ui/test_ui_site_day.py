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


def test_every_inspection_field_is_labelled_in_both_languages(qtbot, make_window, seeded):
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.i18n import install_language

    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    tab = ws.tab_widgets["participants"]
    for language in ("vi", "en"):
        install_language(language)
        QApplication.processEvents()
        labels = []
        for row in range(tab.form.rowCount()):
            label = tab.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = tab.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            assert label is not None and isinstance(label.widget(), QLabel), f"row {row} has no label"
            assert label.widget().text().strip() and label.widget().buddy() is field.widget()
            labels.append(label.widget().text())
        assert len(set(labels)) == len(labels) == tab.form.rowCount() == 9
        if language == "vi":
            assert "Số biên bản" in labels and "Ngày bắt đầu" in labels and "Ngày kết thúc" in labels
        else:
            assert "Minutes number" in labels
    # "Số biên bản" can be found and filled in: its field is the minutes number
    install_language("vi")
    QApplication.processEvents()
    field = next(tab.labels[n].buddy() for n in tab.labels if tab.labels[n].text() == "Số biên bản")
    assert field is tab.edits["minutes_number"]


def _ready_on_item(qtbot, make_window, seeded, item_id):
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ws.select_item(item_id)
    ws.focus_tree()
    qtbot.waitUntil(lambda: ws.tree.hasFocus())
    return window, ws


def test_tab_from_the_list_goes_to_the_value_and_digits_there_are_a_value(qtbot, make_window, seeded):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.truycap")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ws.item_pane.number_edit
    QTest.keyClicks(ws.item_pane.number_edit, "1872")
    assert ws.findings["chung.truycap"].value == 1872
    assert ws.findings["chung.truycap"].status is None  # "1" and "2" did not choose Đạt / Đạt một phần
    assert not any(b.isChecked() for b in ws.item_pane.status_buttons.buttons.values())


def test_a_key_jumps_to_the_value_field(qtbot, make_window, seeded):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.truycap")
    action = window.registry["go.value"]
    assert action.shortcut().toString() == "F3" and action.isEnabled()
    action.trigger()
    assert QApplication.focusWidget() is ws.item_pane.number_edit
    ws.focus_tree()
    QTest.keyClick(ws.tree, Qt.Key.Key_Return)  # Enter in the list does the same
    assert QApplication.focusWidget() is ws.item_pane.number_edit
    ws.select_item("chung.url")  # a text item: its text box
    ws.focus_tree()
    QTest.keyClick(ws.tree, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is ws.item_pane.text_edit


def test_the_focus_ring_can_be_seen(qtbot, make_window, seeded):
    from PySide6.QtGui import QColor

    from ui.widgets.focus_ring import FOCUS_COLOR

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.truycap")
    edit = ws.item_pane.number_edit

    def ring_pixels() -> int:
        image = edit.grab().toImage()
        want = QColor(FOCUS_COLOR)
        return sum(1 for x in range(image.width()) if image.pixelColor(x, 0) == want
                   or image.pixelColor(x, 1) == want)

    assert ring_pixels() == 0
    ws.focus_value()
    qtbot.waitUntil(edit.hasFocus)
    assert ring_pixels() > edit.width() * 0.8  # the whole top edge is the ring's colour


def test_finalize_lists_unanswered_items_jumps_to_them_and_enter_does_not_seal(qtbot, make_window, seeded,
                                                                              db_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    from inspector.domain import InspectionStatus
    from inspector.storage import Store

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    first = ws.tree_model.order[0]
    ws.select_item(first)
    ws.set_status_key(1)
    window.registry["inspection.finalize"].trigger()
    dialog = window.finalize_dialog
    listed = [dialog.unanswered.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.unanswered.count())]
    assert listed == [i for i in ws.tree_model.order if i != first] and len(listed) == len(ws.tree_model.order) - 1 > 100
    assert dialog.unanswered.item(0).text().startswith("1.2  ")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isDefault() and not ok.autoDefault() and dialog.goto_button.isDefault()
    # Enter in the dialog goes to the chosen item; it never seals
    dialog.unanswered.setCurrentRow(3)
    QTest.keyClick(dialog.unanswered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.current_item_id == listed[3]
    with Store.open(db_path) as store:
        assert store.inspection(seeded).status is InspectionStatus.DRAFT
    # Tab onto Finalize does not make it the default either
    window.registry["inspection.finalize"].trigger()
    dialog = window.finalize_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setFocus()
    assert not ok.isDefault()
    dialog.reject()


def _on_laptop_screen(tmp_path, db_path, inspection_id, *extra) -> dict:
    import json
    import os
    import subprocess
    from pathlib import Path

    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    child = Path(__file__).with_name("laptop_screen_child.py")
    done = subprocess.run([sys.executable, str(child), str(db_path), inspection_id, *extra], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_on_a_1366x768_screen_the_status_bar_and_save_indicator_show_and_the_size_is_kept(tmp_path, db_path, nd43):
    # An inspection inside its checklist's period (07/10/2016): one dated after Decree 43 ended
    # (like the `seeded` draft, dated today) adds the "Check the law first" note, which needs height.
    from datetime import UTC, datetime

    from uihelpers import ACTOR, PHU_THO

    from inspector.storage import Store

    with Store.open(db_path) as store:
        seeded = store.create_inspection(template=nd43, province=PHU_THO, actor=ACTOR, place="Việt Trì",
                                         inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ",
                                         portal_url="https://phutho.gov.vn",
                                         started_at=datetime(2016, 10, 7, 2, tzinfo=UTC)).id
    first = _on_laptop_screen(tmp_path, db_path, seeded, "1100x650")
    assert first["screen"] == [1366, 768]
    assert first["window"][0] <= 1366 and first["window"][1] <= 768 - 40
    assert first["status_bar"] and first["save_indicator"] and first["item_pane_note"]
    again = _on_laptop_screen(tmp_path, db_path, seeded)
    assert again["window"] == [1100, 650]  # as the user left it


def test_summary_counts_add_up_with_value_only_items(qtbot, make_window, seeded):
    from ui.pages.summary_tab import summarize

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.truycap")
    ws.focus_value()
    from PySide6.QtTest import QTest

    QTest.keyClicks(ws.item_pane.number_edit, "1872")  # a value, no status
    ws.select_item(ws.tree_model.order[10])
    ws.set_status_key(1)
    ws.select_item("chung.url")
    ws.set_status_key(4)
    summary = summarize(ws.template, ws.findings, ws.record.inspection.day)
    # chung.url is a figure item: its status is not scored (only legal items are, as in the
    # minutes), so it sits with the value-only answer in "answered, not scored"
    assert ws.template.item("chung.url").kind == "figure" and ws.template.item(ws.tree_model.order[10]).kind == "legal"
    assert summary.answered == 3 and summary.value_only == 2
    ws.tabs.setCurrentWidget(ws.tab_widgets["summary"])
    tab = ws.tab_widgets["summary"]
    table = tab.status_table
    counts = {table.item(r, 0).text(): int(table.item(r, 1).text()) for r in range(table.rowCount())}
    assert sum(counts.values()) == summary.total == len(ws.template.items_for_inspection(ws.record.inspection.day))
    answered_rows = sum(n for label, n in counts.items() if label != "Chưa trả lời")
    assert answered_rows == summary.answered == 3
    # per section: the status columns plus "value only" add up to the answered count
    sec = tab.section_table
    for r in range(sec.rowCount()):
        done = int(sec.item(r, 1).text().split("/")[0])
        cells = [sec.item(r, c).text() for c in range(2, sec.columnCount())]
        assert sum(int(c) for c in cells if c) == done


def test_not_applicable_and_answered_have_different_markers(qapp):
    from PySide6.QtGui import QColor

    from inspector.domain import FindingStatus
    from ui.models.status import status_icon

    def image(icon):
        return icon.pixmap(14, 14).toImage()

    na, value_only = image(status_icon(FindingStatus.NOT_APPLICABLE)), image(status_icon(None, True))
    unanswered = image(status_icon(None, False))
    assert na != value_only and na != unanswered and value_only != unanswered
    # not two grey dots: "answered with a value" is a saturated colour, "not applicable" stays grey
    assert QColor(value_only.pixelColor(4, 4)).hsvSaturation() > 100
    assert QColor(na.pixelColor(4, 4)).hsvSaturation() < 80


def test_a_recommendation_made_from_a_failing_item_stays_linked_to_it(qtbot, make_window, seeded, db_path):
    from PySide6.QtWidgets import QDialogButtonBox
    from uihelpers import type_text

    from inspector.storage import Store
    from ui.models.checklist_tree import item_number

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    tab = ws.tab_widgets["recommendations"]
    assert tab.hint.text() and not tab.hint.isHidden()  # the empty tab says how to add one
    item_id = ws.tree_model.order[12]
    ws.select_item(item_id)
    assert ws.item_pane.recommend_button.isHidden()  # not failing: nothing to recommend yet
    ws.set_status_key(3)
    assert not ws.item_pane.recommend_button.isHidden()
    indicator = window.save_indicator
    qtbot.waitUntil(lambda: window.autosave.state == "saved")
    indicator.saved_at = indicator.saved_at.replace(year=2000)  # so a new "Saved at" shows
    window.registry["inspection.recommend"].trigger()
    dialog = ws.recommendation_dialog
    number = item_number(ws.template, item_id)
    assert dialog.items_label.text() == f"{number} {ws.template.item(item_id).text}"
    type_text(dialog.text, "Bổ sung chuyên mục hỏi đáp")
    with qtbot.waitSignal(window.runner.db_busy_changed, check_params_cb=lambda busy: not busy, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(ws.recommendations) == 1)
    rec = ws.recommendations[0]
    assert rec.item_ids == (item_id,)
    with Store.open(db_path) as store:
        assert store.load_inspection(seeded).recommendations[0].item_ids == (item_id,)
    # shown on both sides
    assert "Bổ sung chuyên mục hỏi đáp" in ws.item_pane.recommendations.text()
    assert not ws.item_pane.recommendations.isHidden()
    assert tab.table.item(0, 4).text() == number and tab.hint.isHidden()
    assert indicator.saved_at.year != 2000  # the save indicator took the new write
    # from the tab back to the item
    ws.select_item("chung.url")
    tab.table.setCurrentCell(0, 0)
    tab.go_button.click()
    assert ws.current_item_id == item_id


def test_office_follow_up_names_the_item_a_recommendation_addresses(qtbot, make_window, db_path, nd43):
    from datetime import UTC, datetime

    from uihelpers import ACTOR, PHU_THO

    from inspector.storage import Store

    item = list(nd43.items())[3]
    with Store.open(db_path) as store:
        i = store.create_inspection(template=nd43, province=PHU_THO, actor=ACTOR, inspected_unit="Sở TT&TT Phú Thọ",
                                    started_at=datetime(2016, 10, 7, 2, tzinfo=UTC))
        store.record_finding(i.id, item.id, actor=ACTOR, status="khong_dat")
        store.add_recommendation(i.id, "Sửa lỗi", actor=ACTOR, item_ids=[item.id])
    window = make_window()
    office = open_office(qtbot, window)
    page = office.recommendations
    qtbot.waitUntil(lambda: page.list.rowCount() == 1)
    page.list.setCurrentCell(0, 0)
    page._show_selected()
    text = page.detail.toPlainText()
    assert f"1.4 {item.text}" in text and item.id not in text


def test_no_internal_codes_and_the_columns_that_matter_fit_1366_px(qtbot, make_window, office_db):  # noqa: F811
    import re

    window = make_window()
    ws = open_in_window(qtbot, window, office_db["phutho"])
    ws.select_item(office_db["first_item"])
    assert office_db["first_item"] not in ws.item_pane.where.text()
    assert re.match(r"\d+\.\d+ · ", ws.item_pane.where.text())  # the item's number, not its id
    office = open_office(qtbot, window)
    office.resize(1366 - 16, 768 - 48)
    QApplication.processEvents()
    code = re.compile(r"\b(nd4[23]|chung)[.\-]")
    dash = office.dashboard
    shown = [dash.template_box.itemText(i) for i in range(dash.template_box.count())]
    shown += [dash.items.item(r, c).text() for r in range(dash.items.rowCount()) for c in range(dash.items.columnCount())]
    assert shown and not [s for s in shown if code.search(s)]
    view = dash.provinces
    score = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())].index("Điểm")
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(score) + header.sectionSize(score) <= view.viewport().width()
    # Year over year: the year columns are in view, not pushed off by the requirement
    yearly = office.yearly
    office.tabs.setCurrentWidget(yearly)
    qtbot.waitUntil(lambda: yearly.comparison is not None, timeout=10_000)
    QApplication.processEvents()
    grid, header = yearly.grid, yearly.grid.horizontalHeader()
    years = range(2, 2 + len(yearly.comparison.columns))
    assert years and all(header.sectionViewportPosition(c) + header.sectionSize(c) <= grid.viewport().width()
                         for c in years)
    assert not [grid.item(r, 0).text() for r in range(grid.rowCount()) if code.search(grid.item(r, 0).text())]


def test_province_lists_are_in_vietnamese_alphabetical_order(qtbot, catalog, provinces, settings):
    from datetime import date

    from PySide6.QtCore import QDate

    from ui.dialogs.new_inspection import NewInspectionDialog

    dialog = NewInspectionDialog(catalog, provinces, settings)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2016, 10, 7))  # the 63 provinces of that day
    assert dialog.chosen_day() < date(2025, 7, 1)
    shown = [dialog.province_model.item(r).text() for r in range(dialog.province_model.rowCount())]
    short = [s.split(" ", 1)[1] if s.startswith("Tỉnh ") else s.removeprefix("Thành phố ") for s in shown]

    def before(a: str, b: str) -> bool:
        return short.index(a) < short.index(b)

    assert before("Cà Mau", "Cao Bằng") and before("Cao Bằng", "Cần Thơ")
    assert before("Bạc Liêu", "Bắc Giang") and before("Bắc Ninh", "Bến Tre")
    assert before("Điện Biên", "Đồng Nai") and before("Đồng Tháp", "Gia Lai")


def test_the_wording_dialog_explains_its_placeholders(qtbot, make_window):
    window = make_window()
    window.registry["edit.settings"].trigger()
    window.settings_dialog.wording_button.click()
    wording = window.settings_dialog.wording_dialog
    help_text = wording.placeholders.text()
    assert "{inspected_unit}: tên đơn vị được kiểm tra" in help_text
    assert "{copies}: số bản" in help_text and "{team_copies}" in help_text
    closing = wording.widgets["text.closing"]
    assert "{end_moment}: thời điểm kết thúc kiểm tra" in closing.toolTip()
    # every {placeholder} a field's own text holds is explained in its tooltip
    import re as _re

    for key, widget in wording.widgets.items():
        text = widget.toPlainText() if hasattr(widget, "toPlainText") else getattr(widget, "text", lambda: "")()
        for name in set(_re.findall(r"\{([a-z_]+)\}", str(text))):
            assert "{" + name + "}:" in widget.toolTip(), (key, name)
    assert "." not in wording.widgets["agency.issuing_unit"].toolTip()  # no internal keys ("agency.issuing_unit")
    wording.reject()
    window.settings_dialog.reject()


def test_qt_file_chooser_speaks_vietnamese_and_qt_base_loads_where_qt_ships_it(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui.i18n import install_qt_base

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    dialog.reject()
    # a language Qt ships (German) is loaded from Qt's own folder; Vietnamese is not shipped
    app = QCoreApplication.instance()
    german = install_qt_base(app, "de")
    try:
        assert german is not None and german.translate("QFileDialog", "&Look in:") not in ("", "&Look in:")
    finally:
        app.removeTranslator(german)
    assert install_qt_base(app, "vi") is None


def test_the_welcome_paragraph_is_not_clipped(qtbot, make_window):
    from ui.i18n import install_language

    window = make_window()  # an empty database: the welcome page
    page = window.welcome
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    for language in ("vi", "en"):
        install_language(language)
        QApplication.processEvents()
        intro = page.intro
        assert intro.height() >= intro.heightForWidth(intro.width()), language


def test_the_participants_ong_ba_boxes_show_their_whole_text_in_both_languages(qtbot, make_window, seeded):
    """"Mr (Ông)" was cut to "Mr (Ô" on the English Participants tab: a column sized to its
    header does not see the choice boxes inside it."""
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    tab = ws.tab_widgets["participants"]
    ws.tabs.setCurrentWidget(tab)
    for _ in range(2):  # Vietnamese, then English (Ctrl+Shift+L)
        QApplication.processEvents()
        for people in (tab.team, tab.host):
            if people.table.rowCount() == 0:
                people.add_row("Nguyễn Văn An", focus=False)
            col = people.honorific_col
            polite = people.table.cellWidget(0, col)
            widest = max(polite.fontMetrics().horizontalAdvance(polite.itemText(i)) for i in range(polite.count()))
            assert people.table.horizontalHeader().sectionSize(col) >= widest + 24, polite.itemText(1)
        window.toggle_language()
        qtbot.wait(50)


def test_a_long_basis_opens_at_its_beginning(qtbot, make_window, seeded, db_path):
    """The "Căn cứ" field showed the end of a long basis, mid-sentence."""
    from inspector.storage import Store

    basis = ("Kế hoạch kiểm tra tình hình thực hiện Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ "
             "và Thông tư số 25/2014/TT-BTTTT ngày 30/12/2014 của Bộ trưởng Bộ Thông tin và Truyền thông năm 2016")
    with Store.open(db_path) as store:
        store.update_inspection(seeded, actor="a", basis=basis)
    window = make_window()
    ws = open_in_window(qtbot, window, seeded)
    edit = ws.tab_widgets["participants"].edits["basis"]
    assert edit.text() == basis and edit.cursorPosition() == 0


def test_texts_are_not_cut_off(qtbot, make_window, seeded, catalog, provinces, settings):
    from PySide6.QtWidgets import QComboBox, QListWidget

    from ui.dialogs.new_inspection import NewInspectionDialog

    # the new-inspection dialog: fits a 1366×768 laptop, the checklist and role boxes show their text
    dialog = NewInspectionDialog(catalog, provinces, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.height() <= 768 - 48
    box = dialog.template
    assert box.fontMetrics().horizontalAdvance(box.currentText()) <= box.width() - 24
    assert box.itemData(box.currentIndex(), 3)  # the whole title in the tooltip (ToolTipRole)
    role = dialog.team.table.cellWidget(0, 3)
    assert isinstance(role, QComboBox)
    longest = max(role.fontMetrics().horizontalAdvance(role.itemText(i)) for i in range(role.count()))
    assert dialog.team.table.horizontalHeader().sectionSize(3) >= longest + 24  # "Trưởng đoàn" whole
    dialog.reject()

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    # the window title names the open inspection
    assert window.windowTitle().startswith("Sở Thông tin và Truyền thông tỉnh Phú Thọ (")
    # Ctrl+G: the counts come first, never cut off
    ws.choose_section()
    goto = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.findChild(QListWidget)
                and w.windowTitle() == "Đi tới phần")
    first = goto.findChild(QListWidget).item(0).text()
    assert first.startswith("1. [0/")
    goto.reject()
    # long item titles wrap instead of being cut at the pane's edge
    ws.tree.setColumnWidth(0, 240)
    long_id = max(ws.tree_model.order, key=lambda i: len(ws.template.item(i).text))
    index = ws.tree_model.index_of_item(long_id)
    QApplication.processEvents()
    assert ws.tree.visualRect(index).height() > 2 * ws.tree.fontMetrics().height()


def test_f1_lists_every_key_and_redo_is_ctrl_y_as_the_readme_says(qtbot, make_window, seeded):
    from PySide6.QtWidgets import QPlainTextEdit
    from uihelpers import REPO

    window, _ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    window.registry["help.keys"].trigger()
    text = next(w.findChild(QPlainTextEdit).toPlainText() for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowTitle() == "Phím tắt")
    redo = next(line for line in text.splitlines() if line.rstrip().endswith("Làm lại"))
    assert redo.startswith("Ctrl+Y")
    assert "Ctrl+Z / Ctrl+Y" in (REPO / "README.md").read_text(encoding="utf-8")


def test_manual_images_follow_the_viewer_width(qtbot, make_window):
    from PySide6.QtGui import QTextDocument

    window = make_window()
    window.registry["help.manual"].trigger()
    manual = window.manual_dialog
    manual.open_page("getting-started.vi.md")
    for width in (900, 600):
        manual.resize(width, 600)
        QApplication.processEvents()
        room = manual.browser.viewport().width()
        sizes = []
        document = manual.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    pixmap = document.resource(QTextDocument.ResourceType.ImageResource, image.name())
                    sizes.append(image.width() or (pixmap.width() if pixmap is not None else 0))
                it += 1
            block = block.next()
        assert sizes and max(sizes) <= room
    manual.reject()


def test_opened_evidence_goes_to_a_private_per_user_folder(qtbot, make_window, seeded, tmp_path, monkeypatch):
    import stat
    import tempfile
    from pathlib import Path

    from inspector import opened_copies
    from ui.pages import workspace as workspace_module

    opened: list[Path] = []
    monkeypatch.setattr(workspace_module.WorkspacePage, "open_external",
                        staticmethod(lambda p: opened.append(p) or True))  # no viewer runs here
    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    scan = tmp_path / "to-trinh.pdf"
    scan.write_bytes(b"%PDF-1.4 to trinh")
    with qtbot.waitSignal(ws.message, timeout=10_000):
        ws.add_evidence_files([scan])
    ws.open_evidence(ws.evidence[0])
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    copy = opened[0]
    assert copy.read_bytes() == scan.read_bytes() and copy.name == "to-trinh.pdf"
    assert opened_copies.copies_dir() in copy.parents
    assert Path(tempfile.gettempdir()) / "inspector-evidence" not in copy.parents
    for folder in (copy.parent, opened_copies.copies_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    # without a moved data folder: the platform's per-user cache folder
    monkeypatch.delenv("INSPECTOR_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    assert opened_copies.copies_dir() == tmp_path / "cache-home" / "Inspector" / "opened-evidence"


def test_work_over_a_third_of_a_second_shows_a_busy_pointer_and_says_so(qtbot, make_window):
    import time

    from PySide6.QtCore import Qt

    window = make_window()
    assert QApplication.overrideCursor() is None
    window.runner.db(lambda ctx: time.sleep(0.05), name="quick")
    qtbot.wait(400)
    assert QApplication.overrideCursor() is None  # quick work: no flicker
    done = []
    window.runner.db(lambda ctx: time.sleep(1.0), on_done=lambda _r: done.append(1), name="slow")
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=800)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    assert window.statusBar().currentMessage() == "Đang xử lý…"
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None, timeout=1000)
    assert window.statusBar().currentMessage() == ""


def test_the_office_view_is_warmed_up_while_the_list_shows(qtbot, make_window, monkeypatch):
    import sys
    import threading

    import ui.features.office as feature

    monkeypatch.setitem(feature._warm, "started", False)
    monkeypatch.delitem(sys.modules, "ui.office.window", raising=False)
    monkeypatch.setattr(feature, "WARM_UP_AFTER_MS", 10)
    make_window()
    qtbot.waitUntil(lambda: feature._warm["started"], timeout=5000)
    warmer = next((t for t in threading.enumerate() if t.name == "office-warm-up"), None)
    if warmer is not None:
        warmer.join(30)
    assert "ui.office.window" in sys.modules


def test_the_save_indicator_follows_applied_probe_results(qtbot, make_window, db_path, nd43):
    from PySide6.QtWidgets import QPushButton
    from uihelpers import ACTOR, PHU_THO

    from inspector.storage import Store

    from portal_server import PortalServer, build_portal

    with PortalServer(build_portal("compliant")) as server:
        with Store.open(db_path) as store:
            iid = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT Phú Thọ",
                                          actor=ACTOR, portal_url=server.url).id
        window = make_window()
        ws = open_in_window(qtbot, window, iid)
        window.registry["inspection.probe"].trigger()
        panel = ws.tab_widgets["probe"]
        with qtbot.waitSignal(panel.run_finished, timeout=60_000, check_params_cb=lambda o: o == "done"):
            panel.run_button.click()
        indicator = window.save_indicator
        indicator.saved_at = None  # as after a start: "all changes saved", no time yet
        indicator.retranslate()
        assert "Đã lưu lúc" not in indicator.text()
        button = panel.table.findChild(QPushButton, "probe-apply-nd43.d15.hoidap")
        with qtbot.waitSignal(panel.changes_saved, timeout=10_000):
            button.click()
        assert indicator.saved_at is not None and "Đã lưu lúc" in indicator.text()


def test_ctrl_tab_switches_tabs_from_inside_a_table_a_text_box_or_the_list(qtbot, make_window, seeded):
    """Ctrl+Tab was swallowed by the Recommendations table and the Summary text boxes, and
    Ctrl+PgDown paged the checklist instead of switching tabs: no way to change tab by keyboard."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, ws = _ready_on_item(qtbot, make_window, seeded, "chung.url")
    tabs = ws.tabs
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(ws.tree, Qt.Key.Key_PageDown, ctrl)  # from the checklist
    assert tabs.currentIndex() == 1
    tabs.setCurrentIndex(0)
    ws.focus_note()
    note = QApplication.focusWidget()
    QTest.keyClick(note, Qt.Key.Key_Tab, ctrl)  # from the note (a text box)
    assert tabs.currentIndex() == 1
    for index in range(2, tabs.count()):  # through every tab, from whatever has the focus there
        focused = QApplication.focusWidget() or window
        QTest.keyClick(focused, Qt.Key.Key_Tab, ctrl)
        assert tabs.currentIndex() == index, (index, type(focused).__name__)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, ctrl)
    assert tabs.currentIndex() == 0  # wraps around
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == tabs.count() - 1
