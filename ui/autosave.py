"""Autosave: every edit reaches the database within half a second, with no Save button.

Edits are merged per record while the user types; they are written QUIET_MS after the last
keystroke, and never later than MAX_DELAY_MS after the first unsaved one (so even non-stop
typing loses at most that much on a power cut: the database commits with synchronous=FULL).
Writes run on the database lane; the GUI thread only stores the latest values.
If the disk refuses (full, read-only), the edits stay queued, the window says "not saved yet",
and the write is retried.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from inspector.errors import NotFoundError, SealedError, StorageError
from ui.tasks import TaskContext, TaskRunner
from ui.widgets.save_indicator import FAILED, PENDING, SAVED, SAVING

log = logging.getLogger(__name__)

QUIET_MS = 200
MAX_DELAY_MS = 400
RETRY_MS = 3000


@dataclass
class SaveBatch:
    findings: dict[tuple[str, str], dict[str, Any]]
    headers: dict[str, dict[str, Any]]
    queued_at: float


@dataclass(frozen=True)
class SaveResult:
    findings: list[Any]  # Finding as stored
    headers: list[Any]  # Inspection as stored
    queued_at: float  # monotonic time of the first edit in the batch
    saved_at: float  # monotonic time when the write finished


class Autosave(QObject):
    state_changed = Signal(str)
    saved = Signal(object)  # SaveResult
    failed = Signal(object)  # the exception (already shown or being retried)

    def __init__(self, runner: TaskRunner, actor: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self._findings: dict[tuple[str, str], dict[str, Any]] = {}
        self._headers: dict[str, dict[str, Any]] = {}
        self._first_dirty = 0.0
        self._in_flight = 0
        self._reported_failure = False
        self.state = SAVED
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._max = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        for timer in (self._quiet, self._max, self._retry):
            timer.timeout.connect(self.flush)

    # -------------------------------------------------------------- queue
    def queue_finding(self, inspection_id: str, item_id: str, **fields: Any) -> None:
        """Remember the newest value of some fields (status, value, note, figures)."""
        self._findings.setdefault((inspection_id, item_id), {}).update(fields)
        self._dirty()

    def queue_header(self, inspection_id: str, **changes: Any) -> None:
        self._headers.setdefault(inspection_id, {}).update(changes)
        self._dirty()

    def _dirty(self) -> None:
        if not self._max.isActive():
            self._first_dirty = time.monotonic()
            self._max.start()
        self._quiet.start()
        self._set_state(PENDING)

    @property
    def has_pending(self) -> bool:
        return bool(self._findings or self._headers)

    # -------------------------------------------------------------- write
    def flush(self) -> None:
        """Write everything queued now (on the database lane)."""
        self._quiet.stop()
        self._max.stop()
        self._retry.stop()
        if not self.has_pending:
            return
        batch = SaveBatch(self._findings, self._headers, self._first_dirty)
        self._findings, self._headers = {}, {}
        actor = self.actor()
        self._in_flight += 1
        self._set_state(SAVING)

        def write(ctx: TaskContext) -> SaveResult:
            store = ctx.store
            headers = [store.update_inspection(iid, actor=actor, **changes) for iid, changes in batch.headers.items()]
            findings = [store.record_finding(iid, item_id, actor=actor, **fields)
                        for (iid, item_id), fields in batch.findings.items()]
            return SaveResult(findings, headers, batch.queued_at, time.monotonic())

        self.runner.db(write, on_done=self._written, on_error=lambda exc: self._not_written(batch, exc),
                       name="autosave")

    def flush_and_wait(self, timeout: float = 10.0) -> bool:
        """Write now and block until it is on disk (closing the window, switching database)."""
        self.flush()
        return self.runner.wait_db_idle(timeout)

    def _written(self, result: SaveResult) -> None:
        self._in_flight -= 1
        self._reported_failure = False
        if not self.has_pending and self._in_flight == 0:
            self._set_state(SAVED)
        self.saved.emit(result)

    def _not_written(self, batch: SaveBatch, exc: BaseException) -> None:
        self._in_flight -= 1
        retry = isinstance(exc, StorageError) and not isinstance(exc, (NotFoundError, SealedError))
        if retry:
            # Keep the edits (newer ones typed meanwhile win) and try again later.
            for key, fields in batch.findings.items():
                self._findings[key] = {**fields, **self._findings.get(key, {})}
            for key, changes in batch.headers.items():
                self._headers[key] = {**changes, **self._headers.get(key, {})}
            self._first_dirty = batch.queued_at
            self._retry.start()
            self._set_state(FAILED)
            if not self._reported_failure:  # one message per failure streak, not one per retry
                self._reported_failure = True
                self.runner.error.emit(exc)
        else:
            if not self.has_pending and self._in_flight == 0:
                self._set_state(SAVED)
            self.runner.error.emit(exc)
        self.failed.emit(exc)

    def note_saved_elsewhere(self) -> None:
        """A change written outside this queue (a recommendation, evidence) is on disk: the save
        indicator shows "Saved at <now>" unless queued edits are still on their way."""
        if not self.has_pending and self._in_flight == 0:
            self.state = SAVED
            self.state_changed.emit(SAVED)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
