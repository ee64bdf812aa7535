"""Viewers see no personal data: every person's name becomes a pseudonym, e-mail and phone disappear.

This is applied to the finished response (HTML, JSON, CSV) of every viewer request, so a new page,
API route, export or report is covered without knowing about it. Each value is matched in every
encoding a response can carry it in (HTML-escaped, inside JSON, inside a <script>, CSV, URL).
A name shared by several people gets one pseudonym keyed on the name (so it says nothing about
which of them is meant); any other name gets the person's own stable pseudonym.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import quote, quote_plus

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from markupsafe import escape
from starlette.responses import Response

from analysis.pseudonyms import pseudonym
from graph.driver import Graph
from graph.person_privacy import PersonalData, personal_data, personal_data_stamp

HIDDEN = "–"
# Scripts and styles are static assets; everything that can carry data is redacted.
REDACTED_TYPES = ("text/html", "application/json", "text/csv", "text/plain", "application/xml",
                  "text/xml", "application/octet-stream")


def encodings(value: str) -> set[str]:
    """Return `value` as it can appear in a response: raw, HTML, JSON, <script> JSON, CSV, URL."""
    in_json = json.dumps(value, ensure_ascii=False)[1:-1]
    in_script = in_json.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    found = {value, str(escape(value)), in_json, json.dumps(value)[1:-1], in_script,
             value.replace('"', '""'), quote(value, safe=""), quote_plus(value)}
    return {v for v in found if v}


def _trie_pattern(words: Iterable[str]) -> str:
    """Return a regex matching any of `words`, built as a trie so matching stays fast for 100k words."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# Candidates for e-mail addresses and phone numbers; each is hidden when it is a person's.
_EMAIL = re.compile(r"[\w.+'-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d \-().]*\d")
_MIN_PHONE_DIGITS = 6
MEMO_BYTES = 64 * 2**20


class Redactor:
    """Replaces the personal data of a fixed set of people in text."""

    def __init__(self, people: list[PersonalData], secret: bytes) -> None:
        ids_by_name: dict[str, list[str]] = defaultdict(list)
        for person in people:
            if person.name:
                ids_by_name[person.name].append(person.id)
        self.replacement: dict[str, str] = {}
        for name, ids in ids_by_name.items():
            alias = pseudonym(ids[0], secret) if len(ids) == 1 else pseudonym("name:" + name, secret)
            self.replacement.update(dict.fromkeys(encodings(name), alias))
        # The trie matches the longest name; the lookarounds keep "Noor" out of "Noordereiland".
        body = _trie_pattern(self.replacement)
        self.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else None
        self.emails = {p.email.strip().lower() for p in people if p.email}
        self.phones = {d for p in people if p.phone and len(d := _digits(p.phone)) >= _MIN_PHONE_DIGITS}
        self.phone_lengths = sorted({len(d) for d in self.phones})
        # Most responses are the same bytes for every viewer (the API, the exports): redact each once.
        self._done: OrderedDict[bytes, bytes] = OrderedDict()
        self._done_bytes = 0
        self._lock = threading.Lock()

    def redact_bytes(self, body: bytes, charset: str = "utf-8") -> bytes:
        """Return `body` redacted, from a memo of recent bodies (bounded to MEMO_BYTES)."""
        key = hashlib.sha256(body).digest()
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                return self._done[key]
        result = self.redact(body.decode(charset)).encode(charset)
        with self._lock:
            if key not in self._done and len(result) <= MEMO_BYTES // 4:
                self._done[key] = result
                self._done_bytes += len(result)
                while self._done_bytes > MEMO_BYTES:
                    self._done_bytes -= len(self._done.popitem(last=False)[1])
        return result

    def redact(self, text: str) -> str:
        """Return `text` with every name pseudonymised and every e-mail and phone hidden."""
        if self.pattern is not None:
            text = self.pattern.sub(lambda m: self.replacement[m.group(0)], text)
        if self.emails:
            text = _EMAIL.sub(self._email, text)
        if self.phones:
            text = _PHONE.sub(self._phone, text)
        return text

    def _email(self, match: re.Match[str]) -> str:
        found = match.group(0).replace("%40", "@").lower()
        return HIDDEN if found in self.emails else match.group(0)

    def _phone(self, match: re.Match[str]) -> str:
        # Any stored phone's digits inside the run hide the whole run (it may hold more than one number).
        digits = _digits(match.group(0))
        for length in self.phone_lengths:
            if any(digits[i:i + length] in self.phones for i in range(len(digits) - length + 1)):
                return HIDDEN
        return match.group(0)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class PrivacyFilter:
    """The app's Redactor, rebuilt when people's personal data changes in the database."""

    def __init__(self, graph: Graph, secret: bytes) -> None:
        self.graph, self.secret = graph, secret
        self._current: tuple[tuple[int, str], Redactor] | None = None
        self._lock = threading.Lock()

    def redactor(self) -> Redactor:
        """Return a Redactor for the people stored right now (checked on every call)."""
        stamp = personal_data_stamp(self.graph)
        with self._lock:
            if self._current is None or self._current[0] != stamp:
                self._current = (stamp, Redactor(personal_data(self.graph), self.secret))
            return self._current[1]


async def redact_for_viewers(request: Request,
                             call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Middleware: pass the response of a viewer's request through the app's Redactor."""
    response = await call_next(request)
    identity = getattr(request.state, "identity", None)
    content_type = response.headers.get("content-type", "")
    if identity is None or identity.role != "viewer" or not content_type.startswith(REDACTED_TYPES):
        return response
    body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
    redactor = await run_in_threadpool(request.app.state.auth.privacy.redactor)
    redacted = await run_in_threadpool(redactor.redact_bytes, body, response.charset or "utf-8")
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "etag")}
    headers["cache-control"] = "private, no-store"
    return Response(redacted, status_code=response.status_code, headers=headers)
