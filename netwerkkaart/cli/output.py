"""Output conventions: JSON documents on stdout, human text and progress on stderr."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

stderr = Console(stderr=True, highlight=False)


def print_error(message: str) -> None:
    """Print one `Error: …` line to stderr."""
    stderr.print(f"[bold red]Error:[/] {message}", markup=True, soft_wrap=True)


def print_json(document: Any) -> None:
    """Print one JSON document to stdout (dates as ISO strings)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, default=_default, indent=2))
    sys.stdout.write("\n")
    sys.stdout.flush()


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
