"""The Qt binding in use keeps Python's reference counts right (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_pair = Signal(object, object)
    sig_flag = Signal(bool)


def test_emitting_python_signals_keeps_the_refcount_of_true(qapp):
    emitter = _Emitter()
    emitter.sig_pair.connect(lambda _a, _b: None)
    emitter.sig_flag.connect(lambda _b: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.sig_pair.emit(1, None)
        emitter.sig_flag.emit(True)
    # The faulty release drops one reference per emit (1000 here); other threads of the test
    # process (servers, worker pools) move the count by a few dozen either way.
    assert sys.getrefcount(True) >= before - 200
