"""The web's name for the interface text and formats, kept in `analysis.i18n` (lowest layer using them)."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from analysis.i18n import (
    LANGS,
    column_headers,
    format_date,
    format_number,
    format_percent,
    known,
    plural,
    text,
)

__all__ = ["LANGS", "column_headers", "format_date", "format_number", "format_percent", "known", "lang_of",
           "plural", "text"]


def lang_of(request: HTTPConnection) -> str:
    """Return the request's interface language: `?lang=`, else the `lang` cookie, else Dutch."""
    lang = request.query_params.get("lang") or request.cookies.get("lang")
    return lang if lang in LANGS else "nl"
