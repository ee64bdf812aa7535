"""Redaction that changes values only: JSON string values, HTML text and attribute values, CSV cells.

The response is parsed and each value is decoded before it is matched, so a name is found however the
format encodes it, and a name that happens to be a JSON key, `null` or a tag name cannot rewrite the
document's structure: keys, syntax and markup are never touched.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Collection
from typing import Any

from markupsafe import escape

# value(text, context ids) → redacted text; is_id(text) → whether text is a person's id.
Value = Callable[[str, Collection[str]], str]
IsId = Callable[[str], bool]

_HTML_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>|[^<]+|<",
                         re.DOTALL | re.IGNORECASE)
_RAW_TEXT = re.compile(r"(<(?:script|style)\b[^>]*>)(.*)(</\w+\s*>)$", re.DOTALL | re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
# Attributes the templates fill with fixed words, never with data: a person named `nl` leaves
# <html lang="nl"> alone.
_MARKUP_ATTRIBUTES = frozenset({"lang", "hreflang", "class", "type", "rel", "charset", "method", "role",
                                "name", "autocomplete", "style", "target", "enctype"})
_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"(?!\s*:)', re.DOTALL)


def redact_json(text: str, value: Value, is_id: IsId) -> str:
    """Return a JSON document with its string values (and keys that are person ids) redacted."""
    try:
        document = json.loads(text)
    except ValueError:  # not JSON after all: only its string literals are values
        return _literals(text, value, script=False)
    return json.dumps(_walk(document, value, is_id, frozenset()), ensure_ascii=False,
                      separators=(",", ":"))


def _walk(node: Any, value: Value, is_id: IsId, context: frozenset[str]) -> Any:
    """Return `node` redacted; a dict's person ids (as keys or values) are the context of its values."""
    if isinstance(node, str):
        return value(node, context)
    if isinstance(node, list):
        return [_walk(item, value, is_id, context) for item in node]
    if not isinstance(node, dict):
        return node
    here = context | {v for v in node.values() if isinstance(v, str) and is_id(v)}
    return {(value(k, ()) if is_id(k) else k): _walk(v, value, is_id, here | ({k} if is_id(k) else set()))
            for k, v in node.items()}


def redact_html(text: str, value: Value, is_id: IsId) -> str:
    """Return an HTML document with its text, attribute values and embedded JSON redacted."""
    return "".join(_html_token(m.group(0), value, is_id) for m in _HTML_TOKEN.finditer(text))


def _html_token(token: str, value: Value, is_id: IsId) -> str:
    if token.startswith("<!--") or token == "<":
        return token
    raw = _RAW_TEXT.match(token)
    if raw:
        opening, body, closing = raw.groups()
        if opening[1:].lower().startswith("style"):
            return token
        return _tag(opening, value) + _script(body, value, is_id) + closing
    if token.startswith("<"):
        return _tag(token, value)
    return _text(token, value)


def _text(token: str, value: Value) -> str:
    plain = html.unescape(token)
    redacted = value(plain, ())
    return token if redacted == plain else str(escape(redacted))


def _tag(token: str, value: Value) -> str:
    def attribute(match: re.Match[str]) -> str:
        if match.group(1).lower() in _MARKUP_ATTRIBUTES:
            return match.group(0)
        raw = next(g for g in match.groups()[2:] if g is not None)
        plain = html.unescape(raw)
        redacted = value(plain, ())
        if redacted == plain:
            return match.group(0)
        return f'{match.group(1)}{match.group(2)}"{escape(redacted)}"'

    return _ATTRIBUTE.sub(attribute, token)


def _script(body: str, value: Value, is_id: IsId) -> str:
    """Return a <script>'s content redacted: JSON data as JSON, anything else by its string literals."""
    try:
        document = json.loads(body)
    except ValueError:
        return _literals(body, value, script=True)
    redacted = json.dumps(_walk(document, value, is_id, frozenset()), ensure_ascii=False)
    return redacted.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _literals(text: str, value: Value, *, script: bool) -> str:
    """Return `text` with each double-quoted string literal that is not an object key redacted."""
    def literal(match: re.Match[str]) -> str:
        try:
            plain = json.loads(match.group(0))
        except ValueError:
            return match.group(0)
        redacted = value(plain, ())
        if redacted == plain:
            return match.group(0)
        encoded = json.dumps(redacted, ensure_ascii=False)
        return encoded.replace("<", "\\u003c").replace(">", "\\u003e") if script else encoded

    return _STRING_LITERAL.sub(literal, text)


def redact_csv(text: str, value: Value) -> str:
    """Return a CSV document with every cell below the header row redacted."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if "\r\n" in text else "\n")
    for n, row in enumerate(rows):
        writer.writerow(row if n == 0 else [value(cell, ()) for cell in row])
    return out.getvalue()
