"""`netwerkkaart user …`, `person export|erase` and the audit trail of CLI writes, end to end."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from graph import audit, users
from graph.admin import content_hash
from graph.driver import Graph
from graph.upserts import upsert_dataset
from tests.cli.test_ingest_cli import run, run_ok, workbook
from tests.graph.test_upserts import ctx, small_dataset

PASSWORD = "een lang genoeg wachtwoord"


def password_file(tmp_path: Path, password: str = PASSWORD) -> str:
    path = tmp_path / "pw"
    path.write_text(password + "\n")
    return str(path)


def test_the_first_admin_comes_from_the_command_line(graph: Graph, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out, err = run_ok(["user", "add", "anna", "--role", "admin", "--password-file",
                       password_file(tmp_path)], capsys)
    assert "anna toegevoegd (beheerder)." in err and PASSWORD not in out + err
    user = users.authenticate(graph, "anna", PASSWORD)
    assert user is not None and user.role == "admin"
    listed = json.loads(run_ok(["user", "list", "--json"], capsys)[0])
    assert [(u["username"], u["role"], u["disabled"]) for u in listed["users"]] == [("anna", "admin", False)]
    assert "password_hash" not in json.dumps(listed)
    assert audit.events(graph, action="user_add")[0].target == "anna"


def test_the_password_is_read_from_stdin_and_never_printed(graph: Graph, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))  # piped, as `echo … | netwerkkaart`
    out, err = run_ok(["user", "add", "bram", "--role", "viewer"], capsys)
    assert PASSWORD not in out + err
    assert users.authenticate(graph, "bram", PASSWORD) is not None


def test_bad_users_exit_2_and_store_nothing(graph: Graph, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["user", "add", "anna", "--role", "root", "--password-file",
                        password_file(tmp_path)], capsys)
    assert code == 2 and "onbekende rol 'root'" in err
    code, out, err = run(["user", "add", "anna", "--password-file", password_file(tmp_path, "x9!Q")],
                         capsys)
    assert code == 2 and "te kort" in err and "x9!Q" not in out + err
    assert users.list_users(graph) == []


def test_a_token_is_printed_once_works_and_can_be_revoked(graph: Graph, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    run_ok(["user", "add", "bot", "--role", "coordinator", "--password-file", password_file(tmp_path)],
           capsys)
    out, err = run_ok(["user", "token", "create", "bot", "--label", "zorgzaam010"], capsys)
    token = out.strip()
    holder = users.user_for_token(graph, token)
    assert holder is not None and holder.username == "bot" and token not in err
    token_id = users.list_users(graph)[0].tokens[0]["id"]
    assert token_id in err
    run_ok(["user", "token", "revoke", token_id], capsys)
    assert users.user_for_token(graph, token) is None
    assert {e.action for e in audit.events(graph)} >= {"token_create", "token_revoke"}
    assert token not in json.dumps([e.as_json() for e in audit.events(graph)])


def test_removing_and_disabling_users(graph: Graph, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    run_ok(["user", "add", "anna", "--password-file", password_file(tmp_path)], capsys)
    run_ok(["user", "disable", "anna"], capsys)
    assert users.authenticate(graph, "anna", PASSWORD) is None
    run_ok(["user", "disable", "anna", "--enable"], capsys)
    assert users.authenticate(graph, "anna", PASSWORD) is not None
    run_ok(["user", "remove", "anna"], capsys)
    code, _, err = run(["user", "remove", "anna"], capsys)
    assert code == 2 and "er is geen gebruiker 'anna'" in err


def test_person_export_and_erase(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    upsert_dataset(graph, small_dataset(), ctx())
    doc = json.loads(run_ok(["person", "export", "p1"], capsys)[0])
    assert doc["person"]["name"] == "Anne de Vries" and doc["affiliations"][0]["organisation_id"] == "o1"
    code, _, err = run(["person", "erase", "p1"], capsys)  # no --yes and no terminal to ask on
    assert code == 2 and "p1 is niet gewist" in err
    _, err = run_ok(["person", "erase", "p1", "--yes"], capsys)
    assert "anon-" in err
    code, _, err = run(["person", "export", "p1"], capsys)
    assert code == 2 and "er is geen persoon met id 'p1'" in err


def test_erasing_an_unknown_person_exits_2_and_changes_nothing(
        graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    upsert_dataset(graph, small_dataset(), ctx())
    before = content_hash(graph)
    code, _, err = run(["person", "erase", "nobody", "--yes"], capsys)
    assert code == 2 and "er is geen persoon met id 'nobody'" in err
    assert content_hash(graph) == before


def test_cli_ingests_are_in_the_audit_log(graph: Graph, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "partners.xlsx")
    run_ok(["ingest", str(path), "--dry-run"], capsys)
    assert audit.events(graph, action="ingest") == [], "a dry run writes nothing to attribute"
    run_ok(["ingest", str(path)], capsys)
    [ingested] = audit.events(graph, action="ingest")
    assert ingested.actor.startswith("cli:") and "partners.xlsx" in ingested.target
    assert ingested.detail == "ok"
    bad = tmp_path / "people.csv"
    bad.write_text("id;naam\n;Zonder id\n", encoding="utf-8")
    before = content_hash(graph)
    code, _, _ = run(["ingest", str(bad)], capsys)
    assert code == 2
    assert content_hash(graph) == before, "a refused ingest writes nothing, audit log included"
