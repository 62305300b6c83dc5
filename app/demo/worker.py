"""A second process that prepares chunks while the first one writes them.

Generating a chunk (Python) and writing it (SQLite) take about as long as each other, so a
large SQLite build runs ``python -m app.demo.worker``: it reads the plan and a range of chunk
indexes from stdin and writes each chunk, converted for SQLite, to stdout as a length-prefixed
pickle. On both ends a thread moves the bytes through the pipe, so neither process waits for
the other while it works; bounded queues keep at most a couple of chunks in flight, so memory
stays flat. A plain subprocess (not multiprocessing), so it never re-imports the caller's main
module, whatever script the build was started from.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.demo import bulk, chunk
from app.demo.context import Plan

PROTOCOL = pickle.HIGHEST_PROTOCOL
AHEAD = 2  # chunks in flight on each side of the pipe
_FRAME = struct.Struct("<Q")
_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds the app package
_DONE = b""


class WorkerFailed(RuntimeError):
    """The worker process stopped before sending every chunk."""


def serve(source: BinaryIO, sink: BinaryIO) -> None:
    """The worker's side: read the job, send the chunks."""
    plan, first, last = pickle.load(source)
    frames: queue.Queue[bytes] = queue.Queue(maxsize=AHEAD)
    sender = threading.Thread(target=_send, args=(frames, sink), daemon=True)
    sender.start()
    for index in range(first, last):
        batch = bulk.convert_all(chunk.generate(plan, index))
        frames.put(pickle.dumps(batch, protocol=PROTOCOL))
    frames.put(_DONE)
    sender.join()


def _send(frames: queue.Queue[bytes], sink: BinaryIO) -> None:
    while (frame := frames.get()) is not _DONE:
        sink.write(_FRAME.pack(len(frame)))
        sink.write(frame)
    sink.flush()


def chunks(plan: Plan, first: int = 0, last: int | None = None) -> Iterator[dict]:
    """Chunks ``first`` to ``last`` (default: all) from a worker process, in order."""
    last = plan.chunks if last is None else last
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.demo.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        stop = threading.Event()
        try:
            assert proc.stdin is not None and proc.stdout is not None
            pickle.dump((plan, first, last), proc.stdin, protocol=PROTOCOL)
            proc.stdin.close()
            frames: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)
            reader = threading.Thread(
                target=_receive, args=(proc.stdout, frames, last - first, stop), daemon=True
            )
            reader.start()
            for _ in range(first, last):
                frame = frames.get()
                if frame is None:
                    raise WorkerFailed(_why(proc, errors))
                yield pickle.loads(frame)
        finally:
            stop.set()
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def _receive(
    stream: BinaryIO, frames: queue.Queue[bytes | None], count: int, stop: threading.Event
) -> None:
    """Read ``count`` frames into ``frames``; None if the stream ends early."""
    read: Callable[[int], bytes] = stream.read
    for _ in range(count):
        head = read(_FRAME.size)
        size = _FRAME.unpack(head)[0] if len(head) == _FRAME.size else -1
        frame = read(size) if size > 0 else b""
        if len(frame) != size:
            _put(frames, None, stop)
            return
        if not _put(frames, frame, stop):
            return


def _put(frames: queue.Queue[bytes | None], item: bytes | None, stop: threading.Event) -> bool:
    """Put ``item`` unless the reader is told to stop (the consumer went away)."""
    while not stop.is_set():
        try:
            frames.put(item, timeout=0.2)
            return True
        except queue.Full:
            continue
    return False


def _why(proc: subprocess.Popen, errors: BinaryIO) -> str:
    proc.wait()
    errors.seek(0)
    tail = errors.read().decode(errors="replace")[-2000:].strip()
    return f"the demo worker stopped (exit code {proc.returncode}): {tail}"


def main() -> None:
    serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
