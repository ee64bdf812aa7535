"""FastAPI dependencies as Annotated aliases: the graph, the analysis store, the caller, the language."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from pydantic import BeforeValidator

from graph.driver import Graph
from graph.errors import InvalidInputError
from ingest.values import parse_date
from web.auth.errors import NotAuthenticated
from web.auth.guard import Identity, authorize
from web.i18n import LANGS, text
from web.store import AnalysisStore

# The as-of dates the analysis is defined for (the one place that says so): far enough back for any
# archive and forward for any scenario, yet clear of the calendar's ends where month arithmetic breaks.
EARLIEST_AS_OF = dt.date(1900, 1, 1)
LATEST_AS_OF = dt.date(2200, 12, 31)
_DUTCH_DATE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$")


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


def dutch_date(value: Any) -> Any:
    """Return a Dutch date (`01-06-2025`) as a date; anything else as it came, for pydantic to judge."""
    if isinstance(value, str) and _DUTCH_DATE.match(value.strip()):
        try:
            return parse_date(value.strip())
        except ValueError:  # 31-02-2025: left to pydantic, whose date error the error page explains
            return value
    return value


def get_as_of(request: Request, as_of: Annotated[dt.date | None, BeforeValidator(dutch_date), Query(
        description=f"Peildatum (YYYY-MM-DD or DD-MM-YYYY, {EARLIEST_AS_OF} .. {LATEST_AS_OF});"
                    " default today")] = None) -> dt.date:
    """Return the requested as-of date (default today); raise InvalidInputError (400) outside the range."""
    if as_of is not None and not EARLIEST_AS_OF <= as_of <= LATEST_AS_OF:
        # Not LangDep: that would add `lang` to every API route's parameters just for this message.
        lang = request.query_params.get("lang") or request.cookies.get("lang")
        message = text("as_of_out_of_range", lang if lang in LANGS else "nl")
        raise InvalidInputError(message.format(as_of=as_of, earliest=EARLIEST_AS_OF, latest=LATEST_AS_OF))
    return as_of or dt.date.today()


GraphDep = Annotated[Graph, Depends(get_graph)]
StoreDep = Annotated[AnalysisStore, Depends(get_store)]
IdentityDep = Annotated[Identity, Depends(caller)]
LangDep = Annotated[str, Depends(get_lang)]
AsOfDep = Annotated[dt.date, Depends(get_as_of)]
