"""The Uitleg page: every figure in plain words, with the anchors the pages' "?" links point at."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from graph.model import Dataset
from tests.web.conftest import AS_OF
from web.routes.uitleg import ANALYST_FIGURES, MAIN_FIGURES

ClientAs = Callable[[str | None], TestClient]
TEMPLATES = Path(__file__).resolve().parents[2] / "web" / "templates"


def linked_anchors() -> set[str]:
    """Return the anchors the templates link to: help('anchor') and /uitleg#anchor."""
    found = set()
    for template in TEMPLATES.glob("*.html"):
        source = template.read_text(encoding="utf-8")
        found |= set(re.findall(r"\bhelp\('([\w-]+)'\)", source))
        found |= set(re.findall(r"/uitleg#([\w-]+)", source))
        for listed in re.findall(r"for anchor in \[([^\]]+)\]", source):
            found |= set(re.findall(r"'([\w-]+)'", listed))
    return found


def test_every_anchor_a_page_links_to_is_explained(client_as: ClientAs) -> None:
    page = client_as("viewer").get("/uitleg")
    assert page.status_code == 200
    ids = set(re.findall(r'<dt id="([\w-]+)"', page.text))
    assert ids == set(MAIN_FIGURES) | set(ANALYST_FIGURES)
    linked = linked_anchors()
    assert {"dragers", "een-persoon", "kans", "sleutelpersonen"} <= linked
    assert linked - ids == set()


def test_the_explanations_are_in_english_with_lang_en(client_as: ClientAs) -> None:
    english = client_as("coordinator").get("/uitleg", params={"lang": "en"}).text
    assert "Explanations: what the figures mean" in english and "Details for analysts" in english
    assert "Uitleg: wat de cijfers betekenen" not in english
    dutch = client_as("coordinator").get("/uitleg").text
    assert "Kans dat de verbinding er over een jaar nog is" in dutch and "Details voor analisten" in dutch


def test_every_logged_in_role_may_read_it_and_the_menu_links_it(client_as: ClientAs) -> None:
    for role in ("viewer", "coordinator", "admin"):
        assert client_as(role).get("/uitleg").status_code == 200
    anonymous = client_as(None).get("/uitleg", headers={"Accept": "text/html"})
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    assert 'href="/uitleg"' in client_as("viewer").get("/", params={"as_of": AS_OF.isoformat()}).text


def test_the_main_pages_link_their_figures_to_the_explanations(client_as: ClientAs,
                                                                demo_data: Dataset) -> None:
    viewer, params = client_as("viewer"), {"as_of": AS_OF.isoformat()}
    pages = ["/", "/fragility", f"/organisations/{demo_data.organisations[1].id}", "/areas/WK059901"]
    explained = set(re.findall(r'<dt id="([\w-]+)"', viewer.get("/uitleg").text))
    for path in pages:
        anchors = set(re.findall(r'href="/uitleg#([\w-]+)"', viewer.get(path, params=params).text))
        assert anchors and anchors <= explained, (path, anchors - explained)


def test_centrality_and_simulation_settings_sit_in_the_analysts_fold(client_as: ClientAs,
                                                                   demo_data: Dataset) -> None:
    viewer, params = client_as("viewer"), {"as_of": AS_OF.isoformat()}
    organisation = viewer.get(f"/organisations/{demo_data.organisations[1].id}", params=params).text
    fold = organisation[organisation.index('<details class="analysts"'):]
    assert 'id="centrality"' in fold and "PageRank" in fold
    fragility = viewer.get("/fragility", params=params).text
    start = fragility.index('<details class="analysts"')
    fold = fragility[start:fragility.index("</details>", start)]
    assert 'name="seed"' in fold and 'name="runs"' in fold
