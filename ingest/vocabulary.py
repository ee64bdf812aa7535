"""Allowed values (kinds, roles, needs, statuses, levels, languages) with Dutch and English synonyms."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

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
# Names langcodes' data does not know (or reads otherwise) in the spelling Rotterdam's lists use.
LANGUAGE_NAMES = {"oekraiens": "uk", "berber": "ber", "tamazight": "ber"}
_CODE = re.compile(r"^[a-z]{2,3}$")

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


@lru_cache(maxsize=4096)
def language_code(text: str) -> str:
    """Return the ISO 639-1 code (639-2/3 where a language has none) `text` is or names.

    Codes of ISO 639-1/-2/-3 and language names in English, Dutch (and the other languages of
    CLDR, through langcodes' `language_data`) are read; raise ValueError with a suggestion.
    """
    word = fold(text)
    if word in ISO_639_1:
        return word
    code = LANGUAGE_NAMES.get(word) or _langcodes_code(word) or _langcodes_code(text.strip().casefold())
    if code:
        return code
    hint = difflib.get_close_matches(word, [*ISO_639_1, *LANGUAGE_NAMES], n=1)
    suggestion = f'; did you mean "{hint[0]}"?' if hint else ""
    raise ValueError(f'"{text}" is not a language code (ISO 639-1, -2 or -3, e.g. nl, ar, ti) or a language'
                     f" name{suggestion}")


def _langcodes_code(word: str) -> str | None:
    # Imported here: langcodes loads its name tables on first use, which `--help` need not pay for.
    import langcodes

    try:
        found = langcodes.Language.get(word) if _CODE.match(word) else langcodes.find(word)
    except (LookupError, ValueError):
        return None
    if not found.language or (_CODE.match(word) and not found.is_valid()):
        return None
    # Mandarin is `cmn`; the map speaks of the macrolanguage (zh), as its users do.
    language = found.prefer_macrolanguage().language or ""
    return language if _CODE.match(language) and language != "und" else None
