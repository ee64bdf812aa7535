"""Logins under attack: parallel guesses, lockout as a weapon, and sessions that end with the
credentials they were started with (new password, disabled, removed or re-created user)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from graph import users
from graph.driver import Graph
from tests.web.test_login import log_in, login_form
from web.auth.devices import DEVICE_COOKIE, UNKNOWN_BROWSER

ClientAs = Callable[[str | None], TestClient]
PASSWORD = "a long password 1"
# "At once" for a session: the same few seconds a token's revocation takes.
PROMPTLY = 8.0


def _user(graph: Graph, name: str, role: str = "viewer") -> str:
    users.add_user(graph, username=name, role=role, password=PASSWORD)
    return name


def _refused_within(http: TestClient, path: str, seconds: float) -> int:
    """Poll `path` until it is no longer 200 or `seconds` passed; return the last status."""
    started = time.monotonic()
    status = http.get(path).status_code
    while status == 200 and time.monotonic() - started < seconds:
        time.sleep(0.25)
        status = http.get(path).status_code
    return status


def test_parallel_wrong_passwords_get_one_password_check(client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "parallel-anna")
    browsers = [client_as(None) for _ in range(20)]
    tokens = [login_form(b) for b in browsers]
    start = threading.Barrier(len(browsers))

    def attempt(i: int) -> int:
        start.wait()
        return browsers[i].post("/login", data={"username": name, "password": f"guess {i} wrong",
                                                "csrf_token": tokens[i]}).status_code

    with ThreadPoolExecutor(len(browsers)) as pool:
        statuses = list(pool.map(attempt, range(len(browsers))))
    assert statuses.count(401) == 1, statuses
    assert statuses.count(429) == len(browsers) - 1


def test_a_stranger_cannot_lock_the_user_out_of_their_own_browser(
        client: TestClient, client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "device-carl")
    own = client_as(None)
    assert log_in(own, name, PASSWORD).status_code == 303 and DEVICE_COOKIE in own.cookies
    throttle = client.app.state.auth.throttle
    for _ in range(10):  # a stranger failed ten times: unknown browsers must wait 2^9 s
        throttle.failed(name, UNKNOWN_BROWSER)
    stranger = log_in(client_as(None), name, PASSWORD)
    assert stranger.status_code == 429, "an unknown browser waits, even with the right password"
    assert log_in(own, name, PASSWORD).status_code == 303, "the user's own browser still gets in"
    throttle.succeeded(name, UNKNOWN_BROWSER)


def test_a_known_browser_is_slowed_down_by_its_own_failures(client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "device-dina")
    own = client_as(None)
    assert log_in(own, name, PASSWORD).status_code == 303
    assert log_in(own, name, "a wrong password").status_code == 401
    assert log_in(own, name, PASSWORD).status_code == 429, "the next try waits, right password or not"


def test_another_users_device_cookie_is_no_pass(client_as: ClientAs, demo_graph: Graph) -> None:
    mine, theirs = _user(demo_graph, "device-eva"), _user(demo_graph, "device-fred")
    http = client_as(None)
    assert log_in(http, mine, PASSWORD).status_code == 303
    assert log_in(http, theirs, "a wrong password").status_code == 401
    assert log_in(client_as(None), theirs, PASSWORD).status_code == 429, \
        "failures against another name with my cookie count for every unknown browser"


def test_a_new_password_ends_the_sessions_at_once(client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "stamp-hans")
    http = client_as(None)
    assert log_in(http, name, PASSWORD).status_code == 303
    assert http.get("/api/me").status_code == 200
    users.set_password(demo_graph, name, "another long password")
    assert _refused_within(http, "/api/me", PROMPTLY) == 401
    fresh = client_as(None)
    assert log_in(fresh, name, "another long password").status_code == 303
    time.sleep(PROMPTLY / 2)
    assert fresh.get("/api/me").status_code == 200, "a session under the new password lives on"


def test_disabling_a_user_ends_their_session_at_once(client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "stamp-ida")
    http = client_as(None)
    assert log_in(http, name, PASSWORD).status_code == 303
    users.set_disabled(demo_graph, name, disabled=True)
    assert _refused_within(http, "/api/me", PROMPTLY) == 401


def test_a_demoted_user_loses_the_rights_at_once(client_as: ClientAs, demo_graph: Graph) -> None:
    name = _user(demo_graph, "stamp-jan", role="coordinator")
    http = client_as(None)
    assert log_in(http, name, PASSWORD).status_code == 303
    assert http.get("/api/people", params={"q": "a"}).status_code == 200
    users.remove_user(demo_graph, name)
    users.add_user(demo_graph, username=name, role="viewer", password=PASSWORD)
    assert _refused_within(http, "/api/people?q=a", PROMPTLY) in (401, 403)
