"""Every page speaks Dutch: no English words, no raw ids or language codes, no bare CBS codes.

The pages come from the route table (tests/web/routes_table.py), so a page added later is read without
touching this file. Each is rendered in Dutch over the demo data for a viewer and a coordinator; only
what a user sees is read: the text, and the `title`, `aria-label`, `alt` and `placeholder` attributes
(scripts, styles and other attributes are left out). The main surfaces also keep analysts' jargon out
of sight: under a "Details voor analisten" fold it may stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from graph.model import Dataset
from graph.users import ROLES
from tests.web.conftest import AS_OF
from tests.web.routes_table import SAMPLES, rules, url_for, with_params
from web.auth.rules import COORDINATOR, PUBLIC, VIEWER

ClientAs = Callable[[str | None], TestClient]

# English words a Dutch page must not show (whole words, any case). Words Dutch shares with English
# ("is", "in", "was", "status", "website", "link", "score") are not on the list.
ENGLISH = ("the", "and", "with", "from", "for", "not", "should", "would", "could", "this", "that",
           "which", "what", "why", "who", "there", "their", "than", "other", "only", "none", "yes",
           "connected", "chance", "unknown", "volunteer", "staff", "board", "accepted", "rejected",
           "completed", "sent", "invalid", "not found", "people", "person", "organisation",
           "organisations", "network", "referral", "referrals", "link hangs", "carrier", "carriers",
           "years", "shown", "degree", "betweenness", "closeness", "community", "gain", "seed",
           "supply", "demand", "need", "needs", "district", "neighbourhood", "colleague", "informal",
           "partnership", "coordinator",
           # codes of the data shown raw instead of their names
           "no_capacity", "taalcafe")
# Where an English word is allowed, and why (proper names the data or the software carry).
ALLOWED = {
    # The language switch offers English in English, as language switches do.
    "English",
}
RAW_ID = re.compile(r"\b(?:org-\d+|p-\d+)\b")
# Languages as ISO codes ("spreekt ar", "ar, ti, nl") instead of their names: the demo's codes, and
# after "spreekt" only those that are not also Dutch words ("spreekt de ontvanger", "spreekt en").
_ISO = "nl|en|ar|ti|fa|tr|uk|ru|pl|so|fr|es|ku|ps|ur|de|pt|ro|bg|zh|am|prs|ber"
LANGUAGE_CODES = re.compile(rf"\bspreekt (?:(?!de\b|en\b)(?:{_ISO}))\b|\b(?:{_ISO})(?:, (?:{_ISO}))+\b")
CBS_CODE = re.compile(r"\b(?:BU\d{8}|WK\d{6})\b")
# A CBS code may show where it is labelled as one: "CBS-code WK059901", "CBS-code: BU05990101".
CBS_LABEL = re.compile(r"CBS-code\W{0,3}$")
# Analysts' words that the main surfaces keep under the "Details voor analisten" fold (patterns, any
# case). "Gemeenschap" is not on the list: the demo's organisations are named "Poolse Gemeenschap 4";
# the community figure sits in the fold with the other centrality figures, which are on the list.
JARGON = ("knopen", "knoop", "busfactor", "graad", "pagerank", "tussenpositie", r"beperking \(burt\)",
          "startgetal", "winst", "nabijheid", "centraliteit")
MAIN_SURFACES = ("/", "/fragility", "/network", "/organisations/{org_id}", "/areas/{code}")
_VISIBLE_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
_HIDDEN = {"script", "style", "template", "noscript"}
# Responses that are files or data, not pages.
_NOT_PAGES = (".csv", ".xlsx", ".json", ".js", ".pdf")
# Swagger UI (/docs) is the API's developers' page from a package, in English by design.
_NOT_DUTCH_PAGES = ("/docs",)


class VisibleText(HTMLParser):
    """Collects the text a user sees: text outside scripts and styles, and the visible attributes.
    Text inside a <details> fold is collected apart (`folded`), since it is not on view at first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: list[str] = []
        self.folded: list[str] = []
        self._hidden = 0
        self._details = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "details":
            self._details += 1
        self._out().extend(v for k, v in attrs if k in _VISIBLE_ATTRIBUTES and v)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "details":
            self._details = max(0, self._details - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self._out().append(data.strip())

    def _out(self) -> list[str]:
        return self.folded if self._details else self.shown


def visible(html: str) -> tuple[str, str]:
    """Return (text on view, text inside <details> folds) of a page, pieces joined by line breaks."""
    parser = VisibleText()
    parser.feed(html)
    return "\n".join(parser.shown), "\n".join(parser.folded)


def english_words(text: str) -> list[str]:
    """Return the listed English words in `text` (whole words, any case), allowed names left out."""
    for name in ALLOWED:
        text = text.replace(name, " ")
    return sorted({m.group(0) for word in ENGLISH
                   for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)})


def bare_codes(text: str) -> list[str]:
    """Return the raw organisation and person ids, languages as codes, and the CBS codes not labelled as
    such, in `text`."""
    codes = RAW_ID.findall(text) + LANGUAGE_CODES.findall(text)
    codes += [m.group(0) for m in CBS_CODE.finditer(text) if not CBS_LABEL.search(text[:m.start()])]
    return codes


