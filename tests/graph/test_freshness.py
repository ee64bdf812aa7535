"""Freshness against the real database: confirmed_at set by writes, the stale list, confirming as a run.

The world below is written at moments counted back from now, so which records are stale (last
confirmed more than 12 months ago) is known by hand:

| record              | written           | stale? |
|---------------------|-------------------|--------|
| o1 Taalcafé Spangen | 30 months ago     | yes    |
| p1 at o1 (staff)    | 30 months ago     | yes    |
| o2 Welzijn Delfshaven | 12 months 3 days ago | yes |
| p2 at o2 (volunteer)  | 12 months 3 days ago | yes |
| p3 at o2 (board)    | 12 months 3 days ago, ended 10 days ago | no: history |
| o3 Maatjes Charlois | 11 months ago     | no     |
| o4 Buurthuis Noord, o5 Wijkteam Zuid, p3 at o3 | a month ago | no |

So 3 of the 5 organisations were confirmed in the last year: 60 %.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.areas_index import area_index
from analysis.freshness import months_before
from graph.admin import content_hash
from graph.areas import areas
from graph.backup import business_hash
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.freshness import (
    UnknownRecordError,
    affiliation_confirmations,
    confirm_records,
    organisation_confirmations,
)
from graph.model import Affiliation, Dataset, Organisation, Person
from graph.run_undo import RunRefusedError, undo_run
from graph.runs import list_runs
from graph.upserts import WriteContext, upsert_dataset
from ingest.pipeline import ingest
from netwerkkaart.documents.freshness import StaleQuestion, confirm, confirmation_share, stale_document

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def ago(months: int, days: int = 0) -> dt.datetime:
    """Return the moment `months` calendar months and `days` days before NOW."""
    return months_before(NOW, months) - dt.timedelta(days=days)


O1 = Organisation("o1", "Taalcafé Spangen", "taalcafe", area="BU05990323")
O2 = Organisation("o2", "Welzijn Delfshaven", "welzijn", area="BU05990320")
O3 = Organisation("o3", "Maatjes Charlois", "maatjesproject", area="BU05991571")
O4 = Organisation("o4", "Buurthuis Noord", "welzijn")
O5 = Organisation("o5", "Wijkteam Zuid", "welzijn", area="BU05991572")
PEOPLE = [Person("p1", "Anne de Vries"), Person("p2", "Omar Haddou"), Person("p3", "Lisa Bos")]
SINCE = dt.date(2020, 1, 1)
WRITES = [
    (ago(30), Dataset(organisations=[O1], people=PEOPLE,
                      affiliations=[Affiliation("p1", "o1", "staff", SINCE)])),
    (ago(12, days=3), Dataset(organisations=[O2], affiliations=[
        Affiliation("p2", "o2", "volunteer", SINCE),
        Affiliation("p3", "o2", "board", SINCE, until=NOW.date() - dt.timedelta(days=10))])),
    (ago(11), Dataset(organisations=[O3])),
    (ago(1), Dataset(organisations=[O4, O5], affiliations=[Affiliation("p3", "o3", "coordinator", SINCE)])),
]
STALE = [("organisation", "o1", None), ("affiliation", "o1", "p1"),
         ("organisation", "o2", None), ("affiliation", "o2", "p2")]


def write_world(graph: Graph) -> None:
    """Write the world above, each part at its moment (as an ingest on that day would have)."""
    for moment, data in WRITES:
        upsert_dataset(graph, data, WriteContext(source="test", run_id=f"t-{moment:%Y%m%d}", now=moment))


def listed(doc: dict) -> list[tuple[str, str, str | None]]:
    """Return the stale list's rows as (record, organisation id, person id or None)."""
    return [(r["record"], r["organisation_id"], r.get("person_id")) for r in doc["items"]]


def stale(graph: Graph, months: int = 12, **filters: str) -> dict:
    """Return the stale document on NOW with a threshold of `months`."""
    orgs, affs = organisation_confirmations(graph), affiliation_confirmations(graph, today=NOW.date())
    return stale_document(orgs, affs, area_index(areas(graph)), StaleQuestion(**filters), lang="nl",
                          months=months, now=NOW)


