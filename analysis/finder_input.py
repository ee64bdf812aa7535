"""Reading the finder's question: need, language and area as people type them (any case, any accents).

Unknown values raise InvalidInputError with the closest known names (difflib), never an empty answer.
A name that is both a gebied and a wijk (Delfshaven, Feijenoord) means the wijk, where the person
is; the gebied's code (WK…) asks for the whole gebied. Postcodes are refused: the data holds no
postcode table, and guessing a wijk from one would send people to the wrong place.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.areas_index import AreaIndex
from graph.errors import InvalidInputError
from graph.model import SUPPORT_TYPES

# Dutch and English names of the languages newcomers in Rotterdam ask for most (ISO 639-1 codes).
LANGUAGE_NAMES = {
    "nederlands": "nl", "dutch": "nl", "engels": "en", "english": "en", "arabisch": "ar", "arabic": "ar",
    "tigrinya": "ti", "tigrinia": "ti", "perzisch": "fa", "farsi": "fa", "persian": "fa", "dari": "fa",
    "turks": "tr", "turkish": "tr", "oekraiens": "uk", "ukrainian": "uk", "russisch": "ru", "russian": "ru",
    "pools": "pl", "polish": "pl", "somalisch": "so", "somali": "so", "frans": "fr", "french": "fr",
    "spaans": "es", "spanish": "es", "koerdisch": "ku", "kurdish": "ku", "pasjtoe": "ps", "pashto": "ps",
    "urdu": "ur", "duits": "de", "german": "de", "portugees": "pt", "portuguese": "pt",
    "roemeens": "ro", "romanian": "ro", "bulgaars": "bg", "bulgarian": "bg", "chinees": "zh", "chinese": "zh",
}
_POSTCODE = re.compile(r"^\d{4}\s*[a-z]{0,2}$")


@dataclass(frozen=True, slots=True)
class AreaChoice:
    """The area a query resolved to, and a note when the name was ambiguous."""

    code: str
    level: str
    note: str | None = None


def normalise(text: str) -> str:
    """Return `text` lower-cased, without accents, with runs of spaces, dashes and slashes as one space."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s\-_/'’.]+", " ", plain.casefold()).strip()


def _suggest(word: str, options: Iterable[str], what: str, hint: str) -> InvalidInputError:
    close = difflib.get_close_matches(normalise(word), sorted(set(options)), n=5, cutoff=0.5)
    tip = f" Did you mean: {', '.join(close)}?" if close else ""
    return InvalidInputError(f"unknown {what} {word!r}.{tip} {hint}")


def resolve_need(text: str) -> str:
    """Return the support-type code for a code or label (`maatje`, `Maatje/mentor`, `werk en inkomen`)."""
    wanted = normalise(text)
    names = {normalise(code): code for code in SUPPORT_TYPES}
    names.update({normalise(label): code for code, label in SUPPORT_TYPES.items()})
    if wanted in names:
        return names[wanted]
    raise _suggest(text, names, "need", f"Needs are: {', '.join(SUPPORT_TYPES)}.")


def resolve_language(text: str, known: Iterable[str]) -> str:
    """Return the ISO 639-1 code for a known code (data or list) or a Dutch/English language name."""
    wanted = normalise(text)
    codes = {c.casefold() for c in known} | set(LANGUAGE_NAMES.values())
    if wanted in codes:
        return wanted
    if wanted in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[wanted]
    raise _suggest(text, [*codes, *LANGUAGE_NAMES], "language",
                   "Give an ISO 639-1 code (ar, ti, uk …) or a language name (arabisch, Tigrinya …).")


def resolve_area(text: str, index: AreaIndex) -> AreaChoice:
    """Return the gebied or wijk named or coded by `text` (a wijk when the name is both)."""
    wanted = normalise(text)
    if _POSTCODE.match(wanted):
        raise InvalidInputError(
            f"{text!r} looks like a postcode; the finder does not map postcodes to areas (there is no "
            "postcode table in the data). Give the wijk or gebied by name or code, e.g. --area Charlois.")
    for code, level in index.level.items():
        if normalise(code) == wanted:
            return AreaChoice(code, level)
    matches = sorted((level, code) for code, level in index.level.items()
                     if normalise(index.names.get(code, "")) == wanted)
    if not matches:
        raise _suggest(text, [normalise(n) for n in index.names.values()], "area",
                       "Give a wijk or gebied of Rotterdam by name or code (BU…/WK…).")
    wijken = [code for level, code in matches if level == "wijk"]
    if wijken and len(matches) > 1:
        gebied = next(code for level, code in matches if level == "gebied")
        return AreaChoice(wijken[0], "wijk", f"{text!r} is both a gebied and a wijk: used the wijk "
                          f"{wijken[0]}; ask for {gebied} for the whole gebied")
    level, code = matches[0]
    return AreaChoice(code, level)