def jargon(text: str) -> list[str]:
    """Return the analysts' words in `text` (whole words, any case), lower case."""
    return sorted({m.group(0).lower() for w in JARGON for m in re.finditer(rf"(?<!\w){w}(?!\w)", text, re.I)})


def report(found: dict[str, list[str]]) -> str:
    """Return the findings per page, one page a line, for the failure message."""
    return "\n".join(f"{path}: {', '.join(dict.fromkeys(items))}"
                     for path, items in sorted(found.items()) if items)


def pages(client: TestClient, role: str) -> Iterator[str]:
    """Yield the path template of every HTML page `role` may open (GET, not the API, not a file)."""
    for (method, path), needed in sorted(rules(client.app).items()):
        if (method != "GET" or path.startswith("/api/") or path.endswith(_NOT_PAGES)
                or needed in (None, PUBLIC) or path in _NOT_DUTCH_PAGES
                or ROLES.index(str(needed)) > ROLES.index(role)):
            continue
        yield path


@pytest.fixture(scope="module")
def samples(demo_data: Dataset) -> dict[str, str]:
    """Path parameters for the pages: the route table's samples, an organisation and a person."""
    return {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id}


@pytest.fixture(scope="module")
def rendered(client_as: ClientAs, samples: dict[str, str]) -> dict[tuple[str, str], str]:
    """{(role, path template): the page's HTML in Dutch} for every page of a viewer and a coordinator."""
    found = {}
    for role in (VIEWER, COORDINATOR):
        http = client_as(role)
        for path in pages(http, role):
            url, query = with_params(url_for(path, samples), {"as_of": AS_OF.isoformat(), "lang": "nl"})
            response = http.get(url, params=query, headers={"Accept": "text/html"})
            if response.headers.get("content-type", "").startswith("text/html"):
                found[role, path] = response.text
    return found


def test_the_page_list_follows_the_route_table(rendered: dict[tuple[str, str], str]) -> None:
    viewer = {path for role, path in rendered if role == VIEWER}
    coordinator = {path for role, path in rendered if role == COORDINATOR}
    assert {"/", "/fragility", "/network", "/organisations/{org_id}", "/areas/{code}"} <= viewer
    assert "/people/{person_id}" in coordinator - viewer
    assert "/uitleg" in viewer


@pytest.mark.parametrize("role", [VIEWER, COORDINATOR])
def test_no_page_shows_an_english_word(rendered: dict[tuple[str, str], str], role: str) -> None:
    found = {path: english_words("\n".join(visible(html))) for (r, path), html in rendered.items()
             if r == role}
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("role", [VIEWER, COORDINATOR])
def test_no_page_shows_a_raw_id_or_an_unlabelled_cbs_code(rendered: dict[tuple[str, str], str],
                                                           role: str) -> None:
    found = {path: bare_codes("\n".join(visible(html))) for (r, path), html in rendered.items() if r == role}
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("role", [VIEWER, COORDINATOR])
def test_the_main_surfaces_keep_jargon_under_the_analysts_fold(rendered: dict[tuple[str, str], str],
                                                                role: str) -> None:
    found = {path: jargon(visible(html)[0]) for (r, path), html in rendered.items()
             if r == role and path in MAIN_SURFACES}
    assert set(found) == set(MAIN_SURFACES)
    assert not any(found.values()), report(found)


# The checks themselves, on pages made up for the purpose: each must be able to fail.

def test_the_reader_skips_scripts_and_attributes_but_reads_titles_and_folds() -> None:
    shown, folded = visible('<p data-x="the">Hallo <script>var the = 1</script><span title="unknown">x'
                            '</span></p><details><summary>Details</summary>PageRank</details>')
    assert english_words(shown) == ["unknown"]
    assert "PageRank" in folded and "PageRank" not in shown


def test_english_words_are_found_whole_and_in_any_case() -> None:
    found = english_words("De link is Connected, and de kans: NOT FOUND")
    assert found == ["Connected", "NOT", "NOT FOUND", "and"]
    assert english_words("theater, zandbak, overstaffed, niet-sent-bar") == []


def test_raw_ids_and_unlabelled_cbs_codes_are_found() -> None:
    assert bare_codes("org-00210 en p-17 in WK059901") == ["org-00210", "p-17", "WK059901"]
    assert bare_codes("Charlois (CBS-code WK059915), Tarwewijk (CBS-code: BU05991576)") == []
    assert bare_codes("organisaties-2024, porg-1, Arabisch, Tigrinya, is, of; spreekt de taal") == []
    assert bare_codes("spreekt ar; talen: ar, ti, nl") == ["spreekt ar", "ar, ti, nl"]


def test_jargon_is_found_only_as_whole_words() -> None:
    assert jargon("Graad 3, PageRank 0,1 en Winst 0,0026") == ["graad", "pagerank", "winst"]
    assert jargon("gradenboog, winstgevend, Eritrese Gemeenschap 4") == []
    assert jargon("Startgetal 7 en Beperking (Burt)") == ["beperking (burt)", "startgetal"]
