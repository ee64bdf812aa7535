"""Interface text in Dutch (default) and English, and Dutch/English numbers, dates and names (Babel).

The text lives in the gettext catalogues (`graph/locale/<lang>/LC_MESSAGES/netwerkkaart.po`, see
`graph.catalogue`); this module is the analysis layer's and the web's name for it, with Babel's
number, date and language-name formats beside it. Add a message to both `.po` files and run
`python scripts/catalogue.py compile`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.catalogue import LANGS, known, plural, text

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["LANGS", "column_headers", "context_name", "format_date", "format_number", "format_percent",
           "kind_name", "known", "language_name", "link_kind_name", "need_name", "plural", "role_name",
           "status_name", "text"]


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    from babel import Locale  # lazily: Babel's locale data loads on first use

    return Locale.parse("en" if lang == "en" else "nl")


def column_headers(columns: Sequence[str], lang: str) -> list[str]:
    """Return the display headers of download columns (the code itself for a column without one)."""
    return [text(f"column_{c}", lang) if known(f"column_{c}") else c for c in columns]


def format_number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """Return `value` with `digits` decimals as the language writes it (nl 1.234,5; en 1,234.5), or –."""
    if value is None:
        return "–"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(value: float | None, lang: str, digits: int = 1) -> str:
    """Return the fraction `value` as a percentage (nl 12,5%; en 12.5%); – for None."""
    if value is None:
        return "–"
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    return babel_percent(value, format=pattern, locale=_locale(lang))


def format_date(value: dt.date | str | None, lang: str) -> str:
    """Return a date as "3 maart 2025" (en: "3 March 2025"); – when missing, a non-date string as given."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    from babel.dates import format_date as babel_date

    return babel_date(value, format="d MMMM y", locale=_locale(lang))


def kind_name(code: str | None, lang: str) -> str:
    """Return an organisation kind's display name (the code when it has none, – when missing)."""
    return text(f"kind_{code}", lang) if code and known(f"kind_{code}") else (code or "–")


def need_name(code: str, lang: str) -> str:
    """Return a need's (support type's) display name, or the code when it has none."""
    return text(f"need_{code}", lang) if known(f"need_{code}") else code


@lru_cache(maxsize=1024)
def language_name(code: str, lang: str) -> str:
    """Return a language's name from Babel's CLDR data ("ar" → nl "Arabisch", en "Arabic"), else the code."""
    name = _locale(lang).languages.get(code.strip().replace("-", "_")) if code else None
    return name[:1].upper() + name[1:] if name else code


# Task `words` (issue 12 items 2, 3): the data's other codes by their display names.
def role_name(code: str | None, lang: str) -> str:
    """Return a person's role at an organisation by its display name ('volunteer' -> 'vrijwilliger')."""
    return _name("person_role", code, lang)


def status_name(code: str | None, lang: str) -> str:
    """Return a referral status by its display name ('accepted' -> 'aangenomen')."""
    return _name("referral_status", code, lang)


def context_name(code: str | None, lang: str) -> str:
    """Return the context of a contact between people by its display name ('informal' -> 'informeel')."""
    return _name("contact_context", code, lang)


def link_kind_name(code: str | None, lang: str) -> str:
    """Return the kind of a link between organisations on paper ('partnership' -> 'samenwerking';
    'partnership:convenant', with the data's own word for its kind, -> 'samenwerking (convenant)')."""
    base, _, own = (code or "").partition(":")
    name = _name("link_kind", base or None, lang)
    return f"{name} ({own})" if own else name


def _name(prefix: str, code: str | None, lang: str) -> str:
    key = f"{prefix}_{code}"
    return text(key, lang) if code and known(key) else (code or "–")
