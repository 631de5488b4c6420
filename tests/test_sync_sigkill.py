"""Kill `inspector sync` with SIGKILL at random moments (issue 17: the SIGKILL test extended to
sync), over a real folder and a real WebDAV server: after one more sync nothing is lost, every
evidence file is intact on both devices, and no half-uploaded temporary file stays on the target."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from inspector.doctor import run_doctor
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget, sync_now

from support import REPO
from sync_support import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    _isolated_data_dir,
    item_ids,
    new_inspection,
    open_store,
    start_webdav,
)

ITEMS = item_ids()
RUNS = 10


def _running_mark(db) -> str | None:
    """The mark a sync sets in the database first thing (its start time), if any."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key LIKE 'sync_running:%'").fetchone()
            return row[0] if row else None
    except sqlite3.Error:
        return None


def _wait_until_syncing(db, proc, before: str | None, timeout: float = 30.0) -> None:
    """Until the process has begun its sync: a new mark (a killed sync leaves its own behind)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        mark = _running_mark(db)
        if mark is not None and mark != before:
            return
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kind", ["folder", "webdav"])
def test_sigkill_during_sync_loses_nothing_and_leaves_nothing(tmp_path, kind):
    rng = random.Random(1717)
    server = None
    if kind == "folder":
        root = tmp_path / "stick"
        root.mkdir()
        target_args = ["--folder", str(root)]
        settings = SyncSettings(FolderTarget(root))
    else:
        server = start_webdav(tmp_path / "webdav", tls=False)
        root = server.root
        target_args = ["--webdav", server.url, "--user", USER, "--password-stdin"]
        settings = SyncSettings(WebDAVTarget(server.url, USER))
    db = tmp_path / "a" / "inspector.sqlite3"
    env = dict(os.environ, INSPECTOR_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    a = open_store(tmp_path / "a")
    insp = new_inspection(a).id
    a.close()
    killed = 0
    try:
        # At least RUNS syncs and at least 3 of them killed: a quiet, fast machine finishes some
        # syncs before the kill lands, so it gets more tries instead of a failure.
        for run in range(RUNS * 3):
            if run >= RUNS and killed >= 3:
                break
            with open_store(tmp_path / "a") as a:  # edits between syncs: findings and photos
                for k in range(5):
                    a.record_finding(insp, ITEMS[(run * 5 + k) % len(ITEMS)], actor="An", note=f"lần {run}.{k}")
                for k in range(3):  # big enough that a sync takes a while, on a fast machine too
                    a.add_evidence(insp, os.urandom(1_500_000), f"ảnh-{run}-{k}.jpg", actor="An")
            before = _running_mark(db)
            proc = subprocess.Popen([sys.executable, "-m", "inspector", "sync", *target_args, "--database", str(db),
                                     *(["--init"] if run == 0 else [])],
                                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    cwd=REPO, env=env)
            proc.stdin.write(PASSWORD.encode() + b"\n")
            proc.stdin.close()
            if run == 0:
                time.sleep(4.0)  # the first one sets the target up
            else:
                _wait_until_syncing(db, proc, before)
                time.sleep(rng.uniform(0.0, 0.1))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait(60)
            assert b"Traceback" not in proc.stderr.read()
        assert killed >= 3, "the syncs ended before they could be killed: make the fixture bigger"
        with open_store(tmp_path / "a") as a:
            sync_now(a, settings, password=PASSWORD)
            assert run_doctor(a).ok
            mine = {r.id for _, r in a.revisions()}
        assert [p.name for p in (root / "tmp").glob("*")] == [], "a half-uploaded file stayed on the target"
        with open_store(tmp_path / "b") as b:
            sync_now(b, settings, password=PASSWORD)
            assert mine <= {r.id for _, r in b.revisions()}
            assert run_doctor(b).ok  # every evidence file arrived whole
    finally:
        if server:
            server.stop()
