"""One exception tree for netwerkkaart; the CLI and the API translate it at their edges."""

from __future__ import annotations

from typing import Self

from graph import catalogue


class NetwerkkaartError(Exception):
    """Base of every error netwerkkaart raises on purpose; its message is meant for the user.

    Raised as `InvalidInputError.say(key, **values)`, the message comes from the catalogue: `str()`
    is the default language (NETWERKKAART_LANG, else Dutch), `text(lang)` any other.
    """

    exit_code = 1
    key: str | None = None
    values: dict[str, object] = {}  # noqa: RUF012  # replaced per error by `say`, never changed

    @classmethod
    def say(cls, key: str, /, **values: object) -> Self:
        """Return this error with message `key` of the catalogue, its placeholders filled by `values`."""
        error = cls(catalogue.say(key, catalogue.default_lang(), **values))
        error.key, error.values = key, values
        return error

    def text(self, lang: str) -> str:
        """Return the message in `lang` (the catalogue's message for a keyed error), else as written."""
        return catalogue.say(self.key, lang, **self.values) if self.key else str(self)


class InvalidInputError(NetwerkkaartError):
    """The user's input is wrong; nothing was written (exit code 2, HTTP 400/422)."""

    exit_code = 2


class NotFoundError(NetwerkkaartError):
    """A named thing (organisation, person, area) does not exist (HTTP 404)."""

    exit_code = 2


class RuntimeSetupError(NetwerkkaartError):
    """The managed Neo4j cannot be set up or started (Java, Maven, port, data directory)."""


class DatabaseUnavailableError(NetwerkkaartError):
    """Neo4j does not answer, or refuses the credentials (HTTP 503)."""
