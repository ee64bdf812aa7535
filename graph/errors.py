"""One exception tree for netwerkkaart; the CLI and the API translate it at their edges."""

from __future__ import annotations


class NetwerkkaartError(Exception):
    """Base of every error netwerkkaart raises on purpose; its message is meant for the user."""

    exit_code = 1


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
