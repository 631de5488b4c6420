"""The one way to run work off the GUI thread.

Two lanes:
- the database lane: ONE worker thread, so the core `Store` is only ever used by one thread at a
  time and writes happen in the order they were asked for;
- the network lane: a small pool for network calls (probe, sync, keyring) and any other slow
  work that does not touch the Store (e.g. parsing the checklist catalog); it never gets the Store.

A job is a plain function `fn(ctx) -> result`; `ctx` gives the Store (database lane only), a
throttled `progress(done, total, what)` and `cancelled()`. Results, errors and progress come back
to the GUI thread as Qt signals (queued), so widgets only see callbacks:

    runner.db(lambda ctx: ctx.store.load_inspection(iid), on_done=self.show_record)

Core jobs raise `inspector.errors.Cancelled` when asked to stop; that ends the task silently.
Errors without an `on_error` go to the runner's `error` signal (the main window shows them).
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from inspector.errors import Cancelled

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress signals a second: the GUI never floods
NET_WORKERS = 4


class Lane(enum.Enum):
    DB = "db"
    NET = "net"


class TaskContext:
    """What a job sees: the store (database lane), progress reporting and the cancel flag."""

    def __init__(self, task: Task, store: Any | None, lane: Lane):
        self._task = task
        self._store = store
        self.lane = lane
        self._last_progress = 0.0
        self._last_what: str | None = None

    @property
    def store(self) -> Any:
        if self.lane is not Lane.DB:
            raise RuntimeError("the Store is only available on the database lane")
        if self._store is None:
            raise RuntimeError("no database is open")
        return self._store

    def progress(self, done: int, total: int, what: str = "") -> None:
        now = time.monotonic()
        # Throttled, but the end and a change of phase ("what") always get through.
        if done >= total or what != self._last_what or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._last_what = what
            self._task._progress_from_worker.emit(int(done), int(total), str(what))

    def cancelled(self) -> bool:
        return self._task.is_cancelled()

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()


class Task(QObject):
    """A handle on one job, living in the GUI thread. Exactly one of succeeded / failed /
    was_cancelled is emitted, then finished."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    finished = Signal()

    # emitted by the worker thread; delivered (queued) to the slots below in the GUI thread
    _progress_from_worker = Signal(int, int, str)
    _outcome_from_worker = Signal(str, object)

    def __init__(self, name: str, lane: Lane, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.lane = lane
        self.result: Any = None
        self.error: BaseException | None = None
        self.outcome = ""  # "done" | "failed" | "cancelled" once finished
        self.future: Future | None = None
        self._cancel = threading.Event()
        self._progress_from_worker.connect(self._deliver_progress)
        self._outcome_from_worker.connect(self._deliver_outcome)

    def cancel(self) -> None:
        """Ask the job to stop; it ends at its next progress step (core jobs) or never starts."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return bool(self.outcome)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, what: str) -> None:
        if not self.outcome:
            self.progressed.emit(done, total, what)

    @Slot(str, object)
    def _deliver_outcome(self, outcome: str, value: object) -> None:
        self.outcome = outcome
        if outcome == "done":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.error = value  # type: ignore[assignment]
            self.failed.emit(value)
        else:
            self.was_cancelled.emit()
        self.finished.emit()


class TaskRunner(QObject):
    """Owns the worker threads and, on the database lane, the open Store."""

    error = Signal(object)  # an error nobody handled: the main window shows it
    db_busy_changed = Signal(bool)
    store_changed = Signal(object)  # the Store object just opened (or None after closing)

    def __init__(self, parent: QObject | None = None, net_workers: int = NET_WORKERS):
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inspector-db")
        self._net = ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="inspector-net")
        self._store: Any | None = None  # touched only on the database lane
        self._live: set[Task] = set()
        self._db_pending = 0
        self._closed = False
        self.store_path: Any = None  # GUI-side copy of the open database's path
        self.store_read_only = False  # GUI-side: the open database is read-only (its folder cannot be written)

    # ------------------------------------------------------------------ jobs
    def db(self, fn: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None,
           on_progress: Callable[[int, int, str], None] | None = None, name: str = "") -> Task:
        """Run `fn(ctx)` on the database lane, after everything asked before it."""
        return self._submit(Lane.DB, fn, on_done, on_error, on_progress, name)

    def net(self, fn: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None, name: str = "") -> Task:
        """Run `fn(ctx)` in the network pool (no Store there)."""
        return self._submit(Lane.NET, fn, on_done, on_error, on_progress, name)

    def _submit(self, lane: Lane, fn: Callable[[TaskContext], Any], on_done: Any, on_error: Any,
                on_progress: Any, name: str) -> Task:
        task = Task(name or getattr(fn, "__name__", "task"), lane, self)
        if self._closed:
            # The window is closing (its last writes are done): a late timer's job is dropped.
            log.warning("task %s asked after shutdown: not run", task.name)
            task.outcome = "cancelled"
            return task
        if on_progress:
            task.progressed.connect(on_progress)
        task.succeeded.connect(lambda value: _call(on_done, value))
        task.failed.connect(lambda exc: _call(on_error, exc) if on_error else self.error.emit(exc))
        task.finished.connect(lambda: self._forget(task))
        self._live.add(task)
        if lane is Lane.DB:
            self._db_pending += 1
            if self._db_pending == 1:
                self.db_busy_changed.emit(True)
        executor = self._db if lane is Lane.DB else self._net
        task.future = executor.submit(self._run, task, fn, lane)
        return task

    def _run(self, task: Task, fn: Callable[[TaskContext], Any], lane: Lane) -> None:
        # Worker thread: never touch widgets here, only emit.
        if task.is_cancelled():
            task._outcome_from_worker.emit("cancelled", None)
            return
        ctx = TaskContext(task, self._store if lane is Lane.DB else None, lane)
        try:
            result = fn(ctx)
        except Cancelled:
            task._outcome_from_worker.emit("cancelled", None)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            log.warning("task %s failed", task.name, exc_info=exc)
            task._outcome_from_worker.emit("failed", exc)
        else:
            task._outcome_from_worker.emit("done", result)

    def _forget(self, task: Task) -> None:
        self._live.discard(task)
        if task.lane is Lane.DB:
            self._db_pending -= 1
            if self._db_pending == 0:
                self.db_busy_changed.emit(False)
        task.deleteLater()

    @property
    def db_busy(self) -> bool:
        return self._db_pending > 0

    # ----------------------------------------------------------------- store
    def open_store(self, opener: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Close the current Store (if any) and open another one, on the database lane."""

        def swap(ctx: TaskContext) -> Any:
            old, self._store = self._store, None
            if old is not None:
                old.close()
            self._store = opener()
            return self._store

        def opened(store: Any) -> None:
            self.store_path = store.path
            self.store_changed.emit(store)
            _call(on_done, store)

        return self.db(swap, on_done=opened, on_error=on_error, name="open-store")

    # ------------------------------------------------------------- shutdown
    def wait_db_idle(self, timeout: float | None = 10.0) -> bool:
        """Block until every database job asked so far has run (used when closing the window:
        the last autosave must reach the disk before the process ends)."""
        try:
            self._db.submit(lambda: None).result(timeout)
        except FutureTimeout:
            return False
        return True

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish queued database work, close the Store, stop the threads."""
        if self._closed:
            return
        self._closed = True
        for task in list(self._live):
            if task.lane is Lane.NET:
                task.cancel()

        def close_store() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        try:
            self._db.submit(close_store).result(timeout)
        except FutureTimeout:
            log.error("the database lane did not finish within %.0f s", timeout)
        self._db.shutdown(wait=False)
        self._net.shutdown(wait=False, cancel_futures=True)


def _call(callback: Callable[[Any], None] | None, value: Any) -> None:
    if callback is None:
        return
    try:
        callback(value)
    except RuntimeError as exc:
        # The widget that asked may have been closed meanwhile (its C++ side is gone).
        if "already deleted" in str(exc):
            log.debug("callback target gone: %s", exc)
        else:
            raise
