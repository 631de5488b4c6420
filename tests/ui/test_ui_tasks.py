"""The task runner: one serial database lane, a concurrent pool, results and errors as signals,
progress and cancel — proven with the real `run_doctor` over a database with thousands of files."""

from __future__ import annotations

import threading
import time

import pytest
from bigdb import fill_with_evidence
from uihelpers import ACTOR, PHU_THO

from inspector.errors import InvalidInputError
from inspector.storage import Store
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot, db_path):
    r = TaskRunner()
    with qtbot.waitSignal(r.store_changed, timeout=10_000):
        r.open_store(lambda: Store.open(db_path))
    yield r
    r.shutdown()


def test_database_lane_is_serial_in_order_and_off_the_gui_thread(qtbot, runner):
    spans: list[tuple[int, float, float, int]] = []
    gui = threading.get_ident()

    def job(n):
        def run(ctx):
            start = time.monotonic()
            ctx.store.list_inspections()  # real work on the store
            time.sleep(0.005)
            spans.append((n, start, time.monotonic(), threading.get_ident()))
            return n
        return run

    tasks = [runner.db(job(n)) for n in range(12)]
    with qtbot.waitSignal(tasks[-1].finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: all(t.done for t in tasks))
    assert [s[0] for s in spans] == list(range(12))
    assert all(a[2] <= b[1] for a, b in zip(spans, spans[1:], strict=False)), "database jobs overlapped"
    assert len({s[3] for s in spans}) == 1 and spans[0][3] != gui
    assert [t.result for t in tasks] == list(range(12))


def test_network_pool_runs_jobs_at_the_same_time(qtbot, runner):
    barrier = threading.Barrier(3, timeout=5)  # passes only if three jobs run concurrently
    tasks = [runner.net(lambda ctx: barrier.wait()) for _ in range(3)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10_000)
    assert [t.outcome for t in tasks] == ["done"] * 3


def test_the_store_is_not_reachable_from_the_network_pool(qtbot, runner):
    task = runner.net(lambda ctx: ctx.store)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], RuntimeError)


def test_errors_go_to_the_callback_or_else_to_the_runner_error_signal(qtbot, runner, nd43):
    got = []

    def bad(ctx):
        return ctx.store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="  ", actor=ACTOR)

    task = runner.db(bad, on_error=got.append)
    qtbot.waitUntil(lambda: task.done)
    assert isinstance(got[0], InvalidInputError) and got[0].field_name == "inspected_unit"
    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.db(bad)
    assert isinstance(blocker.args[0], InvalidInputError)


def test_a_task_cancelled_before_it_starts_never_runs(qtbot, runner):
    gate = threading.Event()
    ran = []
    blocker_task = runner.db(lambda ctx: gate.wait(5))
    task = runner.db(lambda ctx: ran.append(1))
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.was_cancelled, timeout=5000):
        pass
    assert ran == [] and blocker_task.outcome == "done" and task.outcome == "cancelled"


@pytest.fixture
def big_database(db_path, nd43):
    with Store.open(db_path) as store:
        iid = store.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT Phú Thọ",
                                      actor=ACTOR).id
        hashes = fill_with_evidence(store, iid, 2500)
    return iid, hashes


def test_doctor_runs_off_the_gui_thread_with_progress_and_reports(qtbot, runner, big_database):
    from inspector.doctor import run_doctor

    _iid, hashes = big_database
    progress = []
    task = runner.db(lambda ctx: run_doctor(ctx.store, ctx.progress, ctx.cancelled),
                     on_progress=lambda d, t, w: progress.append((d, t, w)))
    # the GUI thread stays free: a timer keeps ticking while the doctor works
    ticks = []
    timer = qtbot_timer(ticks)
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as blocker:
        pass
    timer.stop()
    report = blocker.args[0]
    assert report.ok and report.blobs_checked == len(hashes)
    assert progress and progress[-1][0] == progress[-1][1] == len(hashes)  # the last step is always reported
    assert len(progress) < len(hashes) / 5, "progress must be throttled, not one signal per file"
    assert ticks, "the event loop did not run while the doctor worked"


def qtbot_timer(ticks):
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer


def test_doctor_stops_when_cancelled_and_finds_altered_files(qtbot, runner, big_database, db_path):
    from inspector.doctor import run_doctor

    _iid, hashes = big_database
    task = runner.db(lambda ctx: run_doctor(ctx.store, ctx.progress, ctx.cancelled))
    task.progressed.connect(lambda done, total, what: task.cancel())
    with qtbot.waitSignal(task.was_cancelled, timeout=60_000):
        pass
    assert task.outcome == "cancelled" and task.result is None

    # a tampered evidence file is found on the next full run
    with Store.open(db_path) as store:
        store.evidence_path(hashes[7]).write_bytes(b"changed after the inspection")
    task = runner.db(lambda ctx: run_doctor(ctx.store, ctx.progress, ctx.cancelled))
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as blocker:
        pass
    report = blocker.args[0]
    assert not report.ok
    assert [(p.sha256, p.problem) for p in report.evidence] == [(hashes[7], "altered")]


def test_doctor_dialog_shows_progress_then_plain_sentences(qtbot, runner, big_database):
    from ui.dialogs.doctor import DoctorDialog

    dialog = DoctorDialog(runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_report, timeout=60_000):
        dialog.start()
        dialog.show()
    text = dialog.output.toPlainText()
    assert "Mọi thứ đều ổn" in text and "2500" in text
    assert dialog.bar.value() == dialog.bar.maximum()
