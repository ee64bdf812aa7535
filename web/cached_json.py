"""JSON answers of cached documents, serialised (and gzipped) once per document instead of per request."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from starlette.responses import Response

from web.store import AnalysisStore

# Below this a gzip member costs more than it saves.
GZIP_FROM_BYTES = 1400


@dataclass(frozen=True, slots=True)
class EncodedJSON:
    """One document's JSON, plain and (when worth it) gzipped."""

    plain: bytes
    gzipped: bytes | None


def json_bytes(value: Any) -> bytes:
    """Return `value` as compact UTF-8 JSON, encoded the way FastAPI encodes a returned dict."""
    return json.dumps(jsonable_encoder(value), ensure_ascii=False, separators=(",", ":")).encode()


def encode(value: Any) -> EncodedJSON:
    """Return `value`'s JSON, plain and gzipped (level 6: the city network shrinks about eightfold)."""
    plain = json_bytes(value)
    return EncodedJSON(plain, gzip.compress(plain, 6, mtime=0) if len(plain) >= GZIP_FROM_BYTES else None)


def accepts_gzip(request: Request) -> bool:
    """Return True when the client said it takes gzip (every browser does)."""
    return any(part.split(";")[0].strip() == "gzip"
               for part in request.headers.get("accept-encoding", "").split(","))


def cached_json(request: Request, store: AnalysisStore, key: tuple[Any, ...],
                document: Callable[[], Any]) -> Response:
    """Return a JSON response of `document()`, encoded once and cached under `key` with the data stamp."""
    encoded: EncodedJSON = store.cached(("json", *key), lambda: encode(document()), document=True)
    headers = {"Vary": "Accept-Encoding"}
    if encoded.gzipped is not None and accepts_gzip(request):
        return Response(encoded.gzipped, media_type="application/json",
                        headers={**headers, "Content-Encoding": "gzip"})
    return Response(encoded.plain, media_type="application/json", headers=headers)
