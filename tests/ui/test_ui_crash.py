"""A crash or power cut loses at most the last half second: the app is killed (SIGKILL, no
chance to flush) while typing, and everything typed up to half a second before is on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspector.storage import Store

CHILD = Path(__file__).with_name("crash_child.py")
TEXT = "abcdefghijklmnopqrstuvwxyz"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_while_typing_loses_at_most_half_a_second(seeded, db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path))
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), seeded], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    marks: list[tuple[int, float]] = []
    try:
        deadline = time.time() + 60
        for line in child.stdout:  # type: ignore[union-attr]
            if line.startswith("typed "):
                _, n, at = line.split()
                marks.append((int(n), float(at)))
                if len(marks) >= 90:  # about 1.8 s of typing
                    break
            if time.time() > deadline:
                break
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert len(marks) >= 90, "the child did not start typing"
    must_have = max(n for n, at in marks if at <= killed_at - 0.5)
    with Store.open(db_path) as store:
        finding = store.finding(seeded, "chung.chuquan")
    saved = finding.note if finding else ""
    expected = "".join(TEXT[i % len(TEXT)] for i in range(len(saved)))
    assert saved == expected, "the saved note must be exactly what was typed, in order"
    assert len(saved) >= must_have, f"{must_have - len(saved)} characters typed >0.5 s before the crash were lost"
