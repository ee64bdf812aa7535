"""Turn each template sheet's text cells into typed model rows, recording every bad cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.model import Affiliation, Area, Contact, Demand, Organisation, Partnership, Person, Referral
from ingest.areas import AreaIndex
from ingest.read import Table
from ingest.report import Problems
from ingest.values import BadValue, fold, parse_bool, parse_count, parse_date, parse_period, quote, split_list
from ingest.vocabulary import CONTEXTS, KINDS, LEVELS, NEEDS, ROLE_WORDS, STATUSES, language_code

# No cell is meant to hold a document: a 5 MB name once went in and made every viewer page fail.
DEFAULT_MAX_CHARS = 1000
MAX_CHARS = {"name": 200, "email": 254, "phone": 40, "description": 5000,
             # lists: every wijk of Rotterdam, or many people, fit
             "serves_areas": 10_000, "contact_person_ids": 10_000}

# Names of the whole city: as an area or in serves_areas they mean "no one wijk", i.e. city-wide.
WHOLE_CITY = frozenset({"rotterdam", "gemeente rotterdam", "heel rotterdam", "hele stad", "whole city",
                        "city-wide", "stadsbreed"})


@dataclass(slots=True)
class Located:
    """A typed row with where it came from."""

    row: Any
    table: Table
    number: int
    ok: bool = True


@dataclass(slots=True)
class Cells:
    """Reads one table's cells by row index, recording problems with their Excel location."""

    table: Table
    problems: Problems
    areas: AreaIndex
    failed: bool = field(default=False)

    def text(self, i: int, column: str, required: bool = False) -> str | None:
        """Return the cell text, or None when empty (an error if required)."""
        values = self.table.columns.get(column)
        text = values[i] if values is not None else ""
        if not text:
            if required:
                self.fail(i, column, "", BadValue("ingest_required"))
            return None
        limit = MAX_CHARS.get(column, DEFAULT_MAX_CHARS)
        if len(text) > limit:
            self.fail(i, column, text[:60] + "…", BadValue("ingest_too_long", size=len(text), limit=limit))
            return None
        return text

    def get(self, i: int, column: str, parse: Callable[[str], Any], required: bool = False) -> Any:
        """Return the parsed cell, or None when empty or wrong (recorded)."""
        text = self.text(i, column, required)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            self.fail(i, column, text, _message(exc))
            return None

    def many(self, i: int, column: str, parse: Callable[[str], Any]) -> tuple[Any, ...]:
        """Return a `;`/`,` list cell parsed item by item (every bad item reported)."""
        text = self.text(i, column)
        if text is None:
            return ()
        good: list[Any] = []
        bad: list[str | BadValue] = []
        for item in split_list(text):
            try:
                good.append(parse(item))
            except ValueError as exc:
                if column in self.table.lenient:  # its reader warned at the row it came from
                    good.append(item)
                else:
                    bad.append(_message(exc))
        if len(bad) == 1:
            self.fail(i, column, text, bad[0])
        elif bad:  # every bad item of the cell in one message, each said in the run's language
            self.fail(i, column, text, "; ".join(m.text(self.problems.lang) if isinstance(m, BadValue)
                                                 else m for m in bad))
        return tuple(dict.fromkeys(good))

    def area(self, i: int, column: str, prefer: str, text: str | None = None) -> str | None:
        """Return the code of the area named in a cell (or in `text`), warning on a double meaning."""
        text = text if text is not None else self.text(i, column)
        if text is None or fold(text) in WHOLE_CITY:
            return None
        try:
            match = self.areas.resolve(text, prefer, suggest=not self.problems.full(
                self.table.file, self.table.place, self.header(column)))
        except BadValue as exc:
            if column not in self.table.lenient:
                self.fail(i, column, text, exc)
                return None
            self.problems.warn(self.table.file, self.table.place, self.table.rows[i], self.header(column),
                               text, BadValue("ingest_kept_as_text", problem=exc), kind="area kept as text")
            return text
        if match.warning:
            self.problems.warn(self.table.file, self.table.place, self.table.rows[i],
                               self.header(column), text, match.warning)
        return match.code

    def areas_list(self, i: int, column: str, prefer: str) -> tuple[str, ...]:
        """Return the codes of a list of areas; none when one of them is the whole city (Rotterdam)."""
        text = self.text(i, column)
        if any(fold(item) in WHOLE_CITY for item in split_list(text or "")):
            return ()
        codes = [self.area(i, column, prefer, item) for item in split_list(text or "")]
        return tuple(dict.fromkeys(code for code in codes if code))

    def fail(self, i: int, column: str, value: str, message: str | BadValue) -> None:
        """Record a problem at row `i`, column `column`, and mark the row as failed."""
        self.failed = True
        self.problems.error(self.table.file, self.table.place, self.table.rows[i],
                            self.header(column), value, message)

    def header(self, column: str) -> str:
        """Return the column's header as the user wrote it (the template name if absent)."""
        return self.table.headers.get(column, column)


def _dates_in_order(c: Cells, i: int, since: Any, until: Any) -> None:
    if since and until and until < since:
        c.fail(i, "until", c.text(i, "until") or "",
               BadValue("ingest_until_before_since", until=until.isoformat(), since=since.isoformat()))


