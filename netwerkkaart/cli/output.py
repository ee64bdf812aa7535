"""Output conventions: JSON documents on stdout, human text and progress on stderr."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class _PipeSafeStderr:
    """sys.stderr as it is at each write, ignoring a reader that went away (`… 2>&1 | head -1`).

    A closed pipe must not turn a command that did its work into a failure: the exit code says
    what the command did, not whether someone read all of its messages.
    """

    def write(self, text: str) -> int:
        try:
            return sys.stderr.write(text)
        except BrokenPipeError:
            return len(text)

    def flush(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            sys.stderr.flush()

    def isatty(self) -> bool:
        return sys.stderr.isatty()

    def fileno(self) -> int:
        return sys.stderr.fileno()

    @property
    def encoding(self) -> str:
        return getattr(sys.stderr, "encoding", None) or "utf-8"


class _LazyConsole:
    """rich's Console on stderr, made at first use so that `--help` need not import rich."""

    def __init__(self) -> None:
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """Return the real Console (for rich's progress bars)."""
        if self._console is None:
            from rich.console import Console

            # No markup, emoji or highlighting: user text (`Connections:26:id: …`, a name with
            # brackets) must print as written, not as rich's `:id:` emoji or `[b]` markup.
            self._console = Console(file=_PipeSafeStderr(), highlight=False, markup=False,
                                    emoji=False)
        return self._console

    def print(self, *objects: Any, **kwargs: Any) -> None:
        """Print to stderr as rich's Console.print does, text as written (no markup or emoji codes)."""
        kwargs.setdefault("markup", False)
        kwargs.setdefault("emoji", False)
        self.console.print(*objects, **kwargs)


stderr = _LazyConsole()


def print_error(message: str) -> None:
    """Print one `Fout: …` line (en: `Error: …`) to stderr, the message as written (no markup or emoji)."""
    from rich.text import Text

    from netwerkkaart.cli.language import say

    stderr.print(Text.assemble((say("cli_error"), "bold red"), " ", message), soft_wrap=True)


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
