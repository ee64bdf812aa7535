"""Upload in the browser (/upload): preview in a rolled-back rehearsal, then "Doorvoeren".

On the suite's clean graph (not the shared demo). Every test judges what was written by the business
content hash (`graph.backup.business_hash`): a preview, a refusal and a bad file leave it as it was;
a commit leaves it exactly as `netwerkkaart ingest` of the same file does.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import closing
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from graph import audit
from graph.admin import clear_business_data
from graph.backup import business_hash
from graph.driver import Graph
from graph.run_undo import undo_run
from graph.runs import list_runs
from graph.settings import Settings
from graph.users import add_user, create_token
from ingest.pipeline import ingest
from ingest.template import template_bytes
from tests.graph.test_runs import AFFS_A, ORGS_A, ORGS_B, PEOPLE_A, PEOPLE_B, _files, _ingest
from tests.web.conftest import bearer
from tests.web.test_login import log_in
from web.app import create_app

PASSWORD = "a long coordinator password 1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SHA = re.compile(r'name="sha256" value="([0-9a-f]{64})"')
Upload = dict[str, tuple[str, bytes]]


def csv_files(**sheets: str) -> list[tuple[str, tuple[str, bytes]]]:
    """Return multipart `files` for named CSV sheets (organisations="id;naam;…")."""
    return [("files", (f"{name}.csv", text.encode(), "text/csv")) for name, text in sheets.items()]


class Site:
    """The app on the suite's graph, with a coordinator logged in through the form (a session)."""

    def __init__(self, http: TestClient, app: object, tokens: dict[str, str]) -> None:
        self.http, self.app, self.tokens = http, app, tokens

    def csrf(self) -> str:
        return CSRF.findall(self.http.get("/upload").text)[-1]

    def preview(self, files: list, **extra: str) -> object:
        return self.http.post("/upload/preview", files=files, data={"csrf_token": self.csrf(), **extra})

    def commit(self, location: str, sha256: str | None = None) -> object:
        page = self.http.get(location).text
        return self.http.post(f"{location}/commit", data={"csrf_token": CSRF.findall(page)[-1],
                                                          "sha256": sha256 or SHA.findall(page)[0]})

    def as_role(self, role: str) -> TestClient:
        return TestClient(self.app, headers=bearer(self.tokens[role]), follow_redirects=False)


def make_site(graph: Graph, settings: Settings) -> Iterator[Site]:
    add_user(graph, username="upload-coordinator", role="coordinator", password=PASSWORD)
    tokens = {}
    for role in ("viewer", "coordinator"):
        add_user(graph, username=f"upload-{role}-t", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"upload-{role}-t")[1]
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as http:
        assert log_in(http, username="upload-coordinator", password=PASSWORD).status_code == 303
        yield Site(http, app, tokens)


@pytest.fixture
def site(graph: Graph, settings: Settings) -> Iterator[Site]:
    """Run A ingested (two organisations, three people), and a coordinator's session on the app."""
    yield from make_site(graph, settings)


@pytest.fixture
def after_a(graph: Graph, site: Site, tmp_path: Path) -> str:
    """Ingest run A through the CLI's pipeline; return the business hash after it."""
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    return business_hash(graph)


def changed(page: str, label: str) -> list[tuple[str, str, str]]:
    """Return the (field, was, becomes) rows the preview shows for the record labelled `label`."""
    table = re.search(r"<caption>" + re.escape(label) + r"</caption>(.*?)</table>", page, re.S)
    assert table, f"no changes shown for {label}"
    return re.findall(r'<th scope="row">([^<]*)</th><td class="old">([^<]*)</td><td class="new">([^<]*)</td>',
                      table.group(1))


def uploads_kept(settings: Settings) -> set[str]:
    folder = settings.data_dir / "uploads"
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_the_form_says_the_limit_and_serves_the_template(site: Site) -> None:
    page = site.http.get("/upload")
    assert page.status_code == 200 and "Gegevens bijwerken" in page.text
    assert "Hoogstens 20 MB per keer" in page.text and 'href="/upload/template.xlsx"' in page.text
    download = site.http.get("/upload/template.xlsx")
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    assert sheets(download.content) == sheets(template_bytes())  # the CLI's template (zip times differ)


