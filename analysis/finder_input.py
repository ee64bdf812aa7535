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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analysis.areas_index import AreaIndex
from analysis.i18n import text as _text
from analysis.refer_words import NEED_WORDS, language_names
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


class UnknownValueError(InvalidInputError):
    """A need, language or area the finder does not know: which field, what was typed, the closest names."""

    def __init__(self, message: str, *, field: str, suggestions: list[str]) -> None:
        super().__init__(message)
        self.field, self.suggestions = field, suggestions


def _suggest(word: str, options: Iterable[str], what: str, lang: str) -> UnknownValueError:
    close = difflib.get_close_matches(normalise(word), sorted(set(options)), n=5, cutoff=0.5)
    tip = _text("finder_did_you_mean", lang).format(options=", ".join(close)) if close else ""
    message = _text(f"finder_unknown_{what}", lang).format(value=word, tip=tip)
    return UnknownValueError(message, field=what, suggestions=close)


def resolve_need(text: str, lang: str = "en") -> str:
    """Return the support-type code for a code, label or everyday word (`maatje`, `huiswerkhulp`)."""
    wanted = normalise(text)
    names = {normalise(code): code for code in SUPPORT_TYPES}
    names.update({normalise(label): code for code, label in SUPPORT_TYPES.items()})
    names.update(NEED_WORDS)
    if wanted in names:
        return names[wanted]
    raise _suggest(text, names, "need", lang)


def resolve_language(text: str, known: Iterable[str], lang: str = "en") -> str:
    """Return the ISO 639-1 code for a known code (data or list) or a Dutch/English language name."""
    wanted = normalise(text)
    codes = {c.casefold() for c in known} | set(LANGUAGE_NAMES.values())
    if wanted in codes:
        return wanted
    # The names of the languages in the data (Babel's or langcodes' CLDR names), then the short list.
    names = {normalise(name): code for name, code in language_names(sorted(codes)).items()}
    names.update(LANGUAGE_NAMES)
    if wanted in names:
        return names[wanted]
    raise _suggest(text, [*codes, *names], "language", lang)


def resolve_area(text: str, index: AreaIndex, lang: str = "en") -> AreaChoice:
    """Return the gebied or wijk named or coded by `text` (a wijk when the name is both)."""
    wanted = normalise(text)
    if _POSTCODE.match(wanted):
        raise UnknownValueError(_text("finder_postcode", lang).format(value=text), field="area",
                                suggestions=[])
    for code, level in index.level.items():
        if normalise(code) == wanted:
            return AreaChoice(code, level)
    matches = sorted((level, code) for code, level in index.level.items()
                     if normalise(index.names.get(code, "")) == wanted)
    if not matches:
        raise _suggest(text, [normalise(n) for n in index.names.values()], "area", lang)
    wijken = [code for level, code in matches if level == "wijk"]
    if wijken and len(matches) > 1:
        gebied = next(code for level, code in matches if level == "gebied")
        return AreaChoice(wijken[0], "wijk", _text("finder_both_levels", lang).format(
            value=text, wijk=wijken[0], gebied=gebied))
    level, code = matches[0]
    return AreaChoice(code, level)


def resolve_organisation(text: str, names: Mapping[str, str], lang: str = "en") -> str:
    """Return the id of the organisation `text` names: its id, or its name when exactly one has it."""
    if text.strip() in names:
        return text.strip()
    wanted = normalise(text)
    found = sorted(i for i, name in names.items() if normalise(name) == wanted)
    if len(found) == 1:
        return found[0]
    if found:
        raise UnknownValueError(_text("refer_error_from_many", lang).format(
            value=text, options=", ".join(found[:10])), field="from", suggestions=found)
    close = difflib.get_close_matches(wanted, sorted({normalise(n) for n in names.values()}), n=5, cutoff=0.6)
    tip = _text("finder_did_you_mean", lang).format(options=", ".join(close)) if close else ""
    raise UnknownValueError(_text("refer_error_from", lang).format(value=text, tip=tip), field="from",
                            suggestions=close)
