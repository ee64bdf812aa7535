"""Everyday words for the Verwijswijzer: what coordinators type for a need, and languages by name.

A coordinator asks for "een taalmaatje" or "huiswerkhulp", not for the support-type codes; the one
table below maps those everyday Dutch (and a few English) words to the needs of the data model.
Language names come from `analysis.i18n.language_name` (CLDR's names), so "Arabisch", "Arabic" and
"ar" are one language.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.i18n import language_name  # the one place language names are made
from graph.model import SUPPORT_TYPES

__all__ = ["NEED_WORDS", "language_name", "language_names", "need_choices"]

# Everyday words → need code. Keys are written as `finder_input.normalise` leaves them (lower case,
# no accents, single spaces). A word that could mean two needs goes to the one a coordinator means
# most often (a "maatje" for a newcomer is a buddy, not language lessons).
NEED_WORDS: dict[str, str] = {
    # taal
    "taalles": "taal", "taallessen": "taal", "taalcafe": "taal", "nederlands leren": "taal",
    "nederlandse les": "taal", "taalcursus": "taal", "taalhulp": "taal", "taalmaatje": "taal",
    "oefenen nederlands": "taal", "spreekvaardigheid": "taal", "language": "taal", "dutch lessons": "taal",
    # maatje
    "maatje": "maatje", "buddy": "maatje", "mentor": "maatje", "maatjesproject": "maatje",
    "coach": "maatje", "gezelschap": "sociaal", "eenzaamheid": "sociaal", "ontmoeting": "sociaal",
    "koffieochtend": "sociaal", "contact": "sociaal",
    # werk
    "sollicitatie": "werk", "solliciteren": "werk", "cv": "werk", "baan": "werk", "werk zoeken": "werk",
    "uitkering": "werk", "inkomen": "werk", "job": "werk", "work": "werk",
    # onderwijs
    "huiswerkhulp": "onderwijs", "huiswerkbegeleiding": "onderwijs", "bijles": "onderwijs",
    "school": "onderwijs", "studie": "onderwijs", "opleiding": "onderwijs", "diploma": "onderwijs",
    "education": "onderwijs",
    # gezondheid
    "huisarts": "gezondheid", "zorg": "gezondheid", "ggz": "gezondheid", "psychische hulp": "gezondheid",
    "health": "gezondheid",
    # administratie
    "formulieren": "administratie", "post": "administratie", "brieven": "administratie",
    "belastingdienst": "administratie", "toeslagen": "administratie", "schulden": "administratie",
    "geldzorgen": "administratie", "budget": "administratie", "paperwork": "administratie",
    # huisvesting
    "woning": "huisvesting", "huis": "huisvesting", "wonen": "huisvesting", "huur": "huisvesting",
    "housing": "huisvesting",
    # juridisch
    "advocaat": "juridisch", "rechtshulp": "juridisch", "verblijfsvergunning": "juridisch",
    "asiel": "juridisch", "ind": "juridisch", "gezinshereniging": "juridisch", "legal": "juridisch",
    # gezin
    "opvoeding": "gezin", "kinderen": "gezin", "kinderopvang": "gezin", "ouders": "gezin", "family": "gezin",
    # vrijwilligerswerk
    "vrijwilliger": "vrijwilligerswerk", "vrijwilliger worden": "vrijwilligerswerk",
    "volunteering": "vrijwilligerswerk", "meedoen": "vrijwilligerswerk",
    # inburgering
    "inburgeren": "inburgering", "inburgeringsexamen": "inburgering", "knm": "inburgering",
    "participatieverklaring": "inburgering", "integration": "inburgering",
}

# The everyday words the finder's need field proposes first (the rest still work when typed).
_SUGGESTED = ("taalmaatje", "taalles", "maatje", "huiswerkhulp", "sollicitatie", "formulieren",
              "inburgeren", "woning", "rechtshulp", "opvoeding", "vrijwilliger")


def need_choices(lang: str) -> list[tuple[str, str]]:
    """Return (word to type, what it means) for the need field: the needs' labels, then everyday words."""
    from analysis.i18n import text  # the one nl/en table

    labels = [(SUPPORT_TYPES[code], text(f"refer_need_{code}", lang)) for code in SUPPORT_TYPES]
    words = [(w, text(f"refer_need_{NEED_WORDS[w]}", lang)) for w in _SUGGESTED]
    return labels + words


def language_names(codes: Iterable[str]) -> dict[str, str]:
    """Return {name in Dutch or English, lower case: code} for `codes` (to read a typed language name)."""
    return {language_name(code, lang).casefold(): code for code in codes for lang in ("nl", "en")
            if language_name(code, lang) != code}
