"""The message catalogue: complete in Dutch and English, compiled, with plural forms, and Babel's formats.

The `.po` files under graph/locale are the one source of user-facing text; `scripts/catalogue.py`
compiles them and absorbs keys from the old dict tables (`absorb --ref main` after a merge).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from analysis.i18n import format_date, format_number, format_percent, language_name
from graph.catalogue import LOCALE_DIR, placeholders, plural, text

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "catalogue.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogue_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _po(lang: str, domain: str = "netwerkkaart", locale_dir: Path = LOCALE_DIR) -> Catalog:
    with (locale_dir / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
        return read_po(file, locale=lang, domain=domain)


def _forms(message: object) -> list[str]:
    string = message.string  # type: ignore[attr-defined]
    return list(string) if isinstance(string, tuple | list) else [string]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_message_has_a_translation_in_both_languages(lang: str) -> None:
    dutch_ids = {m.id for m in _po("nl") if m.id}
    catalog = _po(lang)
    ids = {m.id for m in catalog if m.id}
    assert len(ids) > 700
    assert ids == dutch_ids, "the nl and en catalogues hold the same messages"
    untranslated = [m.id for m in catalog if m.id and not all(form.strip() for form in _forms(m))]
    assert untranslated == []


def test_click_s_own_messages_are_all_translated_into_dutch() -> None:
    catalog = _po("nl", "click")
    assert len([m for m in catalog if m.id]) > 30
    assert [m.id for m in catalog if m.id and not all(f.strip() for f in _forms(m))] == []
    for m in catalog:
        if m.id:
            ids = m.id if isinstance(m.id, tuple | list) else [m.id]
            assert placeholders(_forms(m)[-1]) == placeholders(ids[-1]), m.id


def test_placeholders_are_the_same_in_dutch_and_english() -> None:
    english = {m.id: _forms(m) for m in _po("en") if m.id}
    differ = [m.id for m in _po("nl") if m.id
              and {p for form in _forms(m) for p in placeholders(form)}
              != {p for form in english[m.id] for p in placeholders(form)}]
    assert differ == []


def test_every_compiled_catalogue_is_its_po_file_compiled_now() -> None:
    script = _script()
    po_files = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
    assert len(po_files) >= 3
    assert script.stale(LOCALE_DIR) == [], "run: python scripts/catalogue.py compile"


def test_a_po_file_edited_after_compiling_is_found_stale(tmp_path: Path) -> None:
    script = _script()
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, copy)
    po = copy / "nl" / "LC_MESSAGES" / "netwerkkaart.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Overzicht"', 'msgstr "Overzichtje"', 1),
                  encoding="utf-8")
    assert script.stale(copy) == [po.with_suffix(".mo")]
    script.compile_all(copy)
    assert script.stale(copy) == []


@pytest.mark.parametrize(("key", "one", "two"), [
    ("n_referrals", "1 verwijzing", "2 verwijzingen"),
    ("n_organisations", "1 organisatie", "2 organisaties"),
    ("n_links", "1 verbinding", "2 verbindingen"),
    ("n_people", "1 persoon", "2 personen"),
])
def test_counts_take_the_singular_for_one_and_the_plural_otherwise(key: str, one: str, two: str) -> None:
    assert plural(key, 1, "nl") == one
    assert plural(key, 2, "nl") == two
    assert plural(key, 0, "nl").startswith("0 ") and plural(key, 0, "nl").endswith(two.split(" ", 1)[1])
    assert plural(key, 1, "en").startswith("1 ") and plural(key, 1, "en") != plural(key, 2, "en")[:-1] + "x"
    assert plural(key, 1, "en") != plural(key, 2, "en").replace("2", "1")


def test_a_count_is_written_with_the_language_s_thousands_separator() -> None:
    assert plural("n_referrals", 1234, "nl") == "1.234 verwijzingen"
    assert plural("n_referrals", 1234, "en") == "1,234 referrals"


def test_numbers_percentages_dates_and_language_names_come_from_babel() -> None:
    assert format_number(1234.5, "nl", 1) == "1.234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_percent(0.125, "nl", 1) == "12,5%"
    assert format_date(dt.date(2025, 3, 3), "nl") == "3 maart 2025"
    assert format_date("2025-03-03", "en") == "3 March 2025"
    assert language_name("ar", "nl") == "Arabisch"
    assert language_name("ar", "en") == "Arabic"
    assert language_name("ti", "nl") == "Tigrinya"
    assert language_name("xx", "nl") == "xx"


def test_an_unknown_key_reads_as_itself_in_both_languages() -> None:
    assert text("no_such_message", "nl") == text("no_such_message", "en") == "no_such_message"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _table(entries: dict[str, tuple[str, str]]) -> str:
    rows = "\n".join(f"    {key!r}: ({nl!r}, {en!r})," for key, (nl, en) in entries.items())
    return textwrap.dedent('''\
        """An old dict table."""

        _TEXT: dict[str, tuple[str, str]] = {
            # Task `someone`: a block added in parallel.
        ''') + rows + "\n}\n\n\ndef text(key, lang):\n    return key\n"


def test_absorb_brings_the_keys_of_a_git_revision_over_that_the_catalogue_lacks(tmp_path: Path) -> None:
    repo, locale = tmp_path / "repo", tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, locale)
    (repo / "analysis").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.org")
    _git(repo, "config", "user.name", "t")
    entries = {"overview": ("Ander overzicht", "Other overview"),  # present: the catalogue keeps its own
               "absorb_new": ("{n} nieuwe sleutel", "{n} new key")}
    (repo / "analysis" / "i18n.py").write_text(_table(entries), encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "a key the catalogue lacks")
    (repo / "analysis" / "i18n.py").write_text("# the dicts are gone from the working tree\n")

    def absorb(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(SCRIPT), "--repo", str(repo), "--locale-dir", str(locale),
                               "absorb", *args], capture_output=True, text=True, check=True)

    assert "absorbed 0 key" in absorb().stderr, "the working tree has no table left"
    assert "absorbed 1 key(s): absorb_new" in absorb("--ref", "HEAD").stderr
    for lang, expected in (("nl", "{n} nieuwe sleutel"), ("en", "{n} new key")):
        assert _po(lang, locale_dir=locale)["absorb_new"].string == expected
        assert _po(lang, locale_dir=locale)["overview"].string == text("overview", lang)
        compiled = locale / lang / "LC_MESSAGES" / "netwerkkaart.mo"
        assert expected.encode() in compiled.read_bytes(), "absorb compiles what it added"
    assert "block added in parallel" in " ".join(_po("nl", locale_dir=locale)["absorb_new"].auto_comments)
    again = absorb("--ref", "HEAD").stderr
    assert "absorbed 0 key" in again, "running it again adds nothing"
    assert "1 text(s) differ (--update takes them over): overview" in again
    assert _po("nl", locale_dir=locale)["overview"].string == text("overview", "nl"), "not without --update"
    assert "1 text(s) updated: overview" in absorb("--ref", "HEAD", "--update").stderr
    assert _po("nl", locale_dir=locale)["overview"].string == "Ander overzicht", "a reworded text taken over"
    assert _script().stale(locale) == []


def test_absorb_reads_a_table_as_text_and_a_missing_file_as_no_table(tmp_path: Path) -> None:
    script = _script()
    table = script.read_table(_table({"k": ("nl {x}", "en {x}")}))
    assert table == {"k": ("nl {x}", "en {x}", "Task `someone`: a block added in parallel.")}
    assert script.read_table("X = 1\n") == {}
    assert script.table_source("analysis/nothing.py", None, tmp_path) is None
