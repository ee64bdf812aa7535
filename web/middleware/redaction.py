"""Viewers see no personal data: every person's name becomes a pseudonym, e-mail and phone disappear.

This is applied to the finished response (HTML, JSON, CSV) of every viewer request, so a new page,
API route, export or report is covered without knowing about it. Each value is matched in every
encoding a response can carry it in (HTML-escaped, inside JSON, inside a <script>, CSV, URL).
A name shared by several people gets one pseudonym keyed on the name (so it says nothing about
which of them is meant); any other name gets the person's own stable pseudonym.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from fastapi.concurrency import run_in_threadpool
from markupsafe import escape
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
_MAIN = re.compile(rb"(<main>|</main>)")


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

    def redact_bytes(self, body: bytes, charset: str = "utf-8", *, html: bool = False) -> bytes:
        """Return `body` redacted; what many responses share comes from a memo (bounded to MEMO_BYTES).

        A page's <main> is the same for every viewer, while the header around it carries the session's
        CSRF token: redacted apart, the main part is a memo hit for the next viewer. Only HTML is split
        (its data is escaped, so a literal <main> is the template's); JSON could hold one in a name.
        """
        parts = _MAIN.split(body) if html else [body]
        if len(parts) == 1:
            return self._redact_part(body, charset)
        return b"".join(part if i % 2 else self._redact_part(part, charset) for i, part in enumerate(parts))

    def _redact_part(self, body: bytes, charset: str) -> bytes:
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


class RedactForViewers:
    """ASGI middleware: pass the response of a viewer's request through the app's Redactor.

    Plain ASGI rather than `@app.middleware("http")`: the latter costs a task and a stream per request,
    and only viewers' responses need to be held back here.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def send_redacted(message: Message) -> None:
            if message["type"] == "http.response.start":
                if not _is_viewer(scope) or not _redacted_type(message):
                    await send(message)
                    return
            elif not held:
                await send(message)
                return
            held.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                await _send_redacted(scope, held, send)

        await self.app(scope, receive, send_redacted)


def _is_viewer(scope: Scope) -> bool:
    identity = scope.get("state", {}).get("identity")
    return identity is not None and identity.role == "viewer"


def _redacted_type(start: Message) -> bool:
    content_type = Headers(raw=start["headers"]).get("content-type", "")
    return content_type.startswith(REDACTED_TYPES)


async def _send_redacted(scope: Scope, held: list[Message], send: Send) -> None:
    """Redact the held response (start message, then body chunks) and send it as one body."""
    start, chunks = held[0], held[1:]
    body = b"".join(chunk.get("body", b"") for chunk in chunks)
    headers = MutableHeaders(raw=list(start["headers"]))
    if headers.get("content-encoding") == "gzip":  # cached JSON comes pre-compressed: redact the text
        body = gzip.decompress(body)
        del headers["content-encoding"]
    content_type = headers.get("content-type", "")
    charset = "utf-8"
    if "charset=" in content_type:
        charset = content_type.split("charset=")[-1].split(";")[0].strip() or charset
    privacy = scope["app"].state.auth.privacy
    redactor = await run_in_threadpool(privacy.redactor)
    html = content_type.startswith("text/html")
    redacted = await run_in_threadpool(functools.partial(redactor.redact_bytes, body, charset, html=html))
    for name in ("content-length", "etag"):
        del headers[name]
    headers["content-length"] = str(len(redacted))
    headers["cache-control"] = "private, no-store"
    await send({**start, "headers": headers.raw})
    await send({"type": "http.response.body", "body": redacted, "more_body": False})
