"""Inspection ▸ Compare with the newest checklist…: after the office publishes a corrected version
of a checklist and a sync brings it, the window shows per item what changed against the version
the open inspection was made under."""

from __future__ import annotations

import re

from uihelpers import ACTOR, open_in_window

from inspector.checklists.catalog import builtin_dir, published_dir
from inspector.storage import Store
from inspector.sync import FolderTarget, SyncSettings, publish_template, sync_now


def _corrected(tmp_path):
    """nd43-tt25 as the office corrects it: version 9.1, one item reworded, one removed."""
    text = (builtin_dir() / "nd43-tt25.yaml").read_text(encoding="utf-8")
    text, n = re.subn(r"^version: .*$", "version: '9.1'", text, count=1, flags=re.MULTILINE)
    assert n == 1
    old = "Cổng có sử dụng bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001 không?"
    assert old in text
    text = text.replace(old, "Cổng có dùng bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001 trên mọi trang không?")
    path = tmp_path / "nd43-tt25-9.1.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_published_correction_is_shown_item_by_item(qtbot, make_window, seeded, db_path, tmp_path):
    # The office publishes the correction; this computer's sync takes it in (real folder target).
    (tmp_path / "usb").mkdir()
    target = SyncSettings(FolderTarget(tmp_path / "usb"), ACTOR)
    with Store.open(db_path) as store:
        sync_now(store, target, init=True)
        publish_template(target, _corrected(tmp_path))
        report = sync_now(store, target)
    assert len(report.templates_added) == 1 and list(published_dir(db_path.parent).glob("*.yaml"))

    window = make_window()
    open_in_window(qtbot, window, seeded)
    window.registry["inspection.checklist_changes"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "checklist_changes_dialog", None) is not None
                    and window.checklist_changes_dialog.isVisible(), timeout=10_000)
    dialog = window.checklist_changes_dialog
    assert "9.1" in dialog.summary.text() and window.workspace.template.version in dialog.summary.text()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert len(rows) == 1 == len(dialog.changes)
    row = rows[0]
    assert "trên mọi trang" in row.text(0)  # the item, by its number and wording
    assert not row.text(0).startswith("nd43.")  # no internal code on screen
    field = row.child(0)
    assert field.text(0) == "Nội dung"  # Vietnamese interface
    assert field.text(1).endswith("TCVN 6909:2001 không?") and "trên mọi trang" in field.text(2)
    # the whole text, however long, in the pane under the list
    detail = dialog.detail.toPlainText()
    old = window.workspace.template.version
    assert "Đã sửa" in detail and f"Trước (phiên bản {old}): Cổng có sử dụng bộ mã" in detail
    assert "Sau (phiên bản 9.1): Cổng có dùng bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001 trên mọi trang" in detail
    dialog.reject()


def test_the_newest_version_has_nothing_to_compare(qtbot, make_window, seeded):
    window = make_window()
    open_in_window(qtbot, window, seeded)
    window.registry["inspection.checklist_changes"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "checklist_changes_dialog", None) is not None, timeout=10_000)
    dialog = window.checklist_changes_dialog
    assert dialog.changes == [] and dialog.tree.topLevelItemCount() == 0
    assert "mới nhất" in dialog.summary.text()
