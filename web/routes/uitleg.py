"""The Uitleg page (/uitleg): every figure the pages show, in plain words, each with its own anchor.

Pages link a figure to its explanation with the `help(anchor)` macro of `_help.html` ("?").
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from web.auth.rules import VIEWER, require
from web.deps import LangDep
from web.rendering import render

router = APIRouter(tags=["uitleg"], dependencies=[Depends(require(VIEWER))])

# Anchors of the figures on the main pages, then those under "Details voor analisten"; each has the
# texts uitleg_<anchor>_term and uitleg_<anchor>_text (vraag-aanbod: the one supply definition).
MAIN_FIGURES = ("verbinding", "dragers", "een-persoon", "zonder-drager", "sleutelpersonen", "vertrek",
                "kans", "simulatie", "paren", "robuustheid", "tweede-contact", "vraag-aanbod", "peildatum",
                "cbs-code")
ANALYST_FIGURES = ("graad", "tussenpositie", "pagerank", "nabijheid", "beperking", "groep", "winst")
_DEFINED_ELSEWHERE = {"vraag-aanbod": "supply_definition"}


def explanation_key(anchor: str) -> str:
    """Return the text key of the explanation of the figure at `anchor`."""
    return _DEFINED_ELSEWHERE.get(anchor, f"uitleg_{anchor}_text")


@router.get("/uitleg", include_in_schema=False)
def page_uitleg(request: Request, lang: LangDep) -> Response:
    """Return the page that explains every figure in plain words."""
    sections = [("uitleg_main", None, MAIN_FIGURES),
                ("uitleg_analysts", "uitleg_analysts_intro", ANALYST_FIGURES)]
    return render(request, "uitleg.html", lang, sections=sections, explanation_key=explanation_key)
