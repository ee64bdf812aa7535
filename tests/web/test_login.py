"""Browser login: sessions (cookie flags, fixation, expiry at logout), CSRF, slowed guessing, audit."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient

from graph import audit
from graph.driver import Graph
from web.auth.devices import UNKNOWN_BROWSER
from web.auth.sessions import COOKIE

ClientAs = Callable[[str | None], TestClient]
PASSWORD = "viewer password 123"  # conftest's password for web-viewer

# The login form's own token (a logged-in page also holds the logout form's token).
LOGIN_TOKEN = re.compile(r'id="login-form">\s*<input type="hidden" name="csrf_token" value="([^"]+)"')


def login_form(http: TestClient) -> str:
    """Return the CSRF token of a freshly loaded login form (its cookie is now in `http`)."""
    page = http.get("/login")
    assert page.status_code == 200
    return LOGIN_TOKEN.search(page.text).group(1)


def log_in(http: TestClient, username: str = "web-viewer", password: str = PASSWORD,
           next_url: str = "/") -> object:
    token = login_form(http)
    return http.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                     "next": next_url})


def test_login_starts_a_session_with_safe_cookie_flags(client_as: ClientAs, demo_graph: Graph) -> None:
    http = client_as(None)
    response = log_in(http, next_url="/fragility")
    assert response.status_code == 303 and response.headers["location"] == "/fragility"
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(COOKIE + "="))
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert "secure" not in cookie.lower(), "plain http: a Secure cookie would never come back"
    assert http.get("/api/me").json()["name"] == "web-viewer"
    assert audit.events(demo_graph, action="login", actor="web-viewer")[0].ip == "testclient"


def test_over_https_the_cookie_is_secure(client_as: ClientAs) -> None:
    http = client_as(None)
    http.base_url = "https://testserver"
    response = log_in(http)
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(COOKIE + "="))
    assert "secure" in cookie.lower()


def test_a_session_id_planted_before_login_is_not_the_one_after(client_as: ClientAs) -> None:
    attacker = client_as(None)
    log_in(attacker)
    planted = attacker.cookies[COOKIE]
    victim = client_as(None)
    victim.cookies.set(COOKIE, planted, domain="testserver.local")
    response = log_in(victim)
    assert response.status_code == 303, (response.status_code, response.text[-900:-500])
    assert victim.cookies[COOKIE] != planted
    assert attacker.get("/api/me").status_code == 401, "the planted session ended at the new login"


def test_wrong_passwords_are_refused_and_logged_without_the_password(
        client: TestClient, client_as: ClientAs, demo_graph: Graph) -> None:
    response = log_in(client_as(None), username="web-coordinator", password="guess 1 wrong")
    assert response.status_code == 401 and "verkeerd wachtwoord" in response.text
    event = audit.events(demo_graph, action="login_failed", actor="web-coordinator")[0]
    assert "guess" not in str(event.as_json())
    log_in(client_as(None), username="no-such-user", password="my secret password")
    assert audit.events(demo_graph, action="login_failed")[0].actor == "(unknown)"
    client.app.state.auth.throttle.succeeded("web-coordinator", UNKNOWN_BROWSER)


def test_guessing_from_unknown_browsers_is_slowed_down_per_username(
        client: TestClient, client_as: ClientAs) -> None:
    throttle = client.app.state.auth.throttle
    for _ in range(10):  # ten failures in a row: the next try must wait 2^9 s
        throttle.failed("web-admin", UNKNOWN_BROWSER)
    response = log_in(client_as(None), username="web-admin", password="admin password 123")
    assert response.status_code == 429 and int(response.headers["retry-after"]) > 60
    assert COOKIE not in response.cookies, "not even the right password gets in while blocked"
    assert log_in(client_as(None)).status_code == 303, "another username is not blocked"
    throttle.succeeded("web-admin", UNKNOWN_BROWSER)


def test_a_login_post_without_the_forms_token_is_refused(client_as: ClientAs) -> None:
    http = client_as(None)
    login_form(http)
    response = http.post("/login", data={"username": "web-viewer", "password": PASSWORD,
                                         "csrf_token": "forged"})
    assert response.status_code == 403 and COOKIE not in response.cookies


def test_writes_with_a_session_need_the_csrf_token(client_as: ClientAs) -> None:
    http = client_as(None)
    log_in(http, username="web-coordinator", password="coordinator password 123")
    body = {"from_organisation": "x", "to_organisation": "y", "need": "taal"}
    assert http.post("/api/refer/record", json=body).status_code == 403
    csrf = http.get("/api/me").json()["csrf_token"]
    assert http.post("/api/refer/record", json=body, headers={"X-CSRF-Token": csrf}).status_code != 403
    assert http.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert http.post("/logout", data={"csrf_token": csrf}).status_code == 303
    assert http.get("/api/me").status_code == 401, "logged out"


def test_an_open_redirect_after_login_goes_home(client_as: ClientAs) -> None:
    assert log_in(client_as(None), next_url="//evil.example/").headers["location"] == "/"
