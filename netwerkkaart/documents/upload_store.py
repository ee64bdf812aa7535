"""Uploaded files kept between the preview and "Doorvoeren": a folder per upload under the data dir.

Each upload gets a random token and its own folder `<data_dir>/uploads/<token>/` holding the files
(under their own base names), `meta.json` (who, when, the files' sha256, the data version at preview
time) and, once previewed, `preview.json`. The files go when the upload is committed, and the whole
folder when it expires; only the uploader can open it again (anyone else finds nothing there).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from graph.errors import InvalidInputError, NotFoundError

EXPIRY = dt.timedelta(hours=2)
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
_DOCS = ("meta", "preview", "result")


class UploadTooLargeError(InvalidInputError):
    """The upload is over the size limit; nothing was kept."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"upload of {size} bytes is over the limit of {limit} bytes")
        self.size, self.limit = size, limit


@dataclass(frozen=True, slots=True)
class UploadMeta:
    """What an upload was at preview time: who sent it, when, its files, their sha256, the data version."""

    token: str
    who: str
    at: str
    files: list[str]
    sha256: str
    version: str = ""


class UploadStore:
    """The uploads folder: save, look up (by token and uploader), check, finish and expire uploads."""

    def __init__(self, root: Path, limit_bytes: int) -> None:
        self.root = root
        self.limit_bytes = limit_bytes

    def save(self, files: Iterable[tuple[str, BinaryIO]], *, who: str) -> UploadMeta:
        """Return the meta of a new upload of `files` (name, stream); UploadTooLargeError: nothing kept."""
        self.expire()
        token = secrets.token_urlsafe(24)
        folder = self.root / token
        folder.mkdir(parents=True)
        names, size = [], 0
        try:
            for name, stream in files:
                target = folder / _free_name(folder, name)
                size += _copy(stream, target, self.limit_bytes - size)
                names.append(target.name)
        except UploadTooLargeError as too_large:
            shutil.rmtree(folder, ignore_errors=True)
            raise UploadTooLargeError(size + too_large.size, self.limit_bytes) from None
        meta = UploadMeta(token, who, dt.datetime.now(dt.UTC).isoformat(), names, self._digest(folder, names))
        self.write(token, "meta", asdict(meta))
        return meta

    def meta(self, token: str, *, who: str) -> UploadMeta:
        """Return the upload's meta; raise NotFoundError when unknown, expired, or someone else's."""
        folder = self._folder(token)
        if folder is None or not (folder / "meta.json").is_file():
            raise NotFoundError("no such upload")
        meta = UploadMeta(**self.read(token, "meta"))
        if meta.who != who or _expired(meta.at):
            raise NotFoundError("no such upload")
        return meta

    def paths(self, meta: UploadMeta) -> list[Path]:
        """Return the upload's files, in the order they were sent."""
        return [self.root / meta.token / name for name in meta.files]

    def sha256(self, meta: UploadMeta) -> str:
        """Return the sha256 over the upload's files as they are now (empty when one is gone)."""
        return self._digest(self.root / meta.token, meta.files)

    def write(self, token: str, doc: str, content: Any) -> None:
        """Store one of the upload's JSON documents (meta, preview, result)."""
        assert doc in _DOCS
        (self.root / token / f"{doc}.json").write_text(json.dumps(content, default=str), encoding="utf-8")

    def read(self, token: str, doc: str) -> Any:
        """Return one of the upload's JSON documents; raise NotFoundError when it has none."""
        path = self.root / token / f"{doc}.json"
        if doc not in _DOCS or not path.is_file():
            raise NotFoundError("no such upload")
        return json.loads(path.read_text(encoding="utf-8"))

    def finish(self, meta: UploadMeta, result: dict[str, Any]) -> None:
        """Remove the upload's files and preview after its commit, keeping the result to show."""
        for path in [*self.paths(meta), self.root / meta.token / "preview.json"]:
            path.unlink(missing_ok=True)
        self.write(meta.token, "result", result)

    def discard(self, token: str) -> None:
        """Remove an upload completely (one that had errors: there is nothing to commit)."""
        if self._folder(token) is not None:
            shutil.rmtree(self.root / token, ignore_errors=True)

    def expire(self) -> int:
        """Remove the uploads older than EXPIRY; return how many."""
        gone = 0
        for folder in self.root.iterdir() if self.root.is_dir() else ():
            meta = folder / "meta.json"
            at = json.loads(meta.read_text(encoding="utf-8"))["at"] if meta.is_file() else None
            if at is None or _expired(at):
                shutil.rmtree(folder, ignore_errors=True)
                gone += 1
        return gone

    def _folder(self, token: str) -> Path | None:
        # Only a token of our own shape names a folder: never a path typed into an address.
        return self.root / token if _TOKEN.match(token) and (self.root / token).is_dir() else None

    @staticmethod
    def _digest(folder: Path, names: list[str]) -> str:
        digest = hashlib.sha256()
        for name in names:
            path = folder / name
            if not path.is_file():
                return ""
            digest.update(name.encode() + b"\0")
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        return digest.hexdigest()


def _copy(stream: BinaryIO, target: Path, room: int) -> int:
    """Copy `stream` to `target`; return its size, or raise UploadTooLargeError past `room` bytes."""
    size = 0
    with target.open("wb") as out:
        for block in iter(lambda: stream.read(1 << 20), b""):
            size += len(block)
            if size > room:
                raise UploadTooLargeError(size, room)
            out.write(block)
    return size


def _free_name(folder: Path, name: str) -> str:
    """Return the file's base name (no folders), made unique in `folder` (two files of one name)."""
    base = Path(name.replace("\\", "/")).name.strip() or "bestand"
    base = base if not base.startswith(".") and base not in _reserved() else f"upload-{base.lstrip('.')}"
    stem, suffix, n = Path(base).stem, Path(base).suffix, 1
    while (folder / base).exists():
        n += 1
        base = f"{stem}-{n}{suffix}"
    return base


def _reserved() -> set[str]:
    return {f"{doc}.json" for doc in _DOCS}


def _expired(at: str) -> bool:
    return dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(at) > EXPIRY
