"""FastAPI dependencies as Annotated aliases: the graph, the analysis store, the caller, the language."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, Query, Request

from graph.driver import Graph
from web.auth.errors import NotAuthenticated
from web.auth.guard import Identity, authorize
from web.i18n import LANGS
from web.store import AnalysisStore


def get_graph(request: Request) -> Graph:
    """Return the one Graph the lifespan opened."""
    return request.app.state.graph


def get_store(request: Request) -> AnalysisStore:
    """Return the app's per-as_of cache of links, layout and analysis results."""
    return request.app.state.store


def caller(identity: Annotated[Identity | None, Depends(authorize)]) -> Identity:
    """Return who is calling, as the guard (run once per request for every route) found them.

    For routes whose rule is a role; on a public route an anonymous caller gets 401 here.
    """
    if identity is None:
        raise NotAuthenticated("log in, or send an API token as `Authorization: Bearer …`")
    return identity


def get_lang(request: Request, lang: Annotated[str | None, Query(pattern="^(nl|en)$")] = None) -> str:
    """Return the interface language: `?lang=`, else the `lang` cookie, else Dutch."""
    if lang:
        return lang
    cookie = request.cookies.get("lang")
    return cookie if cookie in LANGS else "nl"


def get_as_of(as_of: Annotated[dt.date | None, Query(description="Peildatum (YYYY-MM-DD); default today")]
              = None) -> dt.date:
    """Return the requested as-of date, defaulting to today."""
    return as_of or dt.date.today()


GraphDep = Annotated[Graph, Depends(get_graph)]
StoreDep = Annotated[AnalysisStore, Depends(get_store)]
IdentityDep = Annotated[Identity, Depends(caller)]
LangDep = Annotated[str, Depends(get_lang)]
AsOfDep = Annotated[dt.date, Depends(get_as_of)]
