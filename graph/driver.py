"""Driver lifecycle: connect to the managed local Neo4j or to `NEO4J_URI`, and run queries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

from graph.errors import DatabaseUnavailableError
from graph.queries import Query
from graph.runtime.server import ManagedServer
from graph.settings import Settings


class Runner(Protocol):
    """Anything that runs a named query with parameters and returns its rows as dicts."""

    def run(self, query: Query, **params: Any) -> list[dict[str, Any]]: ...


@dataclass(slots=True)
class TxRunner:
    """Runs queries inside one open transaction (all-or-nothing writes)."""

    tx: ManagedTransaction

    def run(self, query: Query, **params: Any) -> list[dict[str, Any]]:
        """Return the rows of `query` run inside this transaction."""
        return _rows(self.tx.run(query.text, params))


@dataclass(slots=True)
class Graph:
    """A connected Neo4j database: the one handle `graph/` functions take."""

    driver: neo4j.Driver
    database: str
    uri: str

    def run(self, query: Query, **params: Any) -> list[dict[str, Any]]:
        """Return the rows of a write (or mixed) query run in its own transaction."""
        return self._execute(query, params, neo4j.WRITE_ACCESS)

    def read(self, query: Query, **params: Any) -> list[dict[str, Any]]:
        """Return the rows of a read-only query."""
        return self._execute(query, params, neo4j.READ_ACCESS)

    def in_transaction(self, work: Any) -> Any:
        """Run `work(TxRunner)` in one write transaction, retried on transient errors."""
        with self.driver.session(database=self.database) as session:
            return session.execute_write(lambda tx: work(TxRunner(tx)))

    def _execute(self, query: Query, params: dict[str, Any], access: str) -> list[dict[str, Any]]:
        try:
            with self.driver.session(database=self.database, default_access_mode=access) as s:
                return _rows(s.run(query.text, params))
        except ServiceUnavailable as exc:
            raise DatabaseUnavailableError.say("err_neo4j_stopped_answering", uri=self.uri,
                                               reason=exc) from exc


def _rows(result: neo4j.Result) -> list[dict[str, Any]]:
    # Not `Record.data()`: it walks every nested value looking for nodes to convert, which is most
    # of the time of a large read; the statements in cypher/ return maps and values, never nodes.
    keys = result.keys()
    return [dict(zip(keys, record, strict=True)) for record in result]


def open_graph(settings: Settings) -> Graph:
    """Return a verified connection, starting the managed server first when no URI is set."""
    if settings.managed:
        server = ManagedServer(settings)
        state = server.start()
        uri, auth = str(state.uri), ("neo4j", server.password())
    else:
        uri = str(settings.neo4j_uri)
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        auth = (settings.neo4j_user, password)
    driver = _verified_driver(uri, auth, settings)
    return Graph(driver=driver, database=settings.neo4j_database, uri=uri)


def _verified_driver(uri: str, auth: tuple[str, str], settings: Settings) -> neo4j.Driver:
    timeout = settings.connect_timeout
    try:
        driver = GraphDatabase.driver(
            uri, auth=auth, connection_timeout=timeout / 2,
            connection_acquisition_timeout=timeout, max_transaction_retry_time=timeout,
            # Server notifications (e.g. "property key does not exist" before a first write) are
            # logged by the driver on every call: noise in the logs and measurable work per request.
            notifications_min_severity="OFF",
        )
    except (ConfigurationError, ValueError) as exc:
        raise DatabaseUnavailableError.say("err_neo4j_bad_uri", uri=uri, reason=exc) from exc
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise DatabaseUnavailableError.say("err_neo4j_credentials", uri=uri, user=auth[0]) from exc
    except (ServiceUnavailable, OSError, Neo4jError) as exc:
        driver.close()
        raise DatabaseUnavailableError.say("err_neo4j_no_answer", uri=uri, reason=type(exc).__name__) from exc
    return driver