def organisation(c: Cells, i: int) -> Organisation | None:
    """Return one organisations row as an Organisation (None when a required cell is bad)."""
    values = dict(
        id=c.text(i, "id", True), name=c.text(i, "name", True), kind=c.get(i, "kind", KINDS.lookup, True),
        area=c.area(i, "area", "wijk"), postcode=c.text(i, "postcode"), address=c.text(i, "address"),
        website=c.text(i, "website"), email=c.text(i, "email"), phone=c.text(i, "phone"),
        services=c.many(i, "services", NEEDS.lookup), languages=c.many(i, "languages", language_code),
        serves_areas=c.areas_list(i, "serves_areas", "gebied"),
        capacity=c.get(i, "capacity", parse_count), waitlist=c.get(i, "waitlist", parse_count),
        nondutch_roles=c.get(i, "nondutch_roles", parse_bool), description=c.text(i, "description"))
    return Organisation(**values)


def person(c: Cells, i: int) -> Person | None:
    """Return one people row as a Person."""
    return Person(id=c.text(i, "id", True), name=c.text(i, "name", True), email=c.text(i, "email"),
                  phone=c.text(i, "phone"), languages=c.many(i, "languages", language_code))


def affiliation(c: Cells, i: int) -> Affiliation | None:
    """Return one affiliations row as an Affiliation."""
    since, until = c.get(i, "since", parse_date), c.get(i, "until", parse_date)
    _dates_in_order(c, i, since, until)
    return Affiliation(person_id=c.text(i, "person_id", True),
                       organisation_id=c.text(i, "organisation_id", True),
                       role=c.get(i, "role", ROLE_WORDS.lookup, True), since=since, until=until)


def contact(c: Cells, i: int) -> Contact | None:
    """Return one contacts row as a Contact (a person cannot know themselves)."""
    a, b = c.text(i, "person_id", True), c.text(i, "other_person_id", True)
    if a and a == b:
        c.fail(i, "other_person_id", b, BadValue("ingest_own_contact"))
    return Contact(person_id=a, other_person_id=b, since=c.get(i, "since", parse_date),
                   context=c.get(i, "context", CONTEXTS.lookup),
                   strength=c.get(i, "strength", _strength))


def partnership(c: Cells, i: int) -> Partnership | None:
    """Return one partnerships row as a Partnership."""
    a, b = c.text(i, "organisation_id", True), c.text(i, "partner_id", True)
    if a and a == b:
        c.fail(i, "partner_id", b, BadValue("ingest_own_partner"))
    since, until = c.get(i, "since", parse_date), c.get(i, "until", parse_date)
    _dates_in_order(c, i, since, until)
    return Partnership(id=c.text(i, "id", True), organisation_id=a, partner_id=b,
                       kind=c.text(i, "kind"), since=since, until=until,
                       contact_person_ids=c.many(i, "contact_person_ids", str))


def referral(c: Cells, i: int) -> Referral | None:
    """Return one referrals row as a Referral."""
    count = c.get(i, "count", parse_count)
    return Referral(id=c.text(i, "id", True), from_organisation_id=c.text(i, "from_organisation_id", True),
                    to_organisation_id=c.text(i, "to_organisation_id", True),
                    date=c.get(i, "date", parse_date, True), need=c.get(i, "need", NEEDS.lookup, True),
                    area=c.area(i, "area", "wijk"), language=c.get(i, "language", language_code),
                    status=c.get(i, "status", STATUSES.lookup), count=1 if count is None else count)


def demand(c: Cells, i: int) -> Demand | None:
    """Return one demand row as a Demand."""
    area = c.area(i, "area", "wijk") if c.text(i, "area", True) else None
    return Demand(area=area, need=c.get(i, "need", NEEDS.lookup, True),
                  period=c.get(i, "period", parse_period, True), count=c.get(i, "count", parse_count, True))


def area(c: Cells, i: int) -> Area | None:
    """Return one areas row as an Area (its parent is checked once all areas are known)."""
    return Area(code=c.text(i, "code", True), name=c.text(i, "name", True),
                level=c.get(i, "level", LEVELS.lookup, True), parent=c.text(i, "parent"))


def _message(exc: ValueError) -> str | BadValue:
    """Return a parser's problem as a message: a BadValue as it is (said in the run's language)."""
    return exc if isinstance(exc, BadValue) else str(exc)


def _strength(text: str) -> int:
    value = parse_count(text)
    if not 1 <= value <= 3:
        raise BadValue("ingest_not_a_strength", value=quote(text))
    return value


CONVERTERS: dict[str, Callable[[Cells, int], Any]] = {
    "areas": area, "organisations": organisation, "people": person, "affiliations": affiliation,
    "contacts": contact, "partnerships": partnership, "referrals": referral, "demand": demand,
}


def convert(table: Table, problems: Problems, areas: AreaIndex,
            progress: Callable[[int], None] | None = None) -> list[Located]:
    """Return the table's rows typed and located (`ok` False where a cell was bad, see `problems`)."""
    build, result = CONVERTERS[table.sheet], []
    for i, number in enumerate(table.rows):
        cells = Cells(table, problems, areas)
        row = build(cells, i)
        # Failed rows are kept (flagged) so duplicates and references are still checked.
        result.append(Located(row, table, number, ok=not cells.failed))
        if progress and i % 5000 == 4999:
            progress(5000)
    if progress:
        progress(len(table.rows) % 5000)
    return result
