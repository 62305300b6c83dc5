"""Reading a source ahead of the import, so parsing overlaps with writing.

Big files are read in a second process (the workstations have two cores or more, and
parsing is Python work that a thread could not run beside the writer); small ones, and any
source that cannot go to another process, on a thread (SQLite writes with Python's lock
released, so a thread still overlaps with part of the writing). Either way at most a few
chunks wait in between, so memory stays flat; an exception in the reader is raised here;
cancelling (the ``tick`` raising) stops the reader at its next chunk.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from app.connectors.base import OrderSource, Progress

CHUNK = 1_000
DEPTH = 8
PROCESS_FROM_BYTES = 4 << 20  # files smaller than this read on a thread
_END = ("end",)


def prefetched(source: OrderSource, tick: Progress) -> Iterator[Any]:
    """``source.orders(tick)``, read ahead. ``tick`` runs here, in the caller's thread."""
    size = sum(p.stat().st_size for p in source.files() if p.is_file())
    if size >= PROCESS_FROM_BYTES and _picklable(source):
        try:
            return _in_process(source, tick)
        except (OSError, RuntimeError, ValueError):  # no second process here: read on a thread
            pass
    return _on_thread(source, tick)


def _picklable(source: OrderSource) -> bool:
    try:
        pickle.dumps(source)
    except Exception:  # noqa: BLE001 - any reason means "not this way"
        return False
    return True


def _drain(get: Callable[[], Any], tick: Progress) -> Iterator[Any]:
    while True:
        kind, *rest = get()
        if kind == "items":
            yield from rest[0]
        elif kind == "progress":
            tick(*rest)
        elif kind == "error":
            raise rest[0]
        else:
            return


def _produce(source: OrderSource, put: Callable[[Any], bool]) -> None:
    """Run in the reader: chunks of items and progress messages, then the end or the error."""
    chunk: list[Any] = []
    try:
        for item in source.orders(lambda stage, fraction: put(("progress", stage, fraction))):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                if not put(("items", chunk)):
                    return
                chunk = []
        if chunk and not put(("items", chunk)):
            return
        put(_END)
    except _Stopped:
        return
    except Exception as exc:  # noqa: BLE001 - handed over to the importer
        put(("error", exc))


class _Stopped(Exception):
    """The importer stopped listening (cancelled, or failed)."""


# ---- on a thread ------------------------------------------------------------------------------


def _on_thread(source: OrderSource, tick: Progress) -> Iterator[Any]:
    messages: queue.Queue[Any] = queue.Queue(maxsize=DEPTH)
    stop = threading.Event()

    def put(message: Any) -> bool:
        while not stop.is_set():
            try:
                messages.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        if message[0] == "progress":
            raise _Stopped
        return False

    thread = threading.Thread(target=_produce, args=(source, put), daemon=True)
    thread.start()
    try:
        yield from _drain(messages.get, tick)
    finally:
        stop.set()
        thread.join(timeout=5)


# ---- in a second process ----------------------------------------------------------------------


def _in_process(source: OrderSource, tick: Progress) -> Iterator[Any]:
    context = multiprocessing.get_context("spawn")
    messages = context.Queue(maxsize=DEPTH)
    stop = context.Event()
    process = context.Process(target=_child, args=(source, messages, stop), daemon=True)
    process.start()
    return _from_process(process, messages, stop, tick)


def _from_process(process: Any, messages: Any, stop: Any, tick: Progress) -> Iterator[Any]:
    def get() -> Any:
        while True:
            try:
                return messages.get(timeout=1.0)
            except queue.Empty:
                if not process.is_alive():
                    raise RuntimeError("the file reader stopped unexpectedly") from None

    try:
        yield from _drain(get, tick)
    finally:
        stop.set()
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()


def _child(source: OrderSource, messages: Any, stop: Any) -> None:
    def put(message: Any) -> bool:
        while not stop.is_set():
            try:
                messages.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        raise _Stopped

    _produce(source, put)
