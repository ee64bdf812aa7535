"""Export → ingest into an empty database gives the same business graph (Hypothesis and the demo)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from graph.backup import business_hash, read_dataset
from graph.driver import Graph
from graph.model import (
    ORGANISATION_KINDS,
    REFERRAL_STATUSES,
    ROLES,
    SUPPORT_TYPES,
    Affiliation,
    Contact,
    Dataset,
    Demand,
    Organisation,
    Partnership,
    Person,
    Referral,
)
from graph.upserts import WriteContext, upsert_dataset
from ingest.export import xlsx_bytes
from ingest.pipeline import ingest
from tests.ingest.roundtrip import reset, roundtrip_csv

WIJKEN = ("BU05990323", "BU05990320", "BU05990110")
GEBIEDEN = ("WK059903", "WK059901")
ALPHABET = "abcXYZ éëç 0123456789'\"=+-@;,<>/&|()*!?"

text = st.text(ALPHABET, min_size=1, max_size=14).map(str.strip).filter(bool)
maybe_text = st.none() | text
day = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))


def _pairs(draw: st.DrawFn, left: list[str], right: list[str], size: int = 3) -> list[tuple[str, str]]:
    return draw(st.lists(st.tuples(st.sampled_from(left), st.sampled_from(right)), max_size=size))


def _span(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    since = draw(st.none() | day)
    return since, None if since is None else draw(st.none() | day.filter(lambda d: d >= since))


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Small random datasets over a few organisations and people."""
    org_ids = [f"o{i}" for i in range(draw(st.integers(2, 4)))]
    person_ids = [f"p{i}" for i in range(draw(st.integers(2, 4)))]
    needs = list(SUPPORT_TYPES)
    orgs = [Organisation(
        id=i, name=draw(text), kind=draw(st.sampled_from(ORGANISATION_KINDS)),
        area=draw(st.none() | st.sampled_from(WIJKEN)), phone=draw(maybe_text), description=draw(maybe_text),
        services=tuple(draw(st.lists(st.sampled_from(needs), unique=True, max_size=3))),
        languages=tuple(draw(st.lists(st.sampled_from(["nl", "ar", "ti"]), unique=True, max_size=2))),
        serves_areas=tuple(draw(st.lists(st.sampled_from(GEBIEDEN + WIJKEN), unique=True, max_size=2))),
        capacity=draw(st.none() | st.integers(0, 500)), nondutch_roles=draw(st.none() | st.booleans()),
    ) for i in org_ids]
    people = [Person(id=i, name=draw(text), email=draw(maybe_text)) for i in person_ids]
    affiliations = {(p, o, r): Affiliation(p, o, r, *_span(draw))
                    for (p, o) in _pairs(draw, person_ids, org_ids, 4)
                    for r in [draw(st.sampled_from(ROLES))]}
    contacts = {tuple(sorted((a, b))): Contact(a, b, since=draw(st.none() | day),
                                               strength=draw(st.none() | st.integers(1, 3)))
                for a, b in _pairs(draw, person_ids, person_ids) if a != b}
    carriers = st.lists(st.sampled_from(person_ids), unique=True, max_size=2)
    partnerships = [Partnership(f"pt{n}", a, b, kind=draw(maybe_text), since=draw(st.none() | day),
                                contact_person_ids=tuple(draw(carriers)))
                    for n, (a, b) in enumerate(_pairs(draw, org_ids, org_ids)) if a != b]
    referrals = [Referral(f"r{n}", a, b, date=draw(day), need=draw(st.sampled_from(needs)),
                          status=draw(st.none() | st.sampled_from(REFERRAL_STATUSES)),
                          count=draw(st.integers(0, 5)))
                 for n, (a, b) in enumerate(_pairs(draw, org_ids, org_ids))]
    keys = draw(st.lists(st.tuples(st.sampled_from(WIJKEN), st.sampled_from(needs),
                                   st.sampled_from(["2025-Q1", "2024-03"])), max_size=3))
    demand = {key: Demand(*key, draw(st.integers(0, 99))) for key in keys}
    return Dataset(organisations=orgs, people=people, affiliations=list(affiliations.values()),
                   contacts=list(contacts.values()), partnerships=partnerships, referrals=referrals,
                   demand=list(demand.values()))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=datasets())
def test_random_datasets_survive_export_and_ingest(graph: Graph, tmp_path_factory, data: Dataset) -> None:
    reset(graph)
    upsert_dataset(graph, data, WriteContext("test", "original", dt.datetime.now(dt.UTC)))
    before, after, _ = roundtrip_csv(graph, tmp_path_factory.mktemp("csv"))
    assert after == before


def test_xlsx_export_survives_ingest_and_neutralises_formulas(graph: Graph, tmp_path: Path) -> None:
    evil = Organisation("o1", "=HYPERLINK(\"http://x\")", "welzijn", phone="+31 10 1234567",
                        description="@SUM(A1)")
    upsert_dataset(graph, Dataset(organisations=[evil, Organisation("o2", "-", "zorg")]),
                   WriteContext("test", "original", dt.datetime.now(dt.UTC)))
    before = business_hash(graph)
    content = xlsx_bytes(read_dataset(graph))
    cells = [c.value for row in load_workbook(io.BytesIO(content))["organisations"].iter_rows() for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'+31 10 1234567" in cells and "'-" in cells
    assert not any(isinstance(v, str) and v[:1] in "=+-@" for v in cells)
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    reset(graph)
    assert ingest(graph, [path]).ok
    assert business_hash(graph) == before
