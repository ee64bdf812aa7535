"""Work the pages need, done in the background: a browser is told it is being computed, never left blank.

A page request (see `web/middleware/page_waits.py`) may wait a little for an expensive result; when
the result takes longer, the computation goes on in a thread of its own and the request ends with
`StillComputing`, which the app answers with a page that says so and reloads itself when it is done.
The warm-up computes the current date's analyses when the app starts and after every data change.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

# How long the current request may wait before it is answered "being computed" (None: as long as it
# takes, which is what the API, the CLI and the tests' clients get).
PAGE_WAIT: ContextVar[float | None] = ContextVar("page_wait", default=None)


class StillComputing(Exception):  # not an error: the answer comes later
    """The result a page needs is being computed in the background."""

    def __init__(self, progress: dict[str, Any]) -> None:
        super().__init__("still computing")
        self.progress = progress


@dataclass
class Progress:
    """What the background is doing: the warm-up's steps, and since when."""

    steps: list[str] = field(default_factory=list)
    done: int = 0
    current: str | None = None
    started: float | None = None
    last_seconds: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the progress as JSON-ready values (`busy`, `done`, `total`, `current`, `seconds`)."""
        busy = self.current is not None
        seconds = round(time.monotonic() - self.started, 1) if busy and self.started else 0.0
        return {"busy": busy, "done": self.done, "total": len(self.steps), "current": self.current,
                "seconds": seconds, "last_seconds": self.last_seconds}


class Background:
    """Runs computations in daemon threads, one per key, and the warm-up with its progress."""

    def __init__(self) -> None:
        self._threads: dict[Any, threading.Thread] = {}
        self._guard = threading.Lock()
        self.progress = Progress()
        self._warm_lock = threading.Lock()
        self._warm_wanted = threading.Event()
        self._closing = threading.Event()
        self._warm_threads: list[threading.Thread] = []

    def close(self, timeout: float = 120.0) -> None:
        """Start nothing new and wait (up to `timeout` s) for what runs: the driver closes after this,
        and a thread still reading would share a connection with the close."""
        self._closing.set()
        with self._guard:
            running = [*self._threads.values(), *self._warm_threads]
        deadline = time.monotonic() + timeout
        for thread in running:
            thread.join(max(0.0, deadline - time.monotonic()))

    def status(self) -> dict[str, Any]:
        """Return the warm-up's progress, and `busy`: whether anything is being computed at all."""
        with self._guard:
            in_flight = sum(thread.is_alive() for thread in self._threads.values())
        progress = self.progress.as_dict()
        return {**progress, "busy": progress["busy"] or in_flight > 0, "in_flight": in_flight}

    def result_or_defer(self, key: Any, compute: Callable[[], Any], wait: float) -> None:
        """Start `compute` in the background (once per key) and wait up to `wait` s for it.

        Returns when it finished within the wait (the caller then reads the cache); raises
        `StillComputing` otherwise.
        """
        with self._guard:
            thread = self._threads.get(key)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=self._run, args=(key, compute), daemon=True,
                                          name="compute")
                self._threads[key] = thread
                thread.start()
        thread.join(wait)
        if thread.is_alive():
            raise StillComputing(self.status())

    def _run(self, key: Any, compute: Callable[[], Any]) -> None:
        try:
            compute()
        except Exception:  # the request that asks again gets the error itself
            pass
        finally:
            with self._guard:
                self._threads.pop(key, None)

    def warm(self, steps: list[tuple[str, Callable[[], Any]]]) -> None:
        """Run `steps` (name, work) in one background thread; a warm-up asked for while one runs
        runs once more after it, so the last data change is always the one computed."""
        if self._closing.is_set():
            return
        self._warm_wanted.set()
        thread = threading.Thread(target=self._warm, args=(steps,), daemon=True, name="warm-up")
        with self._guard:
            self._warm_threads = [t for t in self._warm_threads if t.is_alive()] + [thread]
        thread.start()

    def _warm(self, steps: list[tuple[str, Callable[[], Any]]]) -> None:
        # One warm-up at a time; one asked for meanwhile is run by the thread that holds the lock.
        while self._warm_wanted.is_set():
            if not self._warm_lock.acquire(blocking=False):
                return
            try:
                while self._warm_wanted.is_set():
                    self._warm_wanted.clear()
                    self._warm_once(steps)
            finally:
                self._warm_lock.release()

    def _warm_once(self, steps: list[tuple[str, Callable[[], Any]]]) -> None:
        progress = self.progress
        progress.steps, progress.done, progress.started = [name for name, _ in steps], 0, time.monotonic()
        for name, work in steps:
            if self._closing.is_set():
                break
            progress.current = name
            try:
                work()
            except Exception:  # e.g. the database went away; a request will say so
                break
            progress.done += 1
        progress.last_seconds = round(time.monotonic() - progress.started, 1)
        progress.current = None
