"""Cell values as people type them (Dutch or English) → typed values; BadValue says what is wrong."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from graph.catalogue import default_lang, say
from graph.model import period_bounds

# A leading apostrophe neutralises spreadsheet formulas on export; ingest takes it off again.
FORMULA_STARTS = ("=", "+", "-", "@")
_ESCAPED = (*FORMULA_STARTS, "'")

_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_DATE_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_PERIOD = re.compile(r"^(\d{4})-(?:Q([1-4])|(\d{1,2}))$", re.IGNORECASE)
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_TRUE = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
_FALSE = frozenset({"nee", "n", "no", "false", "onwaar", "0"})


class BadValue(ValueError):
    """A value ingest cannot read, said by message `key` of the catalogue with its `values`.

    Raised by every parser, so a message is said in its reader's language only where it is shown:
    `str()` is the default language (NETWERKKAART_LANG, else Dutch), `text(lang)` any language. A
    value may itself be a BadValue (a problem inside a message) or a function of the language (a
    list of choices by their display names): both are said in the same language.
    """

    def __init__(self, key: str, /, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values

    def text(self, lang: str) -> str:
        """Return the message in `lang`."""
        return say(self.key, lang, **{name: _said(value, lang) for name, value in self.values.items()})

    def __str__(self) -> str:
        return self.text(default_lang())


def _said(value: object, lang: str) -> object:
    if isinstance(value, BadValue):
        return value.text(lang)
    return value(lang) if callable(value) else value


def unescape(text: str) -> str:
    """Return `text` without the apostrophe export put before a formula-like cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in _ESCAPED:
        return text[1:]
    return text


def neutralise(text: str) -> str:
    """Return `text` safe for a spreadsheet cell (a leading apostrophe before = + - @)."""
    if text.startswith(FORMULA_STARTS) or (len(text) > 1 and text[0] == "'" and text[1] in _ESCAPED):
        return "'" + text
    return text


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Return `text` lower-cased without accents and with single spaces (for matching names)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").split())


@lru_cache(maxsize=65_536)
def parse_date(text: str) -> dt.date:
    """Return the date in `2025-03-01` or `01-03-2025`; raise BadValue otherwise."""
    iso, dutch = _DATE_ISO.match(text), _DATE_NL.match(text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
    elif dutch:
        day, month, year = (int(x) for x in dutch.groups())
    else:
        raise BadValue("ingest_not_a_date", value=quote(text))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue("ingest_no_such_day", value=quote(text)) from None


@lru_cache(maxsize=4096)
def parse_period(text: str) -> str:
    """Return a period as `2025-Q1` or `2025-03`; raise BadValue otherwise."""
    match = _PERIOD.match(text.strip())
    if not match:
        raise BadValue("ingest_not_a_period", value=quote(text))
    year, quarter, month = match.groups()
    canonical = f"{year}-Q{quarter}" if quarter else f"{year}-{int(month):02d}"
    try:
        period_bounds(canonical)
    except ValueError:
        raise BadValue("ingest_no_such_month", value=quote(text), month=str(month)) from None
    return canonical


@lru_cache(maxsize=4096)
def parse_int(text: str) -> int:
    """Return a whole number (`12`, `12,0`, `1.234`); raise BadValue otherwise."""
    clean = text.replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS.match(clean):
        clean = clean.replace(".", "")
    try:
        number = float(clean.replace(",", "."))
    except ValueError:
        raise BadValue("ingest_not_a_number", value=quote(text)) from None
    if number != int(number):
        raise BadValue("ingest_not_whole", value=quote(text))
    return int(number)


def parse_count(text: str) -> int:
    """Return a whole number that is not negative; raise BadValue otherwise."""
    number = parse_int(text)
    if number < 0:
        raise BadValue("ingest_negative", value=quote(text))
    return number


def parse_bool(text: str) -> bool:
    """Return ja/nee, yes/no, true/false, 1/0 as a bool; raise BadValue otherwise."""
    word = text.strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise BadValue("ingest_not_yes_no", value=quote(text))


@lru_cache(maxsize=65_536)
def split_list(text: str) -> tuple[str, ...]:
    """Return the items of a `;`- or `,`-separated list, stripped, empty ones and repeats left out."""
    items = (part.strip() for part in re.split(r"[;,]", text))
    return tuple(dict.fromkeys(item for item in items if item))


def quote(text: str) -> str:
    """Return `text` in double quotes (inner ones escaped), as messages show what was typed."""
    return '"' + text.replace('"', '\\"') + '"'
