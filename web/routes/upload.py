"""Upload for coordinators: a file in, a preview of what changes, then "Doorvoeren" (or the errors).

    GET  /upload                      the form, the template link and the size limit
    GET  /upload/template.xlsx        the ingest template (as `netwerkkaart template` writes it)
    POST /upload/preview              keep the files, rehearse the ingest; errors, or → the preview
    GET  /upload/{token}              the preview: per entity new, changed (old → new), unchanged
    GET  /upload/{token}/{entity}/{what}   every record of one list, a page at a time
    POST /upload/{token}/commit       commit what was previewed (refused if the file or data changed)
    GET  /upload/{token}/done         the result, with links to the organisations changed

Both POSTs are CSRF-checked by the guard (web/auth/guard.py) like every cookie-authenticated write.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from starlette.responses import RedirectResponse, Response

from graph.errors import NotFoundError
from graph.model import ENTITY_ORDER
from ingest.template import template_bytes
from netwerkkaart.documents.upload import UploadRefusedError, commit_upload, preview_upload
from netwerkkaart.documents.upload_store import UploadMeta, UploadStore, UploadTooLargeError
from netwerkkaart.documents.upload_view import PAGE, WHATS, shown_entities, shown_list
from web.auth.rules import COORDINATOR, require
from web.deps import GraphDep, IdentityDep, LangDep
from web.i18n import text
from web.rendering import render

router = APIRouter(tags=["upload"], dependencies=[Depends(require(COORDINATOR))])
Token = Annotated[str, Path(max_length=64)]
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def get_uploads(request: Request) -> UploadStore:
    """Return the app's uploads folder (made in web/app.py under the data directory)."""
    return request.app.state.uploads


UploadsDep = Annotated[UploadStore, Depends(get_uploads)]


@router.get("/upload", include_in_schema=False)
def page_upload(request: Request, lang: LangDep, uploads: UploadsDep) -> Response:
    """Return the upload form."""
    return _form(request, lang, uploads)


@router.get("/upload/template.xlsx", include_in_schema=False)
def template_download() -> Response:
    """Return the ingest template workbook as a download."""
    return Response(template_bytes(), media_type=_XLSX,
                    headers={"Content-Disposition": 'attachment; filename="netwerkkaart-sjabloon.xlsx"'})


@router.post("/upload/preview", include_in_schema=False)
def post_preview(request: Request, graph: GraphDep, lang: LangDep, caller: IdentityDep, uploads: UploadsDep,
                 files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    """Keep the files and rehearse the ingest: the errors (400, nothing kept), or → the preview (303)."""
    chosen = [f for f in files or [] if f.filename]
    if not chosen:
        return _form(request, lang, uploads, status_code=400, message=text("upload_no_file", lang))
    try:
        meta = uploads.save(((f.filename or "", f.file) for f in chosen), who=caller.name)
    except UploadTooLargeError:
        return _form(request, lang, uploads, status_code=413, message=text("upload_too_big", lang).format(
            limit=_megabytes(uploads)))
    doc = preview_upload(graph, uploads, meta, lang=lang)
    if not doc["ok"]:
        return render(request, "upload_errors.html", lang, status_code=400, doc=doc, files=meta.files)
    return RedirectResponse(f"/upload/{meta.token}", status_code=303)


@router.get("/upload/{token}", include_in_schema=False)
def page_preview(request: Request, lang: LangDep, caller: IdentityDep, uploads: UploadsDep,
                 token: Token) -> Response:
    """Return the preview of an upload of the caller's (404 when unknown, expired or committed)."""
    meta, doc = _open(uploads, token, caller.name, "preview")
    if meta is None:
        return _unknown(request, lang, uploads)
    return _preview(request, lang, meta, doc)


@router.get("/upload/{token}/done", include_in_schema=False)
def page_done(request: Request, lang: LangDep, caller: IdentityDep, uploads: UploadsDep,
              token: Token) -> Response:
    """Return the result of a committed upload, with links to the organisations it changed."""
    meta, result = _open(uploads, token, caller.name, "result")
    if meta is None:
        return _unknown(request, lang, uploads)
    return render(request, "upload_done.html", lang, result=result)


@router.get("/upload/{token}/{entity}/{what}", include_in_schema=False)
def page_list(request: Request, lang: LangDep, caller: IdentityDep, uploads: UploadsDep, token: Token,
              entity: Annotated[str, Path(max_length=20)], what: Annotated[str, Path(max_length=20)],
              page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """Return one page of every record of one list of the preview (created, updated or unchanged)."""
    meta, doc = _open(uploads, token, caller.name, "preview")
    if meta is None:
        return _unknown(request, lang, uploads)
    if entity not in ENTITY_ORDER or what not in WHATS or entity not in doc["entities"]:
        raise NotFoundError("no such list")
    records = doc["entities"][entity][what]
    pages = max(1, math.ceil(len(records) / PAGE))
    page = min(page, pages)
    shown = shown_list(entity, what, records, lang, (page - 1) * PAGE, PAGE, doc.get("area_names"))
    return render(request, "upload_list.html", lang, token=token, shown=shown,
                  entity_title=text(f"run_entity_{entity}", lang), page=page, pages=pages)


@router.post("/upload/{token}/commit", include_in_schema=False)
def post_commit(request: Request, graph: GraphDep, lang: LangDep, caller: IdentityDep, uploads: UploadsDep,
                token: Token, sha256: Annotated[str, Form(max_length=64)]) -> Response:
    """Commit the previewed upload (→ the result, 303); a refusal is shown on the preview (409)."""
    meta, doc = _open(uploads, token, caller.name, "preview")  # none once committed: never twice
    if meta is None:
        return _unknown(request, lang, uploads)
    try:
        commit_upload(graph, uploads, meta, sha256=sha256, lang=lang)
    except UploadRefusedError as refused:
        return _preview(request, lang, meta, doc, status_code=409, refusal=str(refused))
    # The pages' cached analyses follow the new data at the next request.
    request.app.state.store.invalidate()
    return RedirectResponse(f"/upload/{token}/done", status_code=303)


def _open(uploads: UploadStore, token: str, who: str, doc: str) -> tuple[UploadMeta | None, Any]:
    """Return the caller's upload and its `doc` (preview or result), or (None, None) when it has none."""
    try:
        return uploads.meta(token, who=who), uploads.read(token, doc)
    except NotFoundError:
        return None, None


def _preview(request: Request, lang: str, meta: UploadMeta, doc: dict[str, Any], *, status_code: int = 200,
             refusal: str = "") -> Response:
    entities = shown_entities(doc, lang)
    changes = sum(e.counts["created"] + e.counts["updated"] for e in entities)
    return render(request, "upload_preview.html", lang, status_code=status_code, doc=doc, meta=meta,
                  entities=entities, changes=changes, refusal=refusal)


def _form(request: Request, lang: str, uploads: UploadStore, *, status_code: int = 200,
          message: str = "") -> Response:
    return render(request, "upload.html", lang, status_code=status_code, message=message,
                  limit=_megabytes(uploads))


def _unknown(request: Request, lang: str, uploads: UploadStore) -> Response:
    return _form(request, lang, uploads, status_code=404, message=text("upload_unknown", lang))


def _megabytes(uploads: UploadStore) -> int:
    return uploads.limit_bytes // 1_000_000
