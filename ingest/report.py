"""Located problems found while reading and validating input: one `RowError` per problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Past this many errors the rest are counted, not kept (a 50 MB file of bad rows stays usable).
MAX_KEPT = 10_000


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem at a place the user can find: `row` is the Excel row (header = 1), 0 = none."""

    file: str
    sheet: str
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        row = str(self.row) if self.row else ""
        return f"{self.file}:{self.sheet}:{row}:{self.column}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        """Return the error in the `ingest --json` shape."""
        return {"file": self.file, "sheet": self.sheet, "row": self.row or None,
                "column": self.column, "value": self.value, "message": self.message}


@dataclass(slots=True)
class Problems:
    """Errors and warnings collected over a whole run, in the order found."""

    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    dropped: int = 0
    _warned: set[tuple[str, str, str, str]] = field(default_factory=set)

    def error(self, file: str, sheet: str, row: int, column: str, value: str, message: str) -> None:
        """Record one error (counted only, past MAX_KEPT)."""
        if len(self.errors) >= MAX_KEPT:
            self.dropped += 1
            return
        self.errors.append(RowError(file, sheet, row, column, value, message))

    def warn(self, file: str, sheet: str, row: int, column: str, value: str, message: str) -> None:
        """Record a warning once per (file, sheet, column, value)."""
        key = (file, sheet, column, value)
        if key in self._warned:
            return
        self._warned.add(key)
        self.warnings.append(RowError(file, sheet, row, column, value, message))

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
