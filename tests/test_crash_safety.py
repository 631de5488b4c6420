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


EXPORT_RUNS = 15


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_export_leaves_nothing_partial_in_the_users_folder(tmp_path):
    """Exports are staged in the data folder's tmp/: a kill never leaves a partial file or a
    temporary in the user's folder, the file there is always a whole document, and what the
    kill left in tmp/ is removed later (issue 17 hole 9)."""
    import zipfile

    import docx

    from inspector.storage.temporaries import remove_leftovers

    data = tmp_path / "data"
    data.mkdir()
    folder = tmp_path / "Documents"
    folder.mkdir()
    out = folder / "bien-ban.docx"
    rng = random.Random(20161008)
    exported = 0
    env = dict(os.environ, INSPECTOR_DATA_DIR=str(data))
    for _ in range(EXPORT_RUNS):
        proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "crash_exporter.py"), str(out)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO, env=env)
        proc.stdout.readline()  # started
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        exported += sum(1 for line in proc.stdout.read().splitlines() if line.startswith("E "))
        proc.wait()
        assert sorted(p.name for p in folder.iterdir()) in ([], ["bien-ban.docx"])
        if out.exists():
            with zipfile.ZipFile(out) as z:
                assert z.testzip() is None
            assert docx.Document(str(out)).paragraphs
    assert exported > 0 and out.exists()
    leftovers = sorted((data / "tmp").glob(".*.tmp"))
    assert sorted(remove_leftovers(data, older_than=0)) == leftovers
    assert not list((data / "tmp").glob(".*.tmp"))
