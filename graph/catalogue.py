"""The message catalogue: every user-facing string in Dutch (default) and English, from gettext files.

The catalogues are `graph/locale/<lang>/LC_MESSAGES/netwerkkaart.po`, compiled to `.mo` next to them
(`python scripts/catalogue.py compile`). Message ids are symbolic keys (`overview`, `column_name`),
so a caller asks for `text("overview", lang)` and both languages are translations of the key. The
module sits in the lowest layer, next to `graph.errors`, so that every layer (ingest, analysis, the
web, the CLI) reads the same catalogue. Catalogues load on first use: `netwerkkaart --help` pays nothing.
"""

from __future__ import annotations

import gettext
import os
import string
from functools import lru_cache
from pathlib import Path

LANGS = ("nl", "en")
DOMAIN = "netwerkkaart"
LOCALE_DIR = Path(__file__).parent / "locale"


def default_lang() -> str:
    """Return the language of `NETWERKKAART_LANG` (nl or en), Dutch when unset or unknown."""
    lang = os.environ.get("NETWERKKAART_LANG", "nl").strip().lower()
    return lang if lang in LANGS else "nl"


@lru_cache(maxsize=8)
def translations(lang: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """Return the compiled catalogue of `domain` in `lang` (NullTranslations when there is none)."""
    return gettext.translation(domain, LOCALE_DIR, languages=[lang if lang in LANGS else "nl"],
                               fallback=True)


def _catalog(lang: str) -> dict[object, str]:
    # GNUTranslations keeps its messages in `_catalog`: the only way to ask whether a key exists.
    return getattr(translations(lang), "_catalog", {})


def known(key: str) -> bool:
    """Return whether `key` is a message of the catalogue."""
    return key in _catalog("nl")


def text(key: str, lang: str) -> str:
    """Return message `key` in `lang` (Dutch unless `lang` is en); the key itself when unknown."""
    return _catalog("en" if lang == "en" else "nl").get(key, key)


def plural(key: str, n: float, lang: str, **values: object) -> str:
    """Return the singular or plural form of message `key` for count `n`, `{n}` written as a number.

    "1 verwijzing", "2 verwijzingen": the catalogue's plural forms choose, not the caller (a fraction
    such as 1,5 takes the plural).
    """
    count = int(n) if float(n).is_integer() else 2
    form = translations("en" if lang == "en" else "nl").ngettext(key, key, count)
    return form.format(n=number(n, lang), **values)


def plural_form(key: str, n: int, lang: str) -> str:
    """Return the form of message `key` for count `n` with its `{n}` unfilled (for a script to fill)."""
    return translations("en" if lang == "en" else "nl").ngettext(key, key, n)


def say(key: str, lang: str, **values: object) -> str:
    """Return message `key` in `lang` with its `{placeholders}` filled, integers as numbers (1.000)."""
    shown = {k: number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v
             for k, v in values.items()}
    return text(key, lang).format(**shown)


def number(value: float, lang: str) -> str:
    """Return a number with the language's separators (nl 1.234,5; en 1,234.5), from Babel's locale data."""
    from babel.numbers import format_decimal  # lazily: Babel's locale data loads on first use

    return format_decimal(value, locale="en" if lang == "en" else "nl")


def placeholders(message: str) -> set[str]:
    """Return the names of the `{placeholders}` in `message`."""
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}
