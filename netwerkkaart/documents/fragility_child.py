"""The fragility document computed in a forked child process while this one computes something else.

Analyse and fragility on one snapshot are independent and pure (no database): with two cores the
fragility document (the larger) is computed in a child forked from this process — which inherits the
snapshot without copying it — while this process computes the analyse document and writes it back.
The child sends its people block as soon as it is done (so it can be written back meanwhile), then
the document and its stage times; it never touches the database connection it inherited.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from graph.rows import Snapshot

Compute = Callable[..., dict[str, Any]]  # fragility_snapshot(snap, *, timer, on_people, **options)


class FragilityInChild:
    """`compute(snap, **options)` (fragility_snapshot) in a forked child; collect it with `document`."""

    def __init__(self, compute: Compute, snap: Snapshot, **options: Any) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._child = context.Process(target=_compute, args=(send, compute, snap, options), daemon=True,
                                      name="fragility")
        self._child.start()
        send.close()
        # Received as soon as sent: a large message would otherwise hold the child up in a full pipe.
        self._inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        threading.Thread(target=self._drain, name="fragility-inbox", daemon=True).start()
        self._people: list[dict[str, Any]] | None = None
        self.stages: list[tuple[str, float]] = []  # (stage, seconds) in the child, once it is done

    def people(self) -> list[dict[str, Any]]:
        """Return the document's people block, waiting for the child to have computed it."""
        if self._people is None:
            self._people = self._next("people")
        return self._people

    def document(self) -> dict[str, Any]:
        """Return the fragility document once the child is done (its stage times then in `stages`)."""
        self.people()
        doc, self.stages = self._next("document")
        self._child.join()
        return doc

    def _drain(self) -> None:
        while True:
            try:
                message = self._receive.recv()
            except (EOFError, OSError):
                self._inbox.put(("ended", None))
                return
            self._inbox.put(message)
            if message[0] != "people":
                return

    def _next(self, kind: str) -> Any:
        got, value = self._inbox.get()
        if got == "ended":
            self._child.join()
            raise RuntimeError(f"the fragility child process ended (exit code {self._child.exitcode})")
        if got == "error":
            self._child.join()
            raise RuntimeError(f"the fragility child process failed: {value}")
        if got != kind:
            raise RuntimeError(f"the fragility child sent {got!r} where {kind!r} was due")
        return value


def _compute(send: Connection, compute: Compute, snap: Snapshot, options: dict[str, Any]) -> None:
    """Return nothing; send ("people", block), then ("document", (doc, stage times)) or ("error", text)."""
    stages: list[tuple[str, float]] = []
    last = [time.perf_counter()]

    def timer(stage: str) -> None:
        now = time.perf_counter()
        stages.append((stage, now - last[0]))
        last[0] = now

    try:
        doc = compute(snap, timer=timer, on_people=lambda rows: send.send(("people", rows)), **options)
        send.send(("document", (doc, stages)))
    except Exception as exc:  # every failure goes back to the parent, which raises it
        send.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        send.close()
