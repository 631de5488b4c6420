"""Kill a writer with SIGKILL at random moments, 50 times: every change it reported as saved is
there afterwards, the integrity check passes and every evidence file is intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from inspector.doctor import run_doctor
from inspector.storage import Store

from support import REPO

RUNS = 50


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_a_reported_save(tmp_path):
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(20161007)
    reported_findings: dict[str, str] = {}
    reported_evidence: dict[str, str] = {}
    all_notes: list[str] = []
    for run in range(RUNS):
        proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "crash_writer.py"), str(db), str(run)],
                                stdout=subprocess.PIPE, text=True, cwd=REPO)
        first = proc.stdout.readline()  # it is writing now
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
        for line in filter(None, (first + rest).splitlines()):
            kind, key, value = line.split(" ")
            if kind == "F":
                reported_findings[key] = value
                all_notes.append(value)
            else:
                reported_evidence[key] = value
    assert len(all_notes) > RUNS  # the writer really wrote between kills

    with Store.open(db) as store:
        [iid] = store.inspection_ids()
        assert store.check_integrity() == []
        record = store.load_inspection(iid)
        stored_notes = {r.data["note"] for _, r in store.revisions(iid) if r.entity == "finding"}
        assert set(all_notes) <= stored_notes
        for item, note in reported_findings.items():
            # the latest reported save of an item, or a later one that committed before its report
            run, n = map(int, note.split("-"))
            got_run, got_n = map(int, record.findings[item].note.split("-"))
            assert (got_run, got_n) >= (run, n)
        evidence = {e.id: e.sha256 for e in record.evidence}
        for eid, sha in reported_evidence.items():
            assert evidence[eid] == sha
        report = run_doctor(store)
        assert report.evidence == () and report.integrity == ()
