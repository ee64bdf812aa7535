"""Users and API tokens in Neo4j: argon2 passwords, roles, disabling, hashed tokens."""

from __future__ import annotations

import pytest

from graph import users
from graph.admin import dump
from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError

PASSWORD = "correct horse battery"


def test_a_user_logs_in_with_the_right_password_only(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="coordinator", password=PASSWORD)
    user = users.authenticate(graph, "anna", PASSWORD)
    assert user is not None and (user.username, user.role, user.disabled) == ("anna", "coordinator", False)
    assert users.authenticate(graph, "anna", PASSWORD + "!") is None
    assert users.authenticate(graph, "nobody", PASSWORD) is None


def test_the_password_is_stored_as_an_argon2id_hash_only(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="admin", password=PASSWORD)
    stored = [n["props"] for n in dump(graph)["nodes"] if "User" in n["labels"]]
    assert len(stored) == 1 and stored[0]["password_hash"].startswith("$argon2id$")
    assert PASSWORD not in repr(dump(graph))
    assert all(not hasattr(u, "password_hash") for u in users.list_users(graph))


@pytest.mark.parametrize(("username", "role", "password", "message"), [
    ("Anna", "viewer", PASSWORD, "is geen geldige gebruikersnaam"),
    ("anna", "superuser", PASSWORD, "onbekende rol 'superuser'"),
    ("anna", "viewer", "x9!Q", "te kort"),
])
def test_invalid_users_are_refused_and_nothing_is_stored(graph: Graph, username: str, role: str,
                                                         password: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message) as info:
        users.add_user(graph, username=username, role=role, password=password)
    assert password not in str(info.value)
    assert users.list_users(graph) == []


def test_a_taken_username_is_refused(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="viewer", password=PASSWORD)
    with pytest.raises(InvalidInputError, match="er is al een gebruiker 'anna'"):
        users.add_user(graph, username="anna", role="admin", password=PASSWORD)
    assert [u.role for u in users.list_users(graph)] == ["viewer"]


def test_a_disabled_user_cannot_log_in_nor_use_a_token(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="viewer", password=PASSWORD)
    _, token = users.create_token(graph, username="anna")
    users.set_disabled(graph, "anna", disabled=True)
    assert users.authenticate(graph, "anna", PASSWORD) is None
    assert users.user_for_token(graph, token) is None
    users.set_disabled(graph, "anna", disabled=False)
    assert users.authenticate(graph, "anna", PASSWORD) is not None


def test_a_token_acts_as_its_holder_until_revoked(graph: Graph) -> None:
    users.add_user(graph, username="bot", role="coordinator", password=PASSWORD)
    token_id, token = users.create_token(graph, username="bot", label="zorgzaam010")
    holder = users.user_for_token(graph, token)
    assert holder is not None and (holder.username, holder.role) == ("bot", "coordinator")
    assert users.user_for_token(graph, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert token not in repr(dump(graph)), "only the token's hash is stored"
    assert users.revoke_token(graph, token_id) == "bot"
    assert users.user_for_token(graph, token) is None
    [listed] = users.list_users(graph)
    assert listed.tokens[0]["id"] == token_id and listed.tokens[0]["revoked_at"] is not None


def test_removing_a_user_removes_their_tokens(graph: Graph) -> None:
    users.add_user(graph, username="bot", role="viewer", password=PASSWORD)
    _, token = users.create_token(graph, username="bot")
    assert users.remove_user(graph, "bot") == 1
    assert users.user_for_token(graph, token) is None
    assert not [n for n in dump(graph)["nodes"] if {"User", "ApiToken"} & set(n["labels"])]


def test_unknown_users_and_tokens_are_named(graph: Graph) -> None:
    with pytest.raises(NotFoundError, match="er is geen gebruiker 'ghost'"):
        users.remove_user(graph, "ghost")
    with pytest.raises(NotFoundError, match="er is geen gebruiker 'ghost'"):
        users.create_token(graph, username="ghost")
    with pytest.raises(NotFoundError, match="tok-nope"):
        users.revoke_token(graph, "tok-nope")


def test_a_new_password_replaces_the_old(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="viewer", password=PASSWORD)
    users.set_password(graph, "anna", "another long secret")
    assert users.authenticate(graph, "anna", PASSWORD) is None
    assert users.authenticate(graph, "anna", "another long secret") is not None


def test_roles_are_ordered() -> None:
    admin, viewer = users.User("a", "admin"), users.User("v", "viewer")
    assert admin.at_least("coordinator") and admin.at_least("viewer")
    assert viewer.at_least("viewer") and not viewer.at_least("coordinator")


def test_the_credential_stamp_changes_with_the_password_and_disabling_only(graph: Graph) -> None:
    users.add_user(graph, username="anna", role="viewer", password="a long secret")
    first = users.get_user(graph, "anna").stamp
    assert first and users.authenticate(graph, "anna", "a long secret") is not None
    assert users.get_user(graph, "anna").stamp == first, "logging in changes nothing"
    users.set_password(graph, "anna", "another long secret")
    second = users.get_user(graph, "anna").stamp
    users.set_disabled(graph, "anna", disabled=True)
    assert len({first, second, users.get_user(graph, "anna").stamp}) == 3
