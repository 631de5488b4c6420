"""The checklist shows only the items whose legal basis is in force on the inspection's date;
the others are one keyboard toggle away, greyed and never counted."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from uihelpers import open_in_window

from inspector.storage import Store

from support import PHU_THO

ACTOR = "test"


def _inspection_on(db_path, nd43, when: datetime) -> str:
    with Store.open(db_path) as store:
        return store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ",
                                       actor=ACTOR, started_at=when).id


def test_items_not_in_force_are_hidden_and_shown_on_request(qtbot, make_window, db_path, nd43):
    iid = _inspection_on(db_path, nd43, datetime(2016, 10, 7, 1, 30, tzinfo=UTC))  # 08:30 in Việt Trì
    window = make_window()
    ws = open_in_window(qtbot, window, iid)
    model = ws.tree_model
    # Circular 32/2017 (from 01/6/2018) and Decree 13/2018 (from 01/7/2018) are not yet law.
    assert "tt32.bachuot" not in model.order and "nd13-2018.d11" not in model.order
    assert "nd43.d10.1a.1" in model.order
    hidden = model.hidden_count
    assert hidden > 0 and len(model.order) == nd43.item_count - hidden
    toggle = ws.show_not_in_force
    assert toggle.isVisibleTo(ws) and f"({hidden})" in toggle.text()
    before = {s.id: model.section_progress(s.id).total for s in nd43.sections if model.index_of_section(s.id).isValid()}
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert toggle.isChecked() and "tt32.bachuot" in model.order and len(model.order) == nd43.item_count
    # Shown greyed, with the reason, and never counted.
    index = model.index_of_item("tt32.bachuot")
    assert "hiệu lực" in index.data(Qt.ItemDataRole.ToolTipRole)
    for section_id, total in before.items():
        assert model.section_progress(section_id).total == total
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert "tt32.bachuot" not in model.order
    # The item pane cites only what was law on that day (Decree 43 Art. 8, not Circular 32/2017).
    ws.select_item("nd43.d8")
    assert ws.item_pane.legal.text() == "Điều 8 Nghị định số 43/2011/NĐ-CP"


def test_an_inspection_in_force_everything_has_no_toggle(qtbot, make_window, db_path, nd43):
    iid = _inspection_on(db_path, nd43, datetime(2019, 3, 1, 2, 0, tzinfo=UTC))
    window = make_window()
    ws = open_in_window(qtbot, window, iid)
    assert "tt32.bachuot" in ws.tree_model.order and "nd13-2018.d11" in ws.tree_model.order


def test_a_decree_ended_before_the_inspection_is_flagged_in_the_app_only(qtbot, make_window, db_path, tmp_path):
    """Decree 42/2022 ended on 30/06/2026 (Decree 224/2026/NĐ-CP Art. 90 cl. 2 point b, read): an
    ND42 inspection dated after that day gets a caution above the checklist, with the source on
    hover; the minutes (official output) say nothing of it. Before that day, no caution."""
    import docx

    from inspector.checklists import load_catalog
    from inspector.minutes import export_minutes

    nd42 = load_catalog().get("nd42-2022")
    with Store.open(db_path) as store:
        after = store.create_inspection(template=nd42, province=PHU_THO, inspected_unit="UBND tỉnh Phú Thọ",
                                        actor=ACTOR, started_at=datetime(2026, 9, 15, 2, 0, tzinfo=UTC)).id
        before = store.create_inspection(template=nd42, province=PHU_THO, inspected_unit="UBND tỉnh Phú Thọ",
                                         actor=ACTOR, started_at=datetime(2026, 6, 30, 2, 0, tzinfo=UTC)).id
    window = make_window()
    ws = open_in_window(qtbot, window, after)
    banner = ws.law_banner
    assert banner.isVisibleTo(ws)
    assert "Nghị định số 42/2022/NĐ-CP" in banner.text() and "30/06/2026" in banner.text()
    assert "không còn hiệu lực" in banner.text() and "nguồn thứ cấp" not in banner.text()  # read, not reported
    assert "224/2026" in banner.toolTip() and "Điều 90" in banner.toolTip()  # the source, on hover
    assert banner.textFormat() == Qt.TextFormat.PlainText
    ws = open_in_window(qtbot, window, before)
    assert not ws.law_banner.isVisibleTo(ws)
    with Store.open(db_path) as store:
        out = tmp_path / "bb.docx"
        record = store.load_inspection(after)
        export_minutes(record, store.template_for(record.inspection), out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "224/2026" not in text and "30/06/2026" not in text


def test_an_older_snapshot_learns_the_end_from_the_installed_checklist(qtbot, make_window, db_path):
    """An ND42 inspection begun under a checklist snapshot that did not know Decree 42's end (2.1)
    still gets the caution, from the newest installed version (read off the GUI thread)."""
    import dataclasses

    from inspector.checklists import load_catalog

    nd42 = load_catalog().get("nd42-2022")
    older = dataclasses.replace(
        nd42, version="2.1", content_hash="", applies_until=None,
        documents=tuple(dataclasses.replace(d, in_force_until=None) for d in nd42.documents))
    assert older.ended_before(datetime(2026, 9, 15).date()) == []
    with Store.open(db_path) as store:
        iid = store.create_inspection(template=older, province=PHU_THO, inspected_unit="UBND tỉnh Phú Thọ",
                                      actor=ACTOR, started_at=datetime(2026, 9, 15, 2, 0, tzinfo=UTC)).id
    window = make_window()
    ws = open_in_window(qtbot, window, iid)
    assert ws.template.version == "2.1"
    qtbot.waitUntil(lambda: ws.law_banner.isVisibleTo(ws), timeout=10_000)
    assert "Nghị định số 42/2022/NĐ-CP" in ws.law_banner.text()


def test_the_new_inspection_dialog_says_when_no_checklist_covers_the_date(qtbot, catalog, provinces, settings):
    """Since Decree 42/2022 ended (30/06/2026) no built-in checklist covers a new inspection:
    the dialog says so under the checklist, before anything is created."""
    from datetime import date

    from PySide6.QtCore import QDate

    from ui.dialogs.new_inspection import NewInspectionDialog

    dialog = NewInspectionDialog(catalog, provinces, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2026, 12, 4))
    assert dialog.chosen_day() == date(2026, 12, 4)
    assert dialog.fit_note.isVisibleTo(dialog)
    assert "04/12/2026" in dialog.fit_note.text() and "30/06/2026" in dialog.fit_note.text()
    dialog.day.setDate(QDate(2024, 5, 2))
    assert dialog.template.currentData()[0] == "nd42-2022" and not dialog.fit_note.isVisibleTo(dialog)
