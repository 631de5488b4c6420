"""Where the office pages get their data: a function of the Store, run where the Store lives.

In the application the Store belongs to the task runner's database lane (`ui/tasks.py`: one
thread uses it), so `RunnerSource` runs each read or write there and hands the result back to the
GUI thread. `DirectSource` runs it at once on the calling thread, for an office window over a
Store of its own (the tests of the pages, a standalone window): the pages' code is the same.

A job is `fn(job) -> result`; `job.store`, `job.progress(done, total, what)`, `job.cancelled()`
are the task runner's `TaskContext` names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from inspector.errors import Cancelled

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]


class Handle(Protocol):
    def cancel(self) -> None: ...


class OfficeSource(Protocol):
    def run(self, fn: Callable[[Any], Any], *, on_done: Done | None = None, on_error: Failed | None = None,
            on_progress: Progress | None = None, on_cancelled: Callable[[], None] | None = None,
            name: str = "") -> Handle:
        """Run `fn(job)` where the Store may be used; callbacks come on the GUI thread."""
        ...


class _DirectJob:
    def __init__(self, store: Any, on_progress: Progress | None):
        self.store = store
        self._on_progress = on_progress
        self._cancel = False

    def progress(self, done: int, total: int, what: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, what)

    def cancelled(self) -> bool:
        return self._cancel

    def cancel(self) -> None:
        self._cancel = True


class DirectSource:
    """The Store on the calling thread (a window with a Store of its own)."""

    def __init__(self, store: Any):
        self.store = store

    def run(self, fn: Callable[[Any], Any], *, on_done: Done | None = None, on_error: Failed | None = None,
            on_progress: Progress | None = None, on_cancelled: Callable[[], None] | None = None,
            name: str = "") -> Handle:
        job = _DirectJob(self.store, on_progress)
        try:
            result = fn(job)
        except Cancelled:
            if on_cancelled is not None:
                on_cancelled()
            return job
        except Exception as exc:
            if on_error is None:
                raise
            log.warning("office job %s failed", name or fn, exc_info=exc)
            on_error(exc)
            return job
        if on_done is not None:
            on_done(result)
        return job


class RunnerSource:
    """The main window's database lane: the Store never leaves its thread."""

    def __init__(self, runner: Any):
        self.runner = runner

    def run(self, fn: Callable[[Any], Any], *, on_done: Done | None = None, on_error: Failed | None = None,
            on_progress: Progress | None = None, on_cancelled: Callable[[], None] | None = None,
            name: str = "") -> Handle:
        task = self.runner.db(fn, on_done=on_done, on_error=on_error, on_progress=on_progress,
                              name=name or "office")
        if on_cancelled is not None:
            task.was_cancelled.connect(on_cancelled)
        return task
