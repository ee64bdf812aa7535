"""Slow down password guessing: after each failed login for a username from one client (a known
browser, or all unknown ones together: web/auth/devices.py), the next attempt for that pair must
wait twice as long (1 s, 2 s, 4 s … up to 15 minutes).

An attempt is counted when it is let through, before the password is checked (`reserve`), so
parallel attempts cannot all pass the wait; a correct password then clears the count."""

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
    """Failed logins per (username, client) and the wait they impose."""

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

    def reserve(self, username: str, client: str) -> float:
        """Return the wait still due for this pair (0 = go); on 0 the attempt is counted as failed now."""
        now = time.monotonic()
        with self._lock:  # check and count in one step: of N parallel attempts one gets through
            seen = self._failures.get((username, client))
            if seen is not None and now - seen.last <= FORGET_AFTER:
                wait = self.delay(seen.count) - (now - seen.last)
                if wait > 0:
                    return wait
            self._count(username, client, now)
        return 0.0

    def failed(self, username: str, ip: str) -> None:
        """Count a failed attempt for this pair."""
        with self._lock:
            self._count(username, ip, time.monotonic())

    def _count(self, username: str, client: str, now: float) -> None:
        """Add one failure to the pair (the caller holds the lock)."""
        seen = self._failures.get((username, client))
        count = 1 if seen is None or now - seen.last > FORGET_AFTER else seen.count + 1
        self._failures[(username, client)] = _Failures(count, now)
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
