"""The sample inspections (resources/sample), imported into a database of their own and opened from
the welcome page or with `inspector --demo`; the welcome does not cover a sample opened that way."""

from __future__ import annotations

import os
import subprocess
import sys

from uihelpers import REPO

from inspector.sample import SAMPLE_ID, sample_paths
from inspector.storage import Store


def test_welcome_page_opens_the_demo_in_its_own_database(qtbot, make_window, db_path):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.inspection_opened, timeout=20_000) as blocker:
        window.welcome.demo_button.click()
    assert blocker.args[0] == SAMPLE_ID
    assert window.demo and window.demo_banner.isVisible()
    assert window.database == db_path.parent / "demo" / "inspector.sqlite3"
    assert window.workspace.title.text() == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
    with qtbot.waitSignal(window.list_page.loaded, timeout=10_000):
        window.demo_leave.click()
    assert not window.demo and window.database == db_path
    with Store.open(db_path) as store:
        assert store.list_inspections() == []  # the user's own data never saw the demo


def test_inspector_demo_command_starts_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())",
                           "--demo", "--quit-after-start"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    with Store.open(tmp_path / "data" / "demo" / "inspector.sqlite3") as store:
        ids = {s.id for s in store.list_inspections()}
    assert SAMPLE_ID in ids and len(ids) == len(sample_paths())  # every sample province, for the office view


def test_demo_on_a_first_start_opens_the_sample_without_the_welcome_over_it(tmp_path):
    from ui.app import parse_args, wants_welcome
    from ui.settings import AppSettings

    fresh = AppSettings()
    assert wants_welcome(fresh, parse_args([]))
    assert not wants_welcome(fresh, parse_args(["--demo"]))
    assert not wants_welcome(fresh, parse_args(["--quit-after-start"]))


def test_a_damaged_sample_is_a_sentence_not_an_unexpected_error(qapp):
    from inspector.errors import InspectionFileError
    from ui.errors import describe_error

    text = describe_error(InspectionFileError("", "record.findings[3].item_id", "'x' is not an item of checklist nd43-tt25"))
    assert text is not None and text.startswith("Không dùng được tệp cuộc kiểm tra (dữ liệu mẫu)")
    assert "record.findings[3].item_id" in text and "ngoài dự kiến" not in text
