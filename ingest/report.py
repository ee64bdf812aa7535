"""Located problems found while reading and validating input: one `RowError` per problem."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ingest.messages import say
from ingest.values import BadValue

# Past this many errors the rest are counted, not kept (a 50 MB file of bad rows stays usable).
MAX_KEPT = 10_000
# Past this many problems of one kind (file, sheet, column or kind) the rest are only counted,
# and callers may skip costly detail (a million unknown areas need no million suggestions).
MAX_SAME_KIND = 1_000


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem at a place the user can find: `row` is the Excel row (header = 1), 0 = none."""

    file: str
    sheet: str
    row: int
    column: str
    value: str
    message: str
    key: str = ""  # the catalogue's key of the message, when it came from one (the edit forms' cue)

    def __str__(self) -> str:
        row = str(self.row) if self.row else ""
        return f"{self.file}:{self.sheet}:{row}:{self.column}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        """Return the error in the `ingest --json` shape."""
        return {"file": self.file, "sheet": self.sheet, "row": self.row or None,
                "column": self.column, "value": self.value, "message": self.message}


@dataclass(slots=True)
class Problems:
    """Errors and warnings collected over a whole run, in the order found, said in the run's `lang`."""

    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    dropped: int = 0
    lang: str = "nl"
    _warned: set[tuple[str, str, str, str]] = field(default_factory=set)
    _kinds: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    _columns: dict[tuple[str, str, str, str], str] = field(default_factory=dict)

    def error(self, file: str, sheet: str, row: int, column: str, value: str, message: str | BadValue, *,
              kind: str | None = None) -> None:
        """Record one error (counted only, past MAX_SAME_KIND of its kind or MAX_KEPT in all)."""
        if not self._count("error", file, sheet, column, kind) or len(self.errors) >= MAX_KEPT:
            self.dropped += 1
            return
        self.errors.append(self._located(file, sheet, row, column, value, message))

    def warn(self, file: str, sheet: str, row: int, column: str, value: str, message: str | BadValue, *,
             kind: str | None = None) -> None:
        """Record a warning once per (file, sheet, column, value), counted only past MAX_SAME_KIND."""
        key = (file, sheet, column, value)
        if key in self._warned:
            return
        self._warned.add(key)
        if self._count("warning", file, sheet, column, kind):
            self.warnings.append(self._located(file, sheet, row, column, value, message))

    def _located(self, file: str, sheet: str, row: int, column: str, value: str,
                 message: str | BadValue) -> RowError:
        # Said now, in the run's language: the CLI, the upload and the edit forms each ran in theirs.
        if isinstance(message, BadValue):
            return RowError(file, sheet, row, column, value, message.text(self.lang), message.key)
        return RowError(file, sheet, row, column, value, message)

    def full(self, file: str, sheet: str, column: str, kind: str | None = None) -> bool:
        """Return whether errors of this kind are only counted now (so detail may be skipped)."""
        return self._kinds[("error", file, sheet, kind or column)] >= MAX_SAME_KIND

    def say(self, key: str, **values: object) -> str:
        """Return message `key` in this run's language."""
        return say(key, self.lang, **values)

    def more_like_this(self) -> list[RowError]:
        """Return one line per kind of problem that was only counted: "and 999,000 more like this"."""
        return [RowError(file, sheet, 0, self._columns[key], "", self.say("more_like_this",
                                                                             count=n - MAX_SAME_KIND))
                for key, n in self._kinds.items() if n > MAX_SAME_KIND
                for _, file, sheet, _kind in [key]]

    def _count(self, level: str, file: str, sheet: str, column: str, kind: str | None) -> bool:
        key = (level, file, sheet, kind or column)
        self._kinds[key] += 1
        self._columns.setdefault(key, column)
        return self._kinds[key] <= MAX_SAME_KIND

    @property
    def total_errors(self) -> int:
        """Return the number of errors found, kept or not."""
        return len(self.errors) + self.dropped

    def __bool__(self) -> bool:
        return bool(self.errors)


def quoted(value: str, limit: int = 60) -> str:
    """Return `value` in double quotes, shortened for messages."""
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return '"' + text.replace('"', '\\"') + '"'
