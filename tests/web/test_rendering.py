"""Unit tests for escaping, formats and the choropleth (no database needed)."""

from __future__ import annotations

import datetime as dt
import json

from netwerkkaart.figures.choropleth import choropleth_svg
from web.i18n import format_date, format_number
from web.rendering import script_json


def test_script_json_cannot_close_the_script_tag() -> None:
    raw = script_json({"name": "</script><script>alert(1)</script> & co"})
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(str(raw)) == {"name": "</script><script>alert(1)</script> & co"}


def test_dutch_and_english_formats() -> None:
    assert format_number(1234567.891, "nl", 2) == "1.234.567,89"
    assert format_number(1234567.891, "en", 2) == "1,234,567.89"
    assert format_date(dt.date(2025, 3, 1), "nl") == "1 maart 2025"
    assert format_date("2025-03-01", "en") == "1 March 2025"


def test_choropleth_colours_areas_and_escapes_names() -> None:
    names = {"WK059901": "<b>Centrum</b>"}
    svg = str(choropleth_svg("gebieden", {"WK059901": 10.0}, names, label="x", fmt=str,
                             credit="Bron: CBS/Kadaster"))
    assert svg.count("<path") >= 14
    assert "&lt;b&gt;Centrum&lt;/b&gt;: 10.0" in svg and "<b>" not in svg
    assert 'href="/areas/WK059901"' in svg and "Bron: CBS/Kadaster" in svg


def test_templates_have_gettext_in_the_page_s_language() -> None:
    from web.rendering import templates

    source = ("{{ _('overview') }}|{{ gettext('people') }}|"
              "{{ ngettext('n_referrals', 'n_referrals', 1) }}|"
              "{{ ngettext('n_referrals', 'n_referrals', 2) }}|"
              "{% trans %}network{% endtrans %}")
    page = templates.env.from_string(source)
    assert page.render(lang="nl") == "Overzicht|Personen|1 verwijzing|2 verwijzingen|Netwerk"
    assert page.render(lang="en") == "Overview|People|1 referral|2 referrals|Network"