def sheets(xlsx: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(xlsx), read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def test_viewers_get_403_never_see_the_link_and_write_nothing(graph: Graph, site: Site, after_a: str) -> None:
    viewer = site.as_role("viewer")
    for url in ("/upload", "/upload/template.xlsx"):
        assert viewer.get(url).status_code == 403
    assert viewer.post("/upload/preview", files=csv_files(organisations=ORGS_B)).status_code == 403
    assert 'href="/upload"' not in viewer.get("/").text
    assert 'href="/upload"' in site.http.get("/").text
    assert business_hash(graph) == after_a


def test_the_preview_shows_new_changed_old_to_new_and_unchanged_and_writes_nothing(
        graph: Graph, site: Site, after_a: str) -> None:
    runs = len(list_runs(graph))
    sent = site.preview(csv_files(organisations=ORGS_B, people=PEOPLE_B))
    assert sent.status_code == 303 and sent.headers["location"].startswith("/upload/")
    page = site.http.get(sent.headers["location"]).text
    assert business_hash(graph) == after_a and len(list_runs(graph)) == runs
    assert "Maatjes Zuid (o3)" in page  # new
    assert "Taalcafé Spangen → Taalcafé Spangen-West" not in page  # old → new in two cells
    assert changed(page, "Taalcafé Spangen-West (o1)") == [
        ("naam", "Taalcafé Spangen", "Taalcafé Spangen-West"),
        ("gebied", "Spangen (BU05990323)", "Delfshaven (BU05990320)"),
        ("werkgebied", "Delfshaven (WK059903)", "Noord (WK059905)"), ("capaciteit", "12", "15")]
    assert changed(page, "Anne (p1)") == [("telefoon", "0612345678", "0687654321")]
    assert "Welzijn Noord (o2)" in page and "Omar (p2)" in page  # unchanged
    assert "1 nieuw, 1 gewijzigd, 1 ongewijzigd" in page  # organisations
    assert "Doorvoeren" in page


def test_a_commit_equals_the_cli_ingest_of_the_same_files_and_is_an_undoable_upload_run(
        graph: Graph, site: Site, after_a: str, tmp_path: Path) -> None:
    sent = site.preview(csv_files(organisations=ORGS_B, people=PEOPLE_B))
    done = site.commit(sent.headers["location"])
    assert done.status_code == 303 and done.headers["location"].endswith("/done")
    committed = business_hash(graph)
    assert committed != after_a
    result = site.http.get(done.headers["location"]).text
    assert "Doorgevoerd" in result
    assert 'href="/organisations/o1"' in result and 'href="/organisations/o3"' in result
    run = list_runs(graph)[0]
    assert (run.kind, run.who) == ("upload", "upload-coordinator")
    event = audit.events(graph, action="ingest")[0]
    assert (event.actor, event.target) == ("upload-coordinator", "organisations.csv, people.csv")
    assert undo_run(graph, run.id, who="test").id and business_hash(graph) == after_a
    clear_business_data(graph)
    _ingest(graph, tmp_path / "a2", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    _ingest(graph, tmp_path / "b2", organisations=ORGS_B, people=PEOPLE_B)
    assert business_hash(graph) == committed


def test_the_upload_is_gone_after_the_commit_and_a_second_commit_is_refused(
        graph: Graph, site: Site, after_a: str, settings: Settings) -> None:
    location = site.preview(csv_files(organisations=ORGS_B)).headers["location"]
    token = location.rsplit("/", 1)[-1]
    csrf, sha = CSRF.findall(site.http.get(location).text)[-1], SHA.findall(site.http.get(location).text)[0]
    assert site.http.post(f"{location}/commit", data={"csrf_token": csrf, "sha256": sha}).status_code == 303
    left = sorted(p.name for p in (settings.data_dir / "uploads" / token).iterdir())
    assert left == ["meta.json", "result.json"]
    once = business_hash(graph)
    again = site.http.post(f"{location}/commit", data={"csrf_token": csrf, "sha256": sha})
    assert again.status_code == 404 and "al doorgevoerd of verlopen" in again.text
    assert business_hash(graph) == once


def test_a_commit_after_the_data_changed_is_refused_in_dutch(graph: Graph, site: Site, after_a: str,
                                                             tmp_path: Path) -> None:
    location = site.preview(csv_files(organisations=ORGS_B)).headers["location"]
    _ingest(graph, tmp_path / "other", people="id;naam\np9;Nieuwe collega\n")  # someone else's run
    changed = business_hash(graph)
    refused = site.commit(location)
    assert refused.status_code == 409
    assert "de gegevens zijn sinds de voorvertoning gewijzigd" in refused.text
    assert business_hash(graph) == changed


def test_a_commit_of_a_changed_file_is_refused_in_dutch(graph: Graph, site: Site, after_a: str,
                                                        settings: Settings) -> None:
    location = site.preview(csv_files(organisations=ORGS_B)).headers["location"]
    stored = settings.data_dir / "uploads" / location.rsplit("/", 1)[-1] / "organisations.csv"
    stored.write_text(ORGS_B.replace("Maatjes Zuid", "Iets anders"), encoding="utf-8")
    refused = site.commit(location)
    assert refused.status_code == 409 and "het bestand is veranderd" in refused.text
    stored.write_text(ORGS_B, encoding="utf-8")
    forged = site.commit(location, sha256="0" * 64)  # the form must name the file previewed
    assert forged.status_code == 409 and "het bestand is veranderd" in forged.text
    assert business_hash(graph) == after_a


BAD_FILES: dict[str, tuple[list, list[str]]] = {
    "not a spreadsheet": ([("files", ("organisaties.xlsx", b"\x89PNG not a workbook", "image/png"))],
                          ["organisaties.xlsx", "is geen leesbaar Excel-werkboek (.xlsx)"]),
    "empty": (csv_files(organisations=""), ["organisations.csv", "het bestand is leeg"]),
    "wrong columns": (csv_files(organisations="kleur;gewicht\nrood;12\n"),
                      ["organisations.csv", 'de verplichte kolom "naam" ontbreekt',
                       "deze kolom staat niet in het sjabloon; overgeslagen"]),
    "bad values": (csv_files(organisations="id;naam;soort;capaciteit\no7;Nieuw;vliegtuig;veel\n"),
                   ["organisations.csv", "rij 2", "kolom soort", "kolom capaciteit",
                    '"vliegtuig" is geen bekende soort; kies uit: taalcafé, maatjesproject',
                    '"veel" is geen getal']),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_lists_located_errors_in_dutch_and_writes_and_keeps_nothing(
        graph: Graph, site: Site, after_a: str, settings: Settings, case: str) -> None:
    files, expected = BAD_FILES[case]
    kept = uploads_kept(settings)
    response = site.preview(files)
    assert response.status_code == 400, response.text[:300]
    assert "Het bestand bevat fouten" in response.text and "Er is niets gewijzigd" in response.text
    shown = unescape(response.text)
    assert [e for e in expected if e not in shown] == [], case
    assert business_hash(graph) == after_a and uploads_kept(settings) == kept


def test_a_bad_file_s_errors_are_in_english_on_the_english_page(
        graph: Graph, site: Site, after_a: str) -> None:
    files = csv_files(organisations="id;naam;soort;capaciteit\no7;Nieuw;vliegtuig;veel\n")
    response = site.http.post("/upload/preview?lang=en", files=files, data={"csrf_token": site.csrf()})
    assert response.status_code == 400
    shown = unescape(response.text)
    assert '"vliegtuig" is not a known kind; allowed: language café, buddy project' in shown
    assert '"veel" is not a number' in shown and "is geen" not in shown
    assert business_hash(graph) == after_a


def test_no_file_chosen_is_said_in_dutch(graph: Graph, site: Site, after_a: str) -> None:
    response = site.http.post("/upload/preview", data={"csrf_token": site.csrf()})
    assert response.status_code == 400 and "Kies eerst een bestand" in response.text
    assert business_hash(graph) == after_a


def test_a_file_over_the_limit_is_refused_saying_the_limit(graph: Graph, settings: Settings,
                                                           tmp_path: Path) -> None:
    with closing(make_site(graph, settings.model_copy(update={"upload_max_mb": 1}))) as sites:
        site = next(sites)
        too_big(graph, settings, site)


def too_big(graph: Graph, settings: Settings, site: Site) -> None:
    before, kept = business_hash(graph), uploads_kept(settings)
    big = ORGS_B + "".join(f"x{n};Organisatie {n};welzijn;;;\n" for n in range(40_000))
    response = site.preview(csv_files(organisations=big))
    assert response.status_code == 413
    assert "Het bestand is te groot: hoogstens 1 MB per keer" in response.text
    assert business_hash(graph) == before and uploads_kept(settings) == kept
    english = site.http.post("/upload/preview?lang=en", files=csv_files(organisations=big),
                             data={"csrf_token": site.csrf()})
    assert "The file is too large: at most 1 MB at a time" in english.text


def test_both_posts_need_the_csrf_token(graph: Graph, site: Site, after_a: str) -> None:
    assert site.http.post("/upload/preview", files=csv_files(organisations=ORGS_B)).status_code == 403
    location = site.preview(csv_files(organisations=ORGS_B)).headers["location"]
    sha = SHA.findall(site.http.get(location).text)[0]
    forged = site.http.post(f"{location}/commit", data={"csrf_token": "forged", "sha256": sha})
    assert forged.status_code == 403
    assert business_hash(graph) == after_a


def test_someone_elses_upload_is_not_found(graph: Graph, site: Site, after_a: str) -> None:
    location = site.preview(csv_files(organisations=ORGS_B)).headers["location"]
    other = site.as_role("coordinator")
    assert other.get(location).status_code == 404
    assert other.post(f"{location}/commit", data={"sha256": "0" * 64}).status_code == 404
    assert business_hash(graph) == after_a


def test_show_all_lists_every_record_a_page_at_a_time(graph: Graph, site: Site, after_a: str) -> None:
    many = "id;naam;soort\n" + "".join(f"n{n:03};Nieuwe organisatie {n:03};welzijn\n" for n in range(30))
    location = site.preview(csv_files(organisations=many)).headers["location"]
    page = site.http.get(location).text
    assert "Nieuwe organisatie 019" in page and "Nieuwe organisatie 029" not in page
    assert f'href="{location}/organisations/created"' in page and "Alle 30 tonen" in page
    every = site.http.get(f"{location}/organisations/created").text
    assert all(f"Nieuwe organisatie {n:03} (n{n:03})" in every for n in range(30))
    assert site.http.get(f"{location}/people/nonsense").status_code == 404


def test_ingest_dry_run_counts_match_the_preview(graph: Graph, after_a: str, tmp_path: Path) -> None:
    result = ingest(graph, _files(tmp_path / "b", organisations=ORGS_B, people=PEOPLE_B), dry_run=True)
    assert result.changes is not None and business_hash(graph) == after_a
    assert result.changes.counts["organisations"] == {"created": 1, "updated": 1}



def zipped(**sheets: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in sheets.items():
            archive.writestr(f"export/{name}.csv", text)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content", "shown"), [
    ("partners.xlsx", template_bytes(), "Taalcafé Spangen (org-001)"),
    ("export.zip", zipped(organisations=ORGS_B, people=PEOPLE_B), "Maatjes Zuid (o3)")],
    ids=["template xlsx", "zip of csv"])
def test_the_template_and_a_zip_of_csv_files_are_read_as_the_cli_reads_them(
        graph: Graph, site: Site, after_a: str, name: str, content: bytes, shown: str) -> None:
    sent = site.preview([("files", (name, content, "application/octet-stream"))])
    assert sent.status_code == 303, sent.text[:500]
    page = site.http.get(sent.headers["location"])
    assert shown in page.text and business_hash(graph) == after_a
    english = site.http.get(sent.headers["location"], params={"lang": "en"}).text
    assert "Preview: what changes" in english and "Commit" in english
