"""One nl/en table (analysis/i18n.py) serves the pages, the commission pages and the finder's reasons."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.i18n import known, text
from analysis.referral_finder import Reason

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "web" / "templates"


def _keys(pattern: str, files: list[Path]) -> set[str]:
    return {key for f in files for key in re.findall(pattern, f.read_text(encoding="utf-8"))}


def test_every_text_the_templates_ask_for_is_in_the_table() -> None:
    asked = _keys(r"\bt\('(\w+)'\)", sorted(TEMPLATES.glob("*.html")))
    assert asked
    assert sorted(k for k in asked if not known(k)) == []


def test_every_commission_text_the_templates_ask_for_is_in_the_table() -> None:
    asked = _keys(r"\bct\('(\w+)'\)", sorted(TEMPLATES.glob("commission_*.html")))
    assert asked
    assert sorted(k for k in asked if not known(f"commission_{k}")) == []


def test_every_reason_the_finder_gives_reads_in_both_languages() -> None:
    source = (ROOT / "analysis" / "referral_finder.py").read_text(encoding="utf-8")
    calls = re.findall(r'_reason\(\s*"(\w+)"(?:\s+if\s+[^,]+?\s+else\s+"(\w+)")?', source)
    given = {key for pair in calls for key in pair if key}
    assert {"speaks", "not_speaks", "accepts", "citywide", "waitlist"} <= given
    assert sorted(k for k in given if not known(f"reason_{k}")) == []


@pytest.mark.parametrize(("lang", "sentence"), [("nl", "spreekt Arabisch"), ("en", "speaks Arabic")])
def test_a_reason_is_a_sentence_in_the_chosen_language_naming_the_language(lang: str, sentence: str) -> None:
    assert Reason("speaks", (("language", "ar"),)).text(lang) == sentence


def test_an_unknown_key_shows_as_itself() -> None:
    assert not known("no_such_key")
    assert text("no_such_key", "nl") == "no_such_key"
