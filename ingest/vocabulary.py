"""Allowed values (kinds, roles, needs, statuses, levels, languages) with Dutch and English synonyms."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from graph.catalogue import LANGS, known, text
from graph.model import (
    AREA_LEVELS,
    CONTACT_CONTEXTS,
    ORGANISATION_KINDS,
    REFERRAL_STATUSES,
    ROLES,
    SUPPORT_TYPES,
)
from ingest.values import BadValue, fold, quote

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
    """The allowed codes of one column, the words that mean them, and the catalogue's names for them.

    `names` is the prefix of the codes' display names in the catalogue (`kind` → `kind_taalcafe`,
    "Taalcafé"); a display name, in Dutch or English, is read as its code too, so every choice a
    message offers is one the column accepts. Levels (wijk, gebied) are their own names.
    """

    what: str
    codes: tuple[str, ...]
    synonyms: dict[str, str]
    names: str | None = None

    def lookup(self, text: str) -> str:
        """Return the code `text` means; raise BadValue listing the choices by their names."""
        exact = self.synonyms.get(text)
        if exact:
            return exact
        key = fold(text)
        code = (self.synonyms.get(key) or self.synonyms.get(key.replace(" ", "_"))
                or _named(self.names).get(key))
        if code:
            return code
        raise BadValue(f"ingest_unknown_{self.what}", value=quote(text), choices=self.choices)

    def name(self, code: str, lang: str) -> str:
        """Return the display name of `code` in `lang` as running text shows it (lower case first)."""
        key = f"{self.names}_{code}"
        name = text(key, lang) if self.names and known(key) else code
        return name[:1].lower() + name[1:]

    def choices(self, lang: str) -> str:
        """Return the allowed values by their display names in `lang`: "taalcafé, maatjesproject, …"."""
        return ", ".join(self.name(code, lang) for code in self.codes)


@lru_cache(maxsize=16)
def _named(prefix: str | None) -> dict[str, str]:
    """Return folded display name (nl and en) → code of the codes named `prefix`_code in the catalogue.

    Read on first need, not at import: the catalogue loads lazily (`netwerkkaart --help` pays nothing).
    """
    if prefix is None:
        return {}
    vocabulary = next(v for v in _ALL if v.names == prefix)
    return {fold(vocabulary.name(code, lang)): code for code in vocabulary.codes for lang in LANGS}


def _vocabulary(what: str, codes: tuple[str, ...], extra: dict[str, str], names: str | None) -> Vocabulary:
    synonyms = {fold(code): code for code in codes}
    synonyms |= {fold(code).replace("_", " "): code for code in codes}
    synonyms |= {fold(word): code for word, code in extra.items()}
    return Vocabulary(what, codes, synonyms, names)


KINDS = _vocabulary("kind", ORGANISATION_KINDS, {
    "taalcafé": "taalcafe", "maatjes": "maatjesproject", "mentorproject": "maatjesproject",
    "vrijwilligerscentrum": "vrijwilligerscentrale", "migrantenorganisatie": "zelforganisatie",
    "kerk": "religieus", "moskee": "religieus", "school": "onderwijs", "other": "overig"}, "kind")
ROLE_WORDS = _vocabulary("role", ROLES, {
    "medewerker": "staff", "personeel": "staff", "coördinator": "coordinator",
    "vrijwilliger": "volunteer", "bestuur": "board", "bestuurslid": "board"}, "person_role")
CONTEXTS = _vocabulary("context", CONTACT_CONTEXTS, {
    "samenwerking": "partnership", "informeel": "informal"}, "contact_context")
STATUSES = _vocabulary("status", REFERRAL_STATUSES, {
    "verstuurd": "sent", "verzonden": "sent", "geaccepteerd": "accepted", "aangenomen": "accepted",
    "afgewezen": "rejected", "geen capaciteit": "no_capacity", "vol": "no_capacity",
    "afgerond": "completed", "klaar": "completed"}, "referral_status")
LEVELS = _vocabulary("level", AREA_LEVELS, {"buurt": "wijk", "stadsdeel": "gebied"}, None)
NEEDS = _vocabulary("need", tuple(SUPPORT_TYPES), {
    **{label: code for code, label in SUPPORT_TYPES.items()},
    "mentor": "maatje", "language": "taal", "work": "werk", "education": "onderwijs",
    "health": "gezondheid", "housing": "huisvesting", "legal": "juridisch", "family": "gezin",
    "volunteering": "vrijwilligerswerk", "integration": "inburgering"}, "need")
_ALL = (KINDS, ROLE_WORDS, CONTEXTS, STATUSES, LEVELS, NEEDS)


@lru_cache(maxsize=4096)
def language_code(text: str) -> str:
    """Return the ISO 639-1 code (639-2/3 where a language has none) `text` is or names.

    Codes of ISO 639-1/-2/-3 and language names in English, Dutch (and the other languages of
    CLDR, through langcodes' `language_data`) are read; raise BadValue with a suggestion.
    """
    word = fold(text)
    if word in ISO_639_1:
        return word
    code = LANGUAGE_NAMES.get(word) or _langcodes_code(word) or _langcodes_code(text.strip().casefold())
    if code:
        return code
    hint = difflib.get_close_matches(word, [*ISO_639_1, *LANGUAGE_NAMES], n=1)
    if hint:
        raise BadValue("ingest_unknown_language_hint", value=quote(text), hint=quote(hint[0]))
    raise BadValue("ingest_unknown_language", value=quote(text))


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
