"""Vertrek melden: the departure form's checks, the overdrachtslijst (handover list) and the alerts, in words.

The logic is `analysis/handover.py`; the write is `graph/departures.py`. Every problem of a form is
collected first and names its field, so nothing is written unless all of it is right.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from analysis.handover import Handover, HandoverItem, Successor, departure_alerts, handover
from analysis.i18n import format_date, format_number, text
from analysis.network import CarrierNetwork
from analysis.turnover import role_rates
from graph.departures import Tenure, record_departure, tenures
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.people import people_names, search_people
from graph.projections import load_snapshot
from ingest.values import parse_date

ALERT_DAYS = 90
# The end dates a departure may have: any archive date, and a few years ahead for a planned leave.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2200, 12, 31)


class DepartureProblems(InvalidInputError):
    """A departure form with wrong fields: (field, message) each, in the user's language; nothing written."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(" ".join(message for _, message in problems))
        self.problems = problems


@dataclass(slots=True)
class Departure:
    """A departure form read so far: the person (id and name), their affiliations, organisation, end."""

    person: str | None = None
    name: str = ""
    tenures: list[Tenure] = field(default_factory=list)
    organisation: str | None = None
    end: dt.date | None = None
    choices: list[dict[str, str]] = field(default_factory=list)  # people whose name fits what was typed
    problems: list[tuple[str, str]] = field(default_factory=list)

    def current(self) -> list[Tenure]:
        """Return the person's affiliations current on the end date (today when none is given)."""
        day = self.end or dt.date.today()
        return [t for t in self.tenures if t.current_on(day)]


def _person(graph: Graph, typed: str, lang: str, d: Departure) -> None:
    """Fill in the person meant by an id or a name; a choice list when several people fit."""
    known = people_names(graph, ids=[typed])
    if typed in known:
        d.person, d.name = typed, known[typed]
        return
    found = search_people(graph, q=typed, limit=20)
    exact = [r for r in found if r["name"].casefold() == typed.casefold()]
    matches = exact or found
    if len(matches) == 1:
        d.person, d.name = matches[0]["id"], matches[0]["name"]
    elif matches:
        # Namesakes are told apart by where they are today.
        today = dt.date.today()
        d.choices = [{"id": r["id"], "name": r["name"], "where": ", ".join(sorted(
            {t.name for t in tenures(graph, person_id=r["id"]) if t.current_on(today)}))
            or text("departure_not_active", lang)} for r in matches]
        d.problems.append(("person", text("departure_error_person_choose", lang)))
    else:
        d.problems.append(("person", text("departure_error_person_unknown", lang).format(value=typed)))


def _end(typed: str, lang: str, d: Departure) -> None:
    try:
        day = parse_date(typed)
    except ValueError:
        d.problems.append(("until", text("departure_error_date", lang).format(value=typed)))
        return
    if not EARLIEST <= day <= LATEST:
        d.problems.append(("until", text("departure_error_date", lang).format(value=typed)))
        return
    d.end = day


def _organisation(typed: str, lang: str, d: Departure) -> None:
    """Fill in the organisation: an id or name among the person's affiliations current on the end date."""
    current = d.current()
    names = {t.organisation: t.name for t in current}
    if not typed and len(names) == 1:
        d.organisation = next(iter(names))
        return
    match = next((o for o, n in names.items() if typed in (o, n) or typed.casefold() == n.casefold()), None)
    if match is not None:
        d.organisation = match
    elif not typed and len(names) > 1:
        return  # not a mistake: the form now offers the person's organisations to choose from
    elif not typed:
        d.problems.append(("organisation", text("departure_error_org_missing", lang)))
    else:
        at = "; ".join(sorted(set(names.values()))) or text("departure_nowhere", lang)
        d.problems.append(("organisation", text("departure_error_org", lang).format(
            name=d.name, value=typed, date=format_date(d.end or dt.date.today(), lang), orgs=at)))


