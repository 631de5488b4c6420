"""The Qt binding itself: PySide6 6.12.0 drops a reference to True on every Python signal
emit, which crashes the interpreter after a few hundred signals. pyproject.toml excludes it; this
test catches a binding with the same defect."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_python_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.changed.connect(lambda value: received.append(value is not None))
    payload = object()
    before = sys.getrefcount(True), sys.getrefcount(payload)
    for _ in range(200):
        emitter.changed.emit(payload)
    assert len(received) == 200
    received.clear()  # the list held 200 references to True
    assert (sys.getrefcount(True), sys.getrefcount(payload)) == before
