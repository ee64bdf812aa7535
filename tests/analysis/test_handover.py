"""The handover list on a small network worked out by hand.

    Z ── P (leaves O, stays at Z)          rates: volunteer 0.45/yr, staff 0.2/yr
    O:  P, s1 (volunteer), s2 (staff), s3 (staff, last day 30 days after P's)
    X:  x1 — known only by P                 → O–X hangs on P alone
    Y:  y1 — known by s1; y2 — known by P     → O–Y has two carriers; P is the partnership's contact
    s2 knows P                               → once P has left O, (s2 at O, P at Z) carries O–Z

Expected stay E[min(T, L)] = (1 - e^(-rL)) / r: s2 5.0 years, s1 2.22, s3 about 0.08 (leaves soon).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.handover import NotAffiliatedError, expected_years, handover
from graph.rows import AffiliationRow, ContactRow, PartnershipRow

END = dt.date(2026, 3, 31)
RATES = {"volunteer": 0.45, "staff": 0.2, "coordinator": 0.25, "board": 0.15}
ORGS = ["o-home", "o-x", "o-y", "o-z"]
AFFS = [AffiliationRow("p", "o-home", "coordinator"), AffiliationRow("p", "o-z", "board"),
        AffiliationRow("s1", "o-home", "volunteer"), AffiliationRow("s2", "o-home", "staff"),
        AffiliationRow("s3", "o-home", "staff", until=END + dt.timedelta(days=30)),
        AffiliationRow("x1", "o-x", "staff"), AffiliationRow("y1", "o-y", "staff"),
        AffiliationRow("y2", "o-y", "volunteer"), AffiliationRow("z1", "o-z", "staff")]
CONTACTS = [ContactRow("p", "x1"), ContactRow("p", "y2"), ContactRow("s1", "y1"), ContactRow("p", "s2")]
PARTNERSHIPS = [PartnershipRow("ps-1", "o-home", "o-y", "convenant", ("p", "y2"))]


def _list(person: str = "p", organisation: str = "o-home"):
    return handover(ORGS, AFFS, CONTACTS, PARTNERSHIPS, RATES, person=person, organisation=organisation,
                    end=END)


def test_the_link_that_hangs_on_the_leaver_alone_is_listed_first_with_their_contact_there() -> None:
    items = _list().items
    assert [i.partner for i in items] == ["o-x", "o-y"]
    x = items[0]
    assert x.hangs_on_person and x.carriers_left == 0 and x.contacts == ("x1",)
    assert not items[1].hangs_on_person and items[1].carriers_left == 1


def test_a_link_the_leaver_keeps_through_another_organisation_is_not_listed() -> None:
    # P stays at Z and s2 knows P: O–Z keeps a carrier, although P "carries" it today.
    assert "o-z" not in {i.partner for i in _list().items}


def test_the_colleague_who_already_knows_the_partner_is_ranked_first() -> None:
    y = next(i for i in _list().items if i.partner == "o-y")
    assert y.partnerships == ("ps-1",)
    assert [s.person for s in y.successors] == ["s1", "s2", "s3"]
    assert y.successors[0].knows == ("y1",) and y.successors[1].knows == ()
    assert y.introduce is None  # s1 knows someone there already


def test_otherwise_the_colleague_expected_to_stay_longest_is_ranked_first_and_introduced() -> None:
    x = _list().items[0]
    assert [s.person for s in x.successors] == ["s2", "s1", "s3"]
    assert x.successors[0].years == pytest.approx(5.0)
    assert x.successors[1].years == pytest.approx(1 / 0.45, abs=1e-4)
    assert x.successors[2].ends == END + dt.timedelta(days=30) and x.successors[2].years < 0.1
    assert x.introduce == ("s2", "x1")  # P's own contact there, so P can introduce them


def test_contacts_at_other_organisations_and_colleagues_are_counted() -> None:
    result = _list()
    assert result.contacts == (("x1", "o-x"), ("y2", "o-y"))
    assert result.colleagues == 3


def test_someone_not_at_the_organisation_on_the_end_date_is_refused() -> None:
    with pytest.raises(NotAffiliatedError):
        _list(person="x1", organisation="o-home")
    with pytest.raises(NotAffiliatedError):
        _list(person="nobody")


@pytest.mark.parametrize(("rate", "days", "expected"), [(0.2, None, 5.0), (0.5, 0, 0.0),
                                                         (0.0, 730, 730 / 365.25)])
def test_expected_years_is_the_mean_of_a_stay_cut_off_at_a_known_last_day(
        rate: float, days: int | None, expected: float) -> None:
    last = None if days is None else END + dt.timedelta(days=days)
    assert expected_years(rate, last, END) == pytest.approx(expected)
