"""Server-rendered pages: the Jinja2 environment (autoescape on), filters, and JSON safe for <script>."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from starlette.responses import Response

from analysis.i18n import (
    context_name,
    kind_name,
    language_name,
    link_kind_name,
    need_name,
    role_name,
    status_name,
)
from graph import users
from graph.catalogue import plural_form
from web.i18n import format_date, format_number, format_percent, plural, text

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
# Autoescape every template, whatever its extension (Jinja2Templates only does it for .html by default).
templates.env.autoescape = True


@pass_context
def _gettext(context: Context, key: str) -> str:
    return text(key, context.get("lang", "nl"))


@pass_context
def _ngettext(context: Context, key: str, _plural_key: str, n: int) -> str:
    return plural(key, n, context.get("lang", "nl"))


# gettext's callables (`_`, `gettext`, `ngettext`, `{% trans %}`) in every template, in the page's
# language (the `lang` of the render context); `t(key)` and `plural(key, n)` below are the same lookups.
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_gettext_callables(_gettext, _ngettext, newstyle=False)  # type: ignore[attr-defined]


def script_json(value: Any) -> Markup:
    """Return JSON to embed inside <script type="application/json">, with <, > and & escaped."""
    raw = json.dumps(value, ensure_ascii=False, default=str)
    return Markup(raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def _switch_url(request: Request, lang: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    params.append(("lang", "en" if lang == "nl" else "nl"))
    return f"{request.url.path}?{urlencode(params)}"


def _helpers(lang: str) -> dict[str, Any]:
    return {
        "lang": lang,
        "t": lambda key: text(key, lang),
        "num": lambda value, digits=0: format_number(value, lang, digits),
        "date": lambda value: format_date(value, lang),
        "plural": lambda key, n: plural(key, n, lang),
        "plural_form": lambda key, n: plural_form(key, n, lang),
        "pct": lambda value: format_percent(value, lang, 1),
        "script_json": script_json,
        # Codes of the data by their display names (task `words`): kinds, needs, languages, roles, ...
        **{name: partial(_named, f, lang=lang) for name, f in _NAMES.items()},
    }


_NAMES = {"kind_name": kind_name, "need_name": need_name, "language_name": language_name,
          "role_name": role_name, "status_name": status_name, "context_name": context_name,
          "link_kind_name": link_kind_name}


def _named(name_of: Callable[[str, str], str], code: str | None, lang: str) -> str:
    return name_of(code, lang) if code else "–"


def people_links(request: Request) -> bool:
    """Return whether the caller may open person pages (coordinators and admins; not viewers)."""
    identity = getattr(request.state, "identity", None)
    return identity is not None and users.at_least(identity.role, "coordinator")


def render(request: Request, template: str, lang: str, status_code: int = 200, **context: Any) -> Response:
    """Return a rendered page with translation and Dutch/English number and date helpers.

    `people_links` tells the templates whether names may link to person pages (the `_person.html` macro).
    """
    helpers = {**_helpers(lang), "switch_url": _switch_url(request, lang),
               "people_links": people_links(request)}
    return templates.TemplateResponse(request, template, {**helpers, **context}, status_code=status_code)


def render_fragment(template: str, lang: str, **context: Any) -> Markup:
    """Return a page part that depends only on its data and language (no request, user or session)."""
    return Markup(templates.env.get_template(template).render({**_helpers(lang), **context}))