def read_form(graph: Graph, *, person: str, organisation: str, until: str, lang: str) -> Departure:
    """Return the departure a form describes, with every problem found (each naming its field)."""
    d = Departure()
    person, organisation, until = person.strip(), organisation.strip(), until.strip()
    if person:
        _person(graph, person, lang, d)
    else:
        d.problems.append(("person", text("departure_error_person_missing", lang)))
    if until:
        _end(until, lang, d)
    else:
        d.problems.append(("until", text("departure_error_date_missing", lang)))
    if d.person is not None:
        d.tenures = tenures(graph, person_id=d.person)
        if d.end is not None:  # who is where depends on the day: without one, nothing to check yet
            _organisation(organisation, lang, d)
    return d


def prefill(graph: Graph, *, person: str, lang: str) -> Departure:
    """Return the form started for a person (an id from the what-if, or a name): the person and their
    organisations today, without complaining about the fields still empty."""
    d = Departure()
    _person(graph, person.strip(), lang, d)
    if d.person is not None:
        d.tenures = tenures(graph, person_id=d.person)
    return d


def confirm(graph: Graph, *, person: str, organisation: str, until: str, who: str, lang: str,
            ip: str = "") -> tuple[Departure, str | None]:
    """Record a departure the form describes (a run of kind `departure`); return it and the run id.

    Raise DepartureProblems (nothing written) when a field is wrong; the run id is None when the
    same departure had been recorded already.
    """
    d = read_form(graph, person=person, organisation=organisation, until=until, lang=lang)
    if d.problems or d.person is None or d.organisation is None or d.end is None:
        raise DepartureProblems(d.problems or [("organisation", text("departure_error_org_missing", lang))])
    run = record_departure(graph, person_id=d.person, organisation_id=d.organisation, until=d.end, who=who,
                           ip=ip)
    return d, run


def handover_list(graph: Graph, d: Departure) -> tuple[Handover, dict[str, str]]:
    """Return the handover list of a checked departure, on the network as it is on the end date, and the
    organisations' names."""
    assert d.person and d.organisation and d.end  # read_form found no problems
    snap = load_snapshot(graph, d.end)
    h = handover((o.id for o in snap.organisations), snap.affiliations, snap.contacts, snap.partnerships,
                 role_rates(snap.history), person=d.person, organisation=d.organisation, end=d.end)
    return h, {o.id: o.name for o in snap.organisations}


def _role(roles: tuple[str, ...], lang: str) -> str:
    return "/".join(text(f"report_role_{r}", lang) for r in roles)


def successor_reason(s: Successor, partner: str, names: dict[str, str], lang: str) -> str:
    """Return why a successor ranks where they do, in plain words."""
    parts = []
    if s.knows:
        who = ", ".join(names.get(p, p) for p in s.knows)
        parts.append(text("departure_reason_knows", lang).format(who=who, org=partner))
    if s.ends is not None:
        parts.append(text("departure_reason_ends", lang).format(date=format_date(s.ends, lang)))
    parts.append(text("departure_reason_stays", lang).format(
        years=format_number(s.years, lang, 1), role=_role(s.roles, lang),
        chance=format_number(100 * (1 - math.exp(-s.rate)), lang) + "%"))
    return "; ".join(parts)


