"""Ingest messages in Dutch (default) and English, shaped like web/i18n.py's table: key → (nl, en).

Messages are formatted with `str.format`; numbers are written in the language's own way
(1.000.000 in Dutch, 1,000,000 in English).
"""

from __future__ import annotations

import os

LANGS = ("nl", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "no_sheets": ("geen tabbladen gevonden: {where} bevat geen .xlsx- of .csv-bestanden",
                  "no sheets found: {where} holds no .xlsx or .csv files"),
    "file_too_large": ("het bestand is te groot ({size} MB); de grens is {limit} MB: lees het in"
                       " delen in", "the file is too large ({size} MB); the limit is {limit} MB:"
                       " ingest it in parts"),
    "xlsx_too_large": ("het werkboek pakt uit tot {size} MB; de grens is {limit} MB (een"
                       " zip-bom?): lees het in delen in", "the workbook unpacks to {size} MB; the"
                       " limit is {limit} MB (a zip bomb?): ingest it in parts"),
    "too_many_rows": ("te veel rijen ({rows}); de grens is {limit} per tabblad: lees het in delen in",
                      "too many rows ({rows}); the limit is {limit} per sheet: ingest it in parts"),
    "too_many_rows_read": ("meer dan {limit} rijen in dit tabblad: lees het in delen in",
                           "more than {limit} rows in this sheet: ingest it in parts"),
    "too_many_columns": ("te veel kolommen ({columns}); de grens is {limit}",
                         "too many columns ({columns}); the limit is {limit}"),
    "more_like_this": ("en nog {count} zoals deze", "and {count} more like this"),
    "problems": ("{count} probleem/problemen in de invoer; er is niets geschreven.",
                 "{count} problem(s) in the input; nothing was written."),
}


def default_lang() -> str:
    """Return the language of `NETWERKKAART_LANG` (nl or en), Dutch when unset or unknown."""
    lang = os.environ.get("NETWERKKAART_LANG", "nl").strip().lower()
    return lang if lang in LANGS else "nl"


def number(value: int, lang: str) -> str:
    """Return an integer with the language's thousands separator."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def say(key: str, lang: str, **values: object) -> str:
    """Return message `key` in `lang` (nl or en), integers written with thousands separators."""
    template = _TEXT[key][1 if lang == "en" else 0]
    shown = {k: number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v
             for k, v in values.items()}
    return template.format(**shown)
