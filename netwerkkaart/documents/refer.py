"""The Verwijswijzer's service layer: the choices its fields propose, and a referral recorded from its form.

Thin glue like `documents/commission.py`: the words are read in `analysis/finder_input.py`, the write is
`graph.referrals.record_referral`; every problem of a form is collected first, so nothing is written
unless all of it is right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from analysis.areas_index import area_index
from analysis.finder_input import resolve_area, resolve_language, resolve_need, resolve_organisation
from analysis.i18n import text
from analysis.refer_words import language_name, need_choices
from graph.areas import areas
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.referrals import record_referral
from graph.supply_demand import read_organisations

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


class FormProblems(InvalidInputError):
    """A form with wrong fields: each problem names its field and what to do (nothing was written)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def finder_options(graph: Graph, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Return the (value, label) choices of the finder's fields: needs, languages, areas, organisations."""
    orgs, index = read_organisations(graph), area_index(areas(graph))
    codes = sorted({c for o in orgs for c in o.languages})
    languages = sorted(((language_name(c, lang), c) for c in codes), key=lambda p: p[0].casefold())
    wijk_of = text("refer_area_wijk", lang)
    place = sorted(((index.names[c], wijk_of.format(gebied=index.names.get(index.gebied_of.get(c, ""), "–"))
                     if level == "wijk" else text("refer_area_gebied", lang))
                    for c, level in index.level.items()), key=lambda p: p[0].casefold())
    return {"needs": need_choices(lang), "languages": languages, "areas": place,
            "organisations": sorted(((o.name, o.id) for o in orgs), key=lambda p: p[0].casefold())}


def parse_day(value: str, lang: str, today: dt.date) -> dt.date:
    """Return the date typed as 2025-06-01 or 01-06-2025 (empty: today); a future date is refused."""
    value = value.strip()
    try:
        dutch = _DUTCH_DATE.match(value)
        day = (dt.date(int(dutch[3]), int(dutch[2]), int(dutch[1])) if dutch else
               dt.date.fromisoformat(value) if value else today)
    except ValueError:
        raise FormProblems([text("refer_error_date", lang).format(value=value)]) from None
    if day > today:
        raise FormProblems([text("refer_error_future", lang).format(value=day.isoformat())])
    return day


def _resolve(fields: Mapping[str, str], names: Mapping[str, str], index: Any, known_languages: Iterable[str],
             lang: str, today: dt.date) -> tuple[dict[str, Any], list[str]]:
    """Return the form's values as codes, and the problems found (each naming its field)."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    steps = (
        ("from_org", lambda v: resolve_organisation(v, names, lang), "refer_error_from_empty"),
        ("need", lambda v: resolve_need(v, lang), "refer_error_need_empty"),
        ("area", lambda v: resolve_area(v, index, lang).code, None),
        ("language", lambda v: resolve_language(v, known_languages, lang), None),
        ("date", lambda v: parse_day(v, lang, today), None))
    for name, read, missing in steps:
        raw = (fields.get(name) or "").strip()
        if not raw and name != "date":
            values[name] = None
            if missing:
                problems.append(text(missing, lang))
            continue
        try:
            values[name] = read(raw)
        except FormProblems as exc:
            problems.extend(exc.problems)
        except InvalidInputError as exc:
            problems.append(str(exc))
    return values, problems


def record_from_form(graph: Graph, fields: Mapping[str, str], *, lang: str, who: str,
                     today: dt.date | None = None) -> dict[str, Any]:
    """Record the referral a finder form describes (status sent) and return what was recorded.

    `fields`: to_org (an id), from_org (name or id), need, area, language (words as typed), date.
    Raises FormProblems listing every wrong field; then nothing is written.
    """
    orgs = read_organisations(graph)
    names = {o.id: o.name for o in orgs}
    to_org = (fields.get("to_org") or "").strip()
    known = {c for o in orgs for c in o.languages}
    today = today or dt.date.today()
    values, problems = _resolve(fields, names, area_index(areas(graph)), known, lang, today)
    if to_org not in names:
        problems.insert(0, text("refer_error_to", lang).format(value=to_org))
    elif values.get("from_org") == to_org:
        problems.append(text("refer_error_same", lang))
    if problems:
        raise FormProblems(problems)
    ref_id = record_referral(graph, values["from_org"], to_org, values["need"], values["area"],
                             values["language"], day=values["date"], who=who)
    return {"id": ref_id, "from": values["from_org"], "from_name": names[values["from_org"]], "to": to_org,
            "to_name": names[to_org], "need": values["need"], "area": values["area"],
            "language": values["language"], "date": values["date"], "status": "sent"}
