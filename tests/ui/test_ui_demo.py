"""The sample inspection: realistic content written through the Store, opened from the welcome
page or with `inspector --demo`, in its own database."""

from __future__ import annotations

import os
import subprocess
import sys

from uihelpers import REPO

from inspector.demo_store import DEMO_INSPECTION_ID, create_demo_inspection, portal_screenshot_png
from inspector.domain import FindingStatus
from inspector.storage import Store


def test_the_demo_reads_like_a_real_inspection(tmp_path, nd43, provinces):
    with Store.open(tmp_path / "demo.sqlite3") as store:
        iid = create_demo_inspection(store, nd43, provinces)
        assert create_demo_inspection(store, nd43, provinces) == iid  # once only
        record = store.load_inspection(iid)
        counts = record.status_counts()
        assert len(record.findings) > 0.8 * nd43.item_count
        assert counts[FindingStatus.NOT_MET] >= 5 and counts[FindingStatus.PARTLY_MET] >= 5
        for f in record.findings.values():
            if f.status in (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET):
                assert len(f.note) > 20, f"{f.item_id}: a failure without a reason"
        assert record.findings["nd43.d10.1b.2"].value == 8950.0
        assert record.findings["chung.thanhphan"].figures == {"Trang của sở, ban, ngành": 32.0,
                                                              "Trang của UBND cấp huyện": 13.0}
        assert record.inspection.province.name == "Tỉnh Phú Thọ"
        assert record.inspection.started_at.year == 2016
        assert [m.role.label_vi for m in record.inspection.team][0] == "Trưởng đoàn"
        assert len(record.recommendations) >= 4
        assert {e.media_type for e in record.evidence} == {"image/png", "text/plain"}
        for e in record.evidence:
            assert store.blobs.verify(e.sha256) is None and e.caption


def test_the_screenshot_is_a_valid_png(qapp):
    from PySide6.QtGui import QImage

    image = QImage.fromData(portal_screenshot_png())
    assert (image.width(), image.height()) == (640, 400)
    assert image.pixelColor(300, 30).name() == "#b71c1c"  # the banner


def test_welcome_page_opens_the_demo_in_its_own_database(qtbot, make_window, db_path):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.inspection_opened, timeout=20_000) as blocker:
        window.welcome.demo_button.click()
    assert blocker.args[0] == DEMO_INSPECTION_ID
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
        assert [s.id for s in store.list_inspections()] == [DEMO_INSPECTION_ID]
