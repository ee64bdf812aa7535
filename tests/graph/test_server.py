"""The managed local Neo4j: lifecycle, two side by side, external-URI mode and its errors."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.admin import dump
from graph.connection import connect
from graph.errors import DatabaseUnavailableError, RuntimeSetupError
from graph.model import Person
from graph.runtime.server import ManagedServer, free_port
from graph.settings import Settings
from graph.stats import graph_counts
from graph.upserts import upsert_people
from tests.graph.test_upserts import ctx
from tests.own_server import own_settings, running_server

pytestmark = [pytest.mark.slow(seconds=80), pytest.mark.own_server]


@pytest.fixture(scope="module")
def second_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ManagedServer]:
    """A second managed server in a data directory of its own, shared by this module's tests."""
    with running_server(tmp_path_factory.mktemp("second")) as server:
        yield server


def test_data_survives_a_stop_and_start(second_server: ManagedServer) -> None:
    with connect(second_server.settings) as graph:
        upsert_people(graph, [Person("p1", "Anne"), Person("p2", "Bram")], ctx())
        wait_for = graph_counts(graph).labels["Person"]
        before = graph_counts(graph)
    assert second_server.stop() is True
    assert second_server.state().running is False
    second_server.start()
    with connect(second_server.settings) as graph:
        assert graph_counts(graph) == before
    assert before.labels["Person"] == wait_for >= 2


def test_two_data_directories_are_two_independent_servers(
    graph: object, second_server: ManagedServer, settings: Settings
) -> None:
    with connect(second_server.settings) as other:
        upsert_people(other, [Person("only-here", "Noor")], ctx())
    with connect(settings) as ours:
        assert graph_counts(ours).labels.get("Person", 0) == 0
    with connect(second_server.settings) as other:
        assert "only-here" in {row["props"]["id"] for row in dump(other)["nodes"]}
    assert second_server.state().port != ManagedServer(settings).state().port


def test_the_generated_password_is_readable_by_the_owner_only(second_server: ManagedServer) -> None:
    mode = stat.S_IMODE(os.stat(second_server.password_file).st_mode)
    assert mode == 0o600
    assert len(second_server.password()) >= 24
    assert second_server.password() != "neo4j"


def test_external_uri_mode_uses_that_server_instead(second_server: ManagedServer,
                                                   tmp_path: Path) -> None:
    external = Settings(NEO4J_URI=second_server.state().uri, NEO4J_USER="neo4j",
                        NEO4J_PASSWORD=second_server.password(),
                        NETWERKKAART_DATA_DIR=tmp_path / "unused")
    with connect(external) as graph:
        upsert_people(graph, [Person("via-uri", "Karim")], ctx())
    with connect(second_server.settings) as graph:
        assert "via-uri" in {row["props"]["id"] for row in dump(graph)["nodes"]}
    assert not (tmp_path / "unused").exists(), "no managed server is started in URI mode"


def test_wrong_credentials_say_so(second_server: ManagedServer, tmp_path: Path) -> None:
    wrong = Settings(NEO4J_URI=second_server.state().uri, NEO4J_USER="neo4j",
                     NEO4J_PASSWORD="not-the-password")
    with pytest.raises(DatabaseUnavailableError, match=r"weigerde de inloggegevens.*NEO4J_PASSWORD"), \
            connect(wrong):
        pass


def test_a_uri_that_does_not_answer_fails_within_the_timeout() -> None:
    port = free_port()  # nothing listens here
    silent = Settings(NEO4J_URI=f"bolt://127.0.0.1:{port}", NEO4J_PASSWORD="x",
                      NETWERKKAART_CONNECT_TIMEOUT=3)
    with pytest.raises(DatabaseUnavailableError, match=r"antwoordt niet.*NEO4J_URI"), connect(silent):
        pass


def test_a_port_that_is_taken_is_named(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        server = ManagedServer(own_settings(tmp_path / "d", NETWERKKAART_BOLT_PORT=taken))
        with pytest.raises(RuntimeSetupError, match=rf"Poort {taken} .* is bezet"):
            server.start()


def test_a_data_directory_that_is_not_writable_is_named(tmp_path: Path) -> None:
    # A path below a regular file can't be created even by root (CI runs as root).
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    server = ManagedServer(own_settings(blocker / "data"))
    with pytest.raises(RuntimeSetupError, match=r"niet schrijfbaar.*NETWERKKAART_DATA_DIR"):
        server.start()


def test_no_java_is_named_with_the_fix(tmp_path: Path) -> None:
    server = ManagedServer(own_settings(tmp_path / "d", NETWERKKAART_JAVA=str(tmp_path / "no-java")))
    with pytest.raises(RuntimeSetupError, match=r"Geen Java gevonden: installeer OpenJDK 17"):
        server.start()


def test_a_java_that_is_too_old_is_named(tmp_path: Path) -> None:
    old_java = tmp_path / "java"
    old_java.write_text('#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n')
    old_java.chmod(0o755)
    server = ManagedServer(own_settings(tmp_path / "d", NETWERKKAART_JAVA=str(old_java)))
    with pytest.raises(RuntimeSetupError, match=r"Java 11 .* is te oud: Neo4j 5.26 heeft Java 17 of 21"):
        server.start()


def test_no_maven_and_no_cached_jars_is_named(tmp_path: Path) -> None:
    server = ManagedServer(own_settings(
        tmp_path / "d", NETWERKKAART_CACHE_DIR=tmp_path / "empty-cache",
        NETWERKKAART_MAVEN=str(tmp_path / "no-mvn")))
    with pytest.raises(RuntimeSetupError, match=r"Geen Maven .* en geen bewaarde Neo4j-jars"):
        server.start()
