"""Viewers see no personal data: every person's name and id becomes their pseudonym, e-mail and phone
disappear.

This is applied to the finished response (HTML, JSON, CSV, text) of every viewer request, so a new
page, API route, export or report is covered without knowing about it. The response is parsed and only
its values are matched (web/privacy_formats.py), each in decoded form (web/privacy_match.py). When the
people cannot be read (Neo4j is down), a viewer gets 503 rather than an unredacted answer.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Collection
from urllib.parse import parse_qsl, quote, quote_plus

from fastapi.concurrency import run_in_threadpool
from markupsafe import escape
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.driver import Graph
from graph.person_privacy import PersonalData, personal_data, personal_data_stamp
from web.i18n import LANGS, text
from web.middleware.privacy_formats import Value, redact_csv, redact_html, redact_json
from web.middleware.privacy_match import HIDDEN, PersonMatcher

__all__ = ["HIDDEN", "PrivacyFilter", "RedactForViewers", "Redactor"]
log = logging.getLogger(__name__)
# Scripts and styles are static assets; everything that can carry data is redacted.
REDACTED_TYPES = ("text/html", "application/json", "text/csv", "text/plain", "application/xml",
                  "text/xml", "application/octet-stream")
MEMO_BYTES = 64 * 2**20
ECHO = "…"  # what stands in an error message where the viewer's input was
_MAIN = re.compile(rb"(<main>|</main>)")


class Redactor:
    """Replaces the personal data of a fixed set of people in a response body."""

    def __init__(self, people: list[PersonalData], secret: bytes) -> None:
        self.matcher = PersonMatcher(people, secret)
        # Most responses are the same bytes for every viewer (the API, the exports): redact each once.
        self._done: OrderedDict[bytes, bytes] = OrderedDict()
        self._done_bytes = 0
        self._lock = threading.Lock()

    def redact_bytes(self, body: bytes, charset: str = "utf-8", *, kind: str = "text",
                     echoes: Collection[str] = ()) -> bytes:
        """Return `body` (of `kind` html, json, csv or text) redacted; what many responses share comes
        from a memo (bounded to MEMO_BYTES).

        A page's <main> is the same for every viewer, while the header around it carries the session's
        CSRF token: redacted apart, the main part is a memo hit for the next viewer. Only HTML is split
        (its data is escaped, so a literal <main> is the template's); JSON could hold one in a name.
        """
        if echoes:  # an error: small, and only for this request
            return self.redact(body.decode(charset), kind, echoes).encode(charset)
        parts = _MAIN.split(body) if kind == "html" else [body]
        if len(parts) == 1:
            return self._redact_part(body, charset, kind)
        return b"".join(part if i % 2 else self._redact_part(part, charset, kind)
                        for i, part in enumerate(parts))

    def _redact_part(self, body: bytes, charset: str, kind: str) -> bytes:
        key = hashlib.sha256(kind.encode() + b"\0" + body).digest()
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                return self._done[key]
        result = self.redact(body.decode(charset), kind).encode(charset)
        with self._lock:
            if key not in self._done and len(result) <= MEMO_BYTES // 4:
                self._done[key] = result
                self._done_bytes += len(result)
                while self._done_bytes > MEMO_BYTES:
                    self._done_bytes -= len(self._done.popitem(last=False)[1])
        return result

    def redact(self, body: str, kind: str = "text", echoes: Collection[str] = ()) -> str:
        """Return `body` with every name and id pseudonymised and every e-mail and phone hidden.

        `echoes` (the request's own input, for an error) are cut out of every value first: whether or
        not the input is someone's name, the viewer then reads the same answer.
        """
        value, is_id = self.matcher.value, self.matcher.is_person_id
        if echoes:
            value = functools.partial(_without_echoes, self.matcher.value, _echo_pattern(echoes))
        if kind == "json":
            return redact_json(body, value, is_id)
        if kind == "html":
            return redact_html(body, value, is_id)
        if kind == "csv":
            return redact_csv(body, value)
        return value(body, ())


def _echo_pattern(echoes: Collection[str]) -> re.Pattern[str]:
    # An error may quote the input as repr() does, a page link may carry it URL-encoded: all go.
    forms = {form for echo in echoes
             for form in (echo, repr(echo)[1:-1], quote(echo, safe=""), quote_plus(echo)) if form.strip()}
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if body else r"(?!)")


def _without_echoes(value: Value, echoes: re.Pattern[str], text: str, context: Collection[str]) -> str:
    return value(echoes.sub(ECHO, text), context)


def request_input(scope: Scope) -> list[str]:
    """Return the values a request brought: its query values and its path parameters."""
    query_string = scope.get("query_string", b"").decode("latin-1")
    query = [v for _, v in parse_qsl(query_string, keep_blank_values=True)]
    path = [str(v) for v in scope.get("path_params", {}).values()]
    return [v for v in query + path if v]


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
    privacy = scope["app"].state.privacy
    try:
        redactor = await run_in_threadpool(privacy.redactor)
    except Exception as exc:  # whatever stops the read, nothing may go out unredacted
        log.warning("viewer response withheld: the people could not be read (%s)", type(exc).__name__)
        await _send_unavailable(scope, send)
        return
    # An error may echo the input; a viewer's input is left out so it cannot be tried against names.
    echoes = request_input(scope) if start.get("status", 200) >= 400 else []
    work = functools.partial(redactor.redact_bytes, body, charset, kind=_kind(content_type), echoes=echoes)
    redacted = await run_in_threadpool(work)
    for name in ("content-length", "etag"):
        del headers[name]
    headers["content-length"] = str(len(redacted))
    headers["cache-control"] = "private, no-store"
    await send({**start, "headers": headers.raw})
    await send({"type": "http.response.body", "body": redacted, "more_body": False})


def _kind(content_type: str) -> str:
    if content_type.startswith("text/html"):
        return "html"
    if content_type.startswith("application/json") or "+json" in content_type.split(";")[0]:
        return "json"
    return "csv" if content_type.startswith("text/csv") else "text"


async def _send_unavailable(scope: Scope, send: Send) -> None:
    """Send the 503 the app gives while Neo4j is down (JSON for the API, a short page otherwise)."""
    request = Request(scope)
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "nl"
    message = text("privacy_unavailable", lang if lang in LANGS else "nl")
    if scope["path"].startswith("/api/"):
        body = json.dumps({"detail": message, "status": 503}, ensure_ascii=False).encode()
        content_type = b"application/json"
    else:
        body = (f'<!doctype html><html lang="{lang if lang in LANGS else "nl"}"><head><meta charset="utf-8">'
                f"<title>503</title></head><body><p class=\"error\">{escape(message)}</p></body></html>"
                ).encode()
        content_type = b"text/html; charset=utf-8"
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
               (b"cache-control", b"no-store"), (b"retry-after", b"5")]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
