"""Ingest messages in Dutch (default) and English, from the message catalogue (`graph.catalogue`).

Messages are formatted with `str.format`; numbers are written in the language's own way
(1.000.000 in Dutch, 1,000,000 in English).
"""

from __future__ import annotations

from graph.catalogue import LANGS, default_lang, number, say

__all__ = ["LANGS", "default_lang", "number", "say"]
