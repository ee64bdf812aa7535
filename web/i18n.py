"""The web's name for the interface text and formats, kept in `analysis.i18n` (lowest layer using them)."""

from __future__ import annotations

from analysis.i18n import LANGS, column_headers, format_date, format_number, known, text

__all__ = ["LANGS", "column_headers", "format_date", "format_number", "known", "text"]