def _item(item: HandoverItem, names: dict[str, str], orgs: dict[str, str], h: Handover,
          lang: str) -> dict[str, Any]:
    partner = orgs.get(item.partner, item.partner)
    intro = None
    if item.introduce:
        who, other = item.introduce
        key = "departure_intro_via" if other in item.contacts else "departure_intro"
        intro = {"person": who, "person_name": names.get(who, who), "other": other,
                 "other_name": names.get(other, other), "partner": item.partner, "partner_name": partner,
                 "text": text(key, lang).format(a=names.get(who, who), b=names.get(other, other), org=partner,
                                                date=format_date(h.end, lang), leaver=names.get(h.person))}
    return {"partner": item.partner, "partner_name": partner, "hangs_on_person": item.hangs_on_person,
            "carriers_left": item.carriers_left, "partnerships": list(item.partnerships),
            "contacts": [{"id": p, "name": names.get(p, p)} for p in item.contacts],
            "successors": [{"id": s.person, "name": names.get(s.person, s.person), "knows": list(s.knows),
                            "years": s.years, "ends": s.ends.isoformat() if s.ends else None,
                            "reason": successor_reason(s, partner, names, lang)} for s in item.successors],
            "introduction": intro}


def handover_document(graph: Graph, d: Departure, lang: str) -> dict[str, Any]:
    """Return the overdrachtslijst as a JSON-ready document with names and reasons in `lang`."""
    h, orgs = handover_list(graph, d)
    ids = {h.person} | {p for p, _ in h.contacts}
    for i in h.items:
        ids |= {*i.contacts, *(i.introduce or ())} | {p for s in i.successors for p in (s.person, *s.knows)}
    names = people_names(graph, ids=sorted(ids))
    items = [_item(i, names, orgs, h, lang) for i in h.items]
    roles = tuple(t.role for t in d.tenures if t.organisation == d.organisation and t.current_on(h.end))
    done = bool(roles) and all(t.until == h.end for t in d.tenures
                               if t.organisation == d.organisation and t.current_on(h.end))
    return {"person": h.person, "person_name": d.name, "organisation": h.organisation,
            "organisation_name": orgs.get(h.organisation, h.organisation), "until": h.end.isoformat(),
            "role": _role(roles, lang), "recorded": done, "colleagues": h.colleagues,
            "links": [i for i in items if i["hangs_on_person"]],
            "partnerships": [i for i in items if i["partnerships"]],
            "contacts": [{"id": p, "name": names.get(p, p), "organisation": o,
                          "organisation_name": orgs.get(o, o)} for p, o in h.contacts],
            "introductions": [i["introduction"] for i in items if i["introduction"]]}


def alerts_document(graph: Graph, net: CarrierNetwork, as_of: dt.date, orgs: dict[str, str],
                    lang: str) -> list[dict[str, Any]]:
    """Return the links whose carriers all leave within 90 days, with names and who leaves when."""
    found = departure_alerts(net, as_of, ALERT_DAYS)
    names = people_names(graph, ids=sorted({p for a in found for p, _, _ in a["leaving"]}))  # type: ignore[attr-defined]
    out = []
    for alert in found:
        leaving = [{"person": p, "name": names.get(p, p), "organisation": o,
                    "organisation_name": orgs.get(o, o), "until": end.isoformat(),
                    "until_text": format_date(end, lang)}
                   for p, o, end in alert["leaving"]]  # type: ignore[attr-defined]
        out.append({"a": alert["a"], "b": alert["b"], "a_name": orgs.get(str(alert["a"]), alert["a"]),
                    "b_name": orgs.get(str(alert["b"]), alert["b"]), "ends": alert["ends"],
                    "ends_text": format_date(str(alert["ends"]), lang), "leaving": leaving})
    return out


def alerts_by_leaver(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the alerts grouped per departure (person, organisation, last day), soonest first, each with
    the organisations whose link to it is then left without a carrier."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for alert in alerts:
        for leaving in alert["leaving"]:
            key = (leaving["until"], leaving["person"], leaving["organisation"])
            group = groups.setdefault(key, {**leaving, "links": []})
            side = "b" if alert["a"] == leaving["organisation"] else "a"
            group["links"].append({"organisation": alert[side], "name": alert[f"{side}_name"],
                                   "ends": alert["ends"], "ends_text": alert["ends_text"]})
    for group in groups.values():
        group["links"].sort(key=lambda link: str(link["name"]).casefold())
    return [groups[key] for key in sorted(groups)]
