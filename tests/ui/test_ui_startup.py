"""The desktop app's start-up path: the real `inspector` start (a fresh process) shows a real
list of inspections without importing what the list does not need; the figures themselves are
measured by bench/ui_bench.py, not here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from uihelpers import ACTOR, PHU_THO, REPO

from inspector.storage import Store

# The real start of `inspector`: when the window says it is ready (its database open and the list
# filled), write down what the list shows and which modules the start imported; again when Qt
# first paints that page; then close.
CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import ui.app, ui.main_window as mw
out = sys.argv[1]
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            from inspector import logs
            seen["painted"] = {"modules": sorted(sys.modules),
                               "log_open": getattr(logs, "configured", lambda: None)(),
                               "holding": getattr(logs, "holding_records", lambda: None)()}
            write()
            QTimer.singleShot(0, watched.window().close)
        return False

def write():
    with open(out, "w", encoding="utf-8") as f:
        json.dump(seen, f)

spy = FirstPaint()
send = mw.MainWindow._send_ready
def ready(self):
    if not self._ready_sent:
        page = self.stack.currentWidget()
        page.installEventFilter(spy)
        seen["ready"] = {"page": page.objectName() or type(page).__name__,
                         "rows": [self.list_page.model.summary(r).inspected_unit
                                  for r in range(self.list_page.model.rowCount())],
                         "modules": sorted(sys.modules)}
        write()
        QTimer.singleShot(20_000, lambda: os._exit(3))  # never hang the test
    send(self)
mw.MainWindow._send_ready = ready
ui.app.wants_welcome = lambda *_: False  # a fresh profile: no first-run dialog over the list
from ui.launcher import main
sys.exit(main([]))
"""

# Modules the start-up once imported before the list showed, none of which the list needs:
# sqlite-utils (with click and pluggy: the store uses sqlite3), the strict checklist loader and
# YAML (the catalog is read when a checklist is first needed; the list counts items with the
# template model kept in the database), the command table, the error dialog (imported when an
# error is shown).
NOT_BEFORE_THE_LIST = ("sqlite_utils", "click", "pluggy", "yaml", "inspector.checklists.loader",
                       "inspector.checklists.catalog", "inspector.cli", "ui.errors")


def test_the_list_shows_real_rows_without_importing_what_it_does_not_need(tmp_path, nd43):
    data = tmp_path / "data"
    with Store.open(data / "inspector.sqlite3") as store:
        store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ", actor=ACTOR)
    out = tmp_path / "ready.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_DATA_DIR=str(data),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", CHILD, str(out)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(out.read_text(encoding="utf-8"))
    ready = seen["ready"]
    assert ready["page"] == "InspectionListPage" and ready["rows"] == ["Sở TT&TT tỉnh Phú Thọ"]
    imported = set(ready["modules"])
    assert "inspector.storage.store" in imported  # the database really was opened by then
    assert [name for name in NOT_BEFORE_THE_LIST if name in imported] == []


def test_the_list_is_painted_before_the_work_that_can_wait_and_the_log_keeps_everything(tmp_path, nd43):
    """Work queued when the list was filled ran before Qt painted it (Qt paints after the events
    already waiting): the sync modules' import kept the list off screen for a tenth of a second.
    That work, and opening the log file, now wait for the paint; nothing logged before is lost."""
    data = tmp_path / "data"
    with Store.open(data / "inspector.sqlite3") as store:
        store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ", actor=ACTOR)
    out = tmp_path / "seen.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_DATA_DIR=str(data),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    env.pop("INSPECTOR_LOG_DIR", None)
    done = subprocess.run([sys.executable, "-c", CHILD, str(out)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    painted = json.loads(out.read_text(encoding="utf-8"))["painted"]
    assert "ui.sync.controller" not in painted["modules"]  # the last-sync line comes after the list
    assert "ui.pages.workspace" not in painted["modules"]
    assert painted["holding"] and not painted["log_open"] and "logging.handlers" not in painted["modules"]
    log = (data / "logs" / "inspector.log").read_text(encoding="utf-8")
    header = log.index("Inspector ")
    opened = log.index("opened database")  # logged on the database lane before the list showed
    assert header < opened and log.count("opened database") == 1


def test_sqlite_utils_view_of_the_store_is_built_when_asked_for(tmp_path, nd43):
    with Store.open(tmp_path / "inspector.sqlite3") as store:
        iid = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT tỉnh Phú Thọ",
                                      actor=ACTOR).id
        assert store.db["inspections"].count == 1
        assert [row["id"] for row in store.db["inspections"].rows] == [iid]


def test_the_checklist_package_still_offers_its_names():
    code = ("import sys, inspector.checklists.template; "
            "assert 'inspector.checklists.loader' not in sys.modules and 'yaml' not in sys.modules; "
            "from inspector.checklists import load_catalog, Section, ChecklistTemplate; "
            "import inspector.checklists as c; "
            "assert c.Catalog is c.catalog.Catalog and 'load_template' in dir(c); "
            "assert ChecklistTemplate is inspector.checklists.template.ChecklistTemplate; "
            "assert load_catalog().get('nd43-tt25').items")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
