"""Errors as people can use them: a page in their language for browsers (what happened, what to do,
links on), JSON with a Dutch detail for the API; Dutch dates in the address; no dead links for viewers."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from graph.errors import DatabaseUnavailableError
from graph.model import Dataset
from graph.settings import Settings
from tests.web.conftest import AS_OF
from tests.web.test_privacy import viewer_urls
from web.app import create_app
from web.auth.rules import PUBLIC, require

ClientAs = Callable[[str | None], TestClient]
HTML = {"Accept": "text/html,application/xhtml+xml"}


def page(response: object, status: int) -> str:
    """Return the body of an HTML error page after checking its status, type and that it is no JSON."""
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    body = html.unescape(response.text)
    assert body.lstrip().startswith("<!doctype html>") and '{"detail"' not in body
    return body


def test_an_unknown_address_is_a_dutch_page_with_the_main_pages_to_go_on(client: TestClient,
                                                                          client_as: ClientAs) -> None:
    body = page(client.get("/nergens/te-vinden", headers=HTML), 404)
    assert "Pagina niet gevonden" in body and "te-vinden" not in body, "the address is not written back"
    for main in ("/", "/network", "/map", "/fragility", "/commission"):
        assert f'<li><a href="{main}">' in body
    # Another client: `?lang=en` leaves a language cookie behind.
    english = page(client_as("admin").get("/nergens", params={"lang": "en"}, headers=HTML), 404)
    assert "Page not found" in english and "Pagina niet gevonden" not in english


def test_an_unknown_record_is_the_same_page(client: TestClient) -> None:
    body = page(client.get("/organisations/no-such-org", headers=HTML), 404)
    assert "Pagina niet gevonden" in body and "no-such-org" not in body


def test_the_api_answers_json_with_a_dutch_detail(client: TestClient) -> None:
    missing = client.get("/api/nergens", headers=HTML)  # under /api/ even a browser gets JSON
    assert missing.status_code == 404 and missing.json()["status"] == 404
    assert "Er is geen pagina" in missing.json()["detail"]
    unknown = client.get("/api/organisations/no-such-org")
    assert unknown.status_code == 404 and "Er is geen pagina" in unknown.json()["detail"]
    assert "no-such-org" not in unknown.text, "what was typed does not come back"


def test_a_viewer_on_a_coordinator_page_learns_the_role_and_whom_to_ask(client_as: ClientAs,
                                                                           demo_data: Dataset) -> None:
    viewer = client_as("viewer")
    body = page(viewer.get(f"/people/{demo_data.people[1].id}", headers=HTML), 403)
    assert "Geen toegang" in body and "coördinator" in body and "kijker" in body
    assert "Vraag een beheerder" in body
    api = viewer.get("/api/people/x")
    assert api.status_code == 403 and "coördinator" in api.json()["detail"]
    english = page(client_as("viewer").get("/audit", params={"lang": "en"}, headers=HTML), 403)
    assert "administrator" in english and "Ask an administrator" in english


def test_an_anonymous_api_call_gets_a_dutch_401(client_as: ClientAs) -> None:
    response = client_as(None).get("/api/overview")
    assert response.status_code == 401 and "Log in" in response.json()["detail"]


def test_a_wrong_date_says_what_to_type_instead(client: TestClient) -> None:
    body = page(client.get("/", params={"as_of": "31-13-2025"}, headers=HTML), 422)
    assert "Peildatum" in body and "31-13-2025" in body and "2025-06-01 of 01-06-2025" in body
    api = client.get("/api/overview", params={"as_of": "gisteren"})
    assert api.status_code == 422
    assert "Peildatum: 'gisteren' is geen datum" in api.json()["detail"]
    assert api.json()["errors"][0]["loc"] == ["query", "as_of"]


def test_a_wrong_choice_lists_the_choices(client: TestClient) -> None:
    body = page(client.get("/map", params={"layer": "provincies"}, headers=HTML), 422)
    assert "Laag: 'provincies' kan niet; kies uit" in body and "'wijken'" in body


def test_a_dutch_date_in_the_address_is_the_same_day(client: TestClient) -> None:
    dutch = AS_OF.strftime("%d-%m-%Y")
    iso = client.get("/api/overview", params={"as_of": AS_OF.isoformat()}).json()
    assert client.get("/api/overview", params={"as_of": dutch}).json() == iso
    assert page(client.get("/", params={"as_of": "31-02-2025"}, headers=HTML), 422)


def test_invalid_input_is_a_page(client: TestClient) -> None:
    body = page(client.get("/fragility", params={"what_if": "ghost"}, headers=HTML), 400)
    # What to type instead, without saying back what was typed (it could be anything, or a name).
    assert "Ongeldige invoer" in body and "Niemand gevonden" in body and "ghost" not in body


def test_a_wrong_method_is_a_page(client: TestClient) -> None:
    body = page(client.get("/logout", headers=HTML), 405)
    assert "Dit kan zo niet" in body and "GET" in body


@pytest.fixture(scope="module")
def broken(settings: Settings, client: TestClient) -> Iterator[TestClient]:
    """An app with routes that fail: a bug (500) and a database that is away (503)."""
    app: FastAPI = create_app(settings)
    anyone = [Depends(require(PUBLIC))]

    def bug() -> None:
        raise RuntimeError("a bug")

    def away() -> None:
        raise DatabaseUnavailableError("bolt://127.0.0.1:7687 refused the connection")

    for path, endpoint in (("/bug", bug), ("/api/bug", bug), ("/away", away), ("/api/away", away)):
        app.add_api_route(path, endpoint, dependencies=anyone)
    with TestClient(app, raise_server_exceptions=False) as http:
        yield http


def test_a_bug_is_a_500_page_without_the_traceback(broken: TestClient) -> None:
    response = broken.get("/bug", headers=HTML)
    body = page(response, 500)
    assert "Er ging iets mis" in body and "a bug" not in body and "Traceback" not in body
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    api = broken.get("/api/bug")
    assert api.status_code == 500 and "Er ging iets mis" in api.json()["detail"]


def test_the_database_away_is_a_page_that_retries_by_itself(broken: TestClient) -> None:
    response = broken.get("/away", headers=HTML)
    body = page(response, 503)
    assert "De database start op" in body and '<meta http-equiv="refresh" content="10">' in body
    assert response.headers["retry-after"] == "10" and "7687" not in body
    assert "<script" not in body.split("<main>")[1]
    api = broken.get("/api/away")
    assert api.status_code == 503 and "Neo4j" in api.json()["detail"] and "7687" not in api.text


def test_a_viewer_is_never_offered_a_link_to_a_person_page(client_as: ClientAs, web_app: FastAPI,
                                                            demo_data: Dataset, fragility: dict) -> None:
    org = next(k["a"] for k in fragility["links"] if k["carriers"])
    pages = [u for u in viewer_urls(web_app, demo_data) if not u.startswith("/api/") and "." not in u]
    pages += [f"/organisations/{org}?as_of={AS_OF}", f"/fragility?as_of={AS_OF}",
              f"/introductions?as_of={AS_OF}"]
    viewer, coordinator = client_as("viewer"), client_as("coordinator")
    for url in pages:
        response = viewer.get(url, headers=HTML)
        assert response.status_code == 200, url
        assert "/people/" not in response.text, url
    network = {"as_of": AS_OF.isoformat(), "people": "true", "area": "WK059901"}
    assert "/people/" not in viewer.get("/api/network", params=network).text
    # The same pages link names to person pages for a coordinator, who can open them.
    assert 'href="/people/' in coordinator.get(pages[-3], headers=HTML).text
    assert 'href="/people/' in coordinator.get(pages[-1], headers=HTML).text
    assert "/people/" in coordinator.get("/api/network", params=network).text


@pytest.mark.parametrize("prefix", ["/", "/api/x/"])
def test_an_unknown_address_never_says_back_what_was_typed(client_as: ClientAs, demo_data: Dataset,
                                                           prefix: str) -> None:
    viewer = client_as("viewer")
    person, nobody = demo_data.people[3].name, "Niemand Bekend"
    answers = [viewer.get(prefix + name, headers={"Accept": "text/html"}) for name in (person, nobody)]
    assert [a.status_code for a in answers] == [404, 404]
    assert person not in answers[0].text and nobody not in answers[1].text
    assert answers[0].text == answers[1].text, "a person's name reads the same as any other address"
