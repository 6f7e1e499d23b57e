"""One unit of work at a time on an SQLite database, per process.

SQLite does its work in the calling thread, and Python's sqlite3 lets go of the GIL for every row
it steps to. With several threads of one process reading at once, the GIL then changes hands at
every row: measured on the demo catalog page, two threads gave two thirds of one thread's calls per
second, each call costing 1.7 times the CPU. A gate lets one unit of work through at a time, so
the GIL stays with it; the other threads wait on the gate, which costs them nothing.

Writers first queue among themselves (SQLite takes one writer at a time anyway, and its busy
handler polls with sleeps of up to 100 ms), then pass the gate. Work that needs no database and
lets go of the GIL for long (argon2: tens of milliseconds at production cost) opens the gate
while it runs (:func:`opened`), so readers go on meanwhile; a writer keeps its place in the
writers' queue, so no other writer can reach SQLite's write lock, which it holds.
"""
from __future__ import annotations

import threading
from collections import deque
from contextlib import contextmanager

_held = threading.local()  # the gate the current thread holds, and how many times it entered it


class _Turns:
    """A lock handed over in the order it was asked for: a plain lock lets a thread that just
    released it take it again ahead of the waiting ones, and some requests then wait many turns
    (seen as a 99th percentile 15 times the median)."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()
        self._taken = False

    def acquire(self) -> None:
        with self._mutex:
            if not self._taken:
                self._taken = True
                return
            mine = threading.Lock()
            mine.acquire()
            self._waiting.append(mine)
        mine.acquire()  # released by the thread that hands the turn over

    def release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # still taken: now by the first in line
            else:
                self._taken = False


class Gate:
    def __init__(self) -> None:
        self._turn = _Turns()
        self._writers = threading.RLock()

    @contextmanager
    def entered(self, write: bool = False):
        """Pass the gate (reentrant): a writer queues among the writers first (a reader turned
        writer lets the gate go while it queues: writers' queue, then gate, always)."""
        if write:
            if getattr(_held, "gate", None) is self:
                with opened():
                    self._writers.acquire()
            else:
                self._writers.acquire()
        try:
            if getattr(_held, "gate", None) is self:
                _held.depth += 1
                try:
                    yield
                finally:
                    _held.depth -= 1
            else:
                outer = getattr(_held, "gate", None), getattr(_held, "depth", 0)
                self._turn.acquire()
                _held.gate, _held.depth = self, 1
                try:
                    yield
                finally:
                    _held.gate, _held.depth = outer
                    self._turn.release()
        finally:
            if write:
                self._writers.release()


@contextmanager
def opened():
    """Let other threads through the gate the current thread holds, if any, while the block runs
    (the block must not touch the database)."""
    gate, depth = getattr(_held, "gate", None), getattr(_held, "depth", 0)
    if gate is None:
        yield
        return
    _held.gate, _held.depth = None, 0
    gate._turn.release()
    try:
        yield
    finally:
        gate._turn.acquire()
        _held.gate, _held.depth = gate, depth