def test_an_ingest_confirms_what_it_writes_and_only_that(graph: Graph, tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "organisations.csv").write_text("id;naam;soort\no1;Taalcafé;taalcafe\no2;Welzijn;welzijn\n")
    (folder / "people.csv").write_text("id;naam\np1;Anne\n")
    (folder / "affiliations.csv").write_text("persoon_id;organisatie_id;rol\np1;o1;staff\n")
    assert ingest(graph, [folder]).ok
    first = {o.id: o.confirmed for o in organisation_confirmations(graph)}
    assert all(first.values()) and abs(first["o1"] - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    (aff,) = affiliation_confirmations(graph, today=dt.date.today())
    assert aff.confirmed == first["o1"]
    # Again, with o2 renamed: o2 is confirmed anew; o1 and the affiliation, unchanged, are not.
    renamed = "id;naam;soort\no1;Taalcafé;taalcafe\no2;Welzijn Zuid;welzijn\n"
    (folder / "organisations.csv").write_text(renamed)
    assert ingest(graph, [folder]).ok
    second = {o.id: o.confirmed for o in organisation_confirmations(graph)}
    assert second["o1"] == first["o1"] and second["o2"] > first["o2"]
    assert affiliation_confirmations(graph, today=dt.date.today())[0].confirmed == first["o1"]


def test_the_list_holds_exactly_the_records_older_than_the_threshold_oldest_first(graph: Graph) -> None:
    write_world(graph)
    doc = stale(graph)
    assert listed(doc) == STALE
    assert (doc["total"], doc["organisations"], doc["affiliations"]) == (4, 2, 2)
    assert doc["items"][0]["confirmed"] and doc["items"][1]["role_name"] == "medewerker"
    # Six months: o3 (11 months ago) is stale too; two years: only o1 and its affiliation.
    six = stale(graph, months=6)
    assert ("organisation", "o3", None) in listed(six) and six["total"] == 5
    two_years = stale(graph, months=24)
    assert listed(two_years) == STALE[:2]


def test_the_list_filters_by_area_kind_and_what(graph: Graph) -> None:
    write_world(graph)
    assert listed(stale(graph, area="Spangen")) == STALE[:2]           # a wijk by name
    assert listed(stale(graph, area="WK059903")) == STALE              # its gebied by code
    assert listed(stale(graph, area="Charlois")) == []
    assert listed(stale(graph, kind="welzijn")) == STALE[2:]
    assert listed(stale(graph, what="organisations")) == [STALE[0], STALE[2]]
    assert listed(stale(graph, what="affiliations")) == [STALE[1], STALE[3]]
    with pytest.raises(InvalidInputError, match="Gebied"):
        stale(graph, area="Atlantis")
    with pytest.raises(InvalidInputError, match="Wat"):
        stale(graph, what="alles")


def test_the_share_is_the_organisations_confirmed_within_the_threshold(graph: Graph) -> None:
    write_world(graph)
    figure = confirmation_share(graph, months=12, now=NOW)
    assert (figure["confirmed"], figure["total"], figure["share"]) == (3, 5, 0.6)
    assert confirmation_share(graph, months=6, now=NOW)["confirmed"] == 2


def test_confirming_moves_a_record_off_the_list_as_a_run_that_undo_takes_back(graph: Graph) -> None:
    write_world(graph)
    before, hashed = organisation_confirmations(graph), business_hash(graph)
    done = confirm_records(graph, organisations=["o1"], affiliations=[("p2", "o2", "volunteer")], who="anna")
    assert listed(stale(graph)) == [STALE[1], STALE[2]]
    assert business_hash(graph) == hashed, "a confirmation changes no business data"
    run = list_runs(graph)[0]
    assert (run.id, run.kind, run.who) == (done.run_id, "confirm", "anna")
    assert run.counts == {"organisations": {"confirmed": 1}, "affiliations": {"confirmed": 1}}
    undo_run(graph, done.run_id, who="admin")
    assert listed(stale(graph)) == STALE
    assert organisation_confirmations(graph) == before and business_hash(graph) == hashed


def test_a_confirmation_a_later_write_changed_cannot_be_undone(graph: Graph) -> None:
    write_world(graph)
    done = confirm_records(graph, organisations=["o1"], who="anna")
    confirm_records(graph, organisations=["o1"], who="bert")
    with pytest.raises(RunRefusedError):
        undo_run(graph, done.run_id, who="admin")


def test_confirming_an_unknown_record_writes_nothing_and_says_so_in_dutch(graph: Graph) -> None:
    write_world(graph)
    before = content_hash(graph)
    with pytest.raises(UnknownRecordError):
        confirm_records(graph, organisations=["o1", "o-unknown"], who="anna")
    with pytest.raises(InvalidInputError, match="Organisatie: deze organisatie bestaat niet"):
        confirm(graph, organisation="o-unknown", who="anna", lang="nl")
    with pytest.raises(InvalidInputError, match="Betrokkenheid:"):
        confirm(graph, organisation="o1", person="p2", role="staff", who="anna", lang="nl")
    with pytest.raises(InvalidInputError, match="Rol:"):
        confirm(graph, organisation="o1", person="p1", role="baas", who="anna", lang="nl")
    with pytest.raises(InvalidInputError, match="Organisation: no organisation"):
        confirm(graph, organisation=" ", who="anna", lang="en")
    assert content_hash(graph) == before
