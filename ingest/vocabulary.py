"""Allowed values (kinds, roles, needs, statuses, levels, languages) with Dutch and English synonyms."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from graph.model import (
    AREA_LEVELS,
    CONTACT_CONTEXTS,
    ORGANISATION_KINDS,
    REFERRAL_STATUSES,
    ROLES,
    SUPPORT_TYPES,
)
from ingest.values import fold

# ISO 639-1: every two-letter language code.
_ISO_TEXT = """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi
mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw
sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk
ur uz ve vi vo wa wo xh yi yo za zh zu"""
ISO_639_1 = frozenset(_ISO_TEXT.split())

LANGUAGE_NAMES = {
    "nederlands": "nl", "dutch": "nl", "engels": "en", "english": "en", "arabisch": "ar",
    "arabic": "ar", "tigrinya": "ti", "tigrinia": "ti", "farsi": "fa", "perzisch": "fa",
    "persian": "fa", "turks": "tr", "turkish": "tr", "oekraiens": "uk", "ukrainian": "uk",
    "russisch": "ru", "russian": "ru", "pools": "pl", "polish": "pl", "somalisch": "so",
    "somali": "so", "frans": "fr", "french": "fr", "spaans": "es", "spanish": "es",
    "koerdisch": "ku", "kurdish": "ku", "pasjtoe": "ps", "pashto": "ps", "urdu": "ur",
    "duits": "de", "german": "de", "portugees": "pt", "portuguese": "pt", "chinees": "zh",
    "chinese": "zh", "berber": "ber",
}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The allowed codes of one column and the words that mean them."""

    what: str
    codes: tuple[str, ...]
    synonyms: dict[str, str]

    def lookup(self, text: str) -> str:
        """Return the code `text` means; raise ValueError listing what is allowed."""
        exact = self.synonyms.get(text)
        if exact:
            return exact
        key = fold(text)
        code = self.synonyms.get(key) or self.synonyms.get(key.replace(" ", "_"))
        if code:
            return code
        raise ValueError(f'"{text}" is not a known {self.what}; allowed: {", ".join(self.codes)}')


def _vocabulary(what: str, codes: tuple[str, ...], extra: dict[str, str]) -> Vocabulary:
    synonyms = {fold(code): code for code in codes}
    synonyms |= {fold(code).replace("_", " "): code for code in codes}
    synonyms |= {fold(word): code for word, code in extra.items()}
    return Vocabulary(what, codes, synonyms)


KINDS = _vocabulary("kind", ORGANISATION_KINDS, {
    "taalcafé": "taalcafe", "maatjes": "maatjesproject", "mentorproject": "maatjesproject",
    "vrijwilligerscentrum": "vrijwilligerscentrale", "migrantenorganisatie": "zelforganisatie",
    "kerk": "religieus", "moskee": "religieus", "school": "onderwijs", "other": "overig"})
ROLE_WORDS = _vocabulary("role", ROLES, {
    "medewerker": "staff", "personeel": "staff", "coördinator": "coordinator",
    "vrijwilliger": "volunteer", "bestuur": "board", "bestuurslid": "board"})
CONTEXTS = _vocabulary("context", CONTACT_CONTEXTS, {
    "samenwerking": "partnership", "informeel": "informal"})
STATUSES = _vocabulary("status", REFERRAL_STATUSES, {
    "verstuurd": "sent", "verzonden": "sent", "geaccepteerd": "accepted", "aangenomen": "accepted",
    "afgewezen": "rejected", "geen capaciteit": "no_capacity", "vol": "no_capacity",
    "afgerond": "completed", "klaar": "completed"})
LEVELS = _vocabulary("level", AREA_LEVELS, {"buurt": "wijk", "stadsdeel": "gebied"})
NEEDS = _vocabulary("need", tuple(SUPPORT_TYPES), {
    **{label: code for code, label in SUPPORT_TYPES.items()},
    "mentor": "maatje", "language": "taal", "work": "werk", "education": "onderwijs",
    "health": "gezondheid", "housing": "huisvesting", "legal": "juridisch", "family": "gezin",
    "volunteering": "vrijwilligerswerk", "integration": "inburgering"})


def language_code(text: str) -> str:
    """Return the ISO 639-1 code `text` is or names; raise ValueError with a suggestion."""
    if text in ISO_639_1:
        return text
    word = fold(text)
    if word in ISO_639_1:
        return word
    named = LANGUAGE_NAMES.get(word)
    if named in ISO_639_1:
        return str(named)
    hint = difflib.get_close_matches(word, [*ISO_639_1, *LANGUAGE_NAMES], n=1)
    suggestion = f'; did you mean "{hint[0]}"?' if hint else ""
    raise ValueError(
        f'"{text}" is not an ISO 639-1 language code (two letters, e.g. nl, en, ar, ti){suggestion}')
