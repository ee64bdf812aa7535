"""Slow down password guessing: after each failed login for a username from an address, the next
attempt for that pair must wait twice as long (1 s, 2 s, 4 s … up to 15 minutes)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

FIRST_DELAY = 1.0
MAX_DELAY = 15 * 60.0
# Failures older than this are forgotten, so an honest typo does not count for ever.
FORGET_AFTER = 3600.0
# Above this many remembered pairs, forgotten ones are dropped (a flood of names stays bounded).
PRUNE_ABOVE = 10_000


@dataclass(slots=True)
class _Failures:
    count: int
    last: float


class LoginThrottle:
    """Failed logins per (username, address) and the wait they impose."""

    def __init__(self) -> None:
        self._failures: dict[tuple[str, str], _Failures] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, username: str, ip: str) -> float:
        """Return how many seconds this pair must still wait before a login attempt (0 = go)."""
        with self._lock:
            seen = self._failures.get((username, ip))
        if seen is None:
            return 0.0
        elapsed = time.monotonic() - seen.last
        if elapsed > FORGET_AFTER:
            return 0.0
        return max(0.0, self.delay(seen.count) - elapsed)

    def failed(self, username: str, ip: str) -> None:
        """Count a failed attempt for this pair."""
        now = time.monotonic()
        with self._lock:
            seen = self._failures.get((username, ip))
            count = 1 if seen is None or now - seen.last > FORGET_AFTER else seen.count + 1
            self._failures[(username, ip)] = _Failures(count, now)
            if len(self._failures) > PRUNE_ABOVE:
                self._failures = {k: v for k, v in self._failures.items() if now - v.last <= FORGET_AFTER}

    def succeeded(self, username: str, ip: str) -> None:
        """Forget the failures of this pair."""
        with self._lock:
            self._failures.pop((username, ip), None)

    @staticmethod
    def delay(failures: int) -> float:
        """Return the wait after `failures` consecutive failures: 1, 2, 4 … seconds, capped."""
        return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - 1)) if failures > 0 else 0.0
