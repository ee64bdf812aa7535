#!/usr/bin/env python3
"""Keep the gettext catalogues (graph/locale/<lang>/LC_MESSAGES/*.po and their .mo) up to date.

    python scripts/catalogue.py absorb [--ref GIT_REF] [--update]   add the old dict tables' keys
    python scripts/catalogue.py compile                             compile every .po to its .mo
    python scripts/catalogue.py check                               exit 1 when a .mo is stale

`absorb` reads the dict tables that used to hold the interface text (`_TEXT = {key: (nl, en)}` in
`analysis/i18n.py` and `ingest/messages.py`), from the working tree or, with `--ref`, from a git
revision (`git show REF:path`), adds every key the catalogues lack to the nl and en `.po` files and
compiles them. Keys the catalogues already have are left as they are (the `.po` files are the source);
it names those whose text differs in the tables, and `--update` takes those texts over (a branch that
reworded a message after the conversion). Re-running it is harmless. The tables are read as text
(ast), never imported.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE_DIR = ROOT / "graph" / "locale"
DOMAIN = "netwerkkaart"
LANGS = ("nl", "en")
TABLES = ("analysis/i18n.py", "ingest/messages.py")
HEADER = """\
# The netwerkkaart interface text: the one source of every user-facing string.
# Message ids are symbolic keys (`text(key, lang)`); nl is the default language, en the other.
# Edit here, then run `python scripts/catalogue.py compile`.
#"""


def table_source(path: str, ref: str | None, repo: Path) -> str | None:
    """Return the text of `path` in the working tree of `repo` or at git revision `ref` (None if absent)."""
    if ref is None:
        file = repo / path
        return file.read_text(encoding="utf-8") if file.exists() else None
    shown = subprocess.run(["git", "-C", str(repo), "show", f"{ref}:{path}"], capture_output=True,
                           text=True, check=False)
    if shown.returncode != 0:
        if "exists on disk, but not in" in shown.stderr or "does not exist in" in shown.stderr:
            return None
        raise SystemExit(f"git show {ref}:{path} failed: {shown.stderr.strip()}")
    return shown.stdout


def read_table(source: str) -> dict[str, tuple[str, str, str]]:
    """Return `_TEXT` of a module's source as key → (nl, en, the comment heading its block, if any)."""
    lines = source.splitlines()
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if getattr(target, "id", None) != "_TEXT" or not isinstance(node.value, ast.Dict):
            continue
        table, previous_end, comment = {}, node.value.lineno, ""
        for key_node, value_node in zip(node.value.keys, node.value.values, strict=True):
            key, (nl, en) = ast.literal_eval(key_node), ast.literal_eval(value_node)
            between = [line.strip().lstrip("#").strip() for line in lines[previous_end:key_node.lineno - 1]
                       if line.strip().startswith("#")]
            comment = " ".join(between) or comment  # a comment heads the keys below it, up to the next
            table[key] = (nl, en, comment)
            previous_end = value_node.end_lineno or key_node.lineno
        return table
    return {}


def po_path(lang: str, locale_dir: Path, domain: str = DOMAIN) -> Path:
    """Return the path of the `.po` file of `domain` in `lang`."""
    return locale_dir / lang / "LC_MESSAGES" / f"{domain}.po"


def load_po(path: Path, lang: str) -> Catalog:
    """Return the catalogue in `path`, or a new empty one for `lang` when the file does not exist."""
    if not path.exists():
        return Catalog(locale=lang, domain=path.stem, project="netwerkkaart", version="0.1",
                       header_comment=HEADER, copyright_holder="netwerkkaart", fuzzy=False,
                       last_translator="netwerkkaart", language_team="netwerkkaart",
                       revision_date=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with path.open("rb") as file:
        return read_po(file, locale=lang, domain=path.stem)


def save_po(catalog: Catalog, path: Path) -> None:
    """Write `catalog` to `path` in the order of its messages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=100, sort_output=False, omit_header=False, include_previous=False)


def compiled(po: Path) -> bytes:
    """Return the `.mo` bytes of the `.po` file `po` (deterministic: the same .po, the same bytes)."""
    with po.open("rb") as file:
        catalog = read_po(file, locale=po.parent.parent.name, domain=po.stem)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all(locale_dir: Path) -> list[Path]:
    """Compile every `.po` under `locale_dir` to the `.mo` beside it; return the `.mo` paths written."""
    written = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        data = compiled(po)
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written


def stale(locale_dir: Path) -> list[Path]:
    """Return the `.mo` files that are missing or differ from their `.po` compiled now."""
    return [po.with_suffix(".mo") for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))
            if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").read_bytes() != compiled(po)]


def absorb(ref: str | None, repo: Path, locale_dir: Path,
           update: bool = False) -> tuple[list[str], list[str]]:
    """Add the keys of the dict tables (at `ref`, or in the working tree) the catalogues lack; compile.

    Return (the keys added, the keys whose text differs in the tables), in the tables' order. With
    `update`, the differing texts are taken over too (a branch reworded them after the conversion).
    """
    table: dict[str, tuple[str, str, str]] = {}
    for path in TABLES:
        source = table_source(path, ref, repo)
        if source is not None:
            table.update(read_table(source))
    catalogs = {lang: load_po(po_path(lang, locale_dir), lang) for lang in LANGS}
    added = [key for key in table if key not in catalogs["nl"] or key not in catalogs["en"]]
    differ = [key for key in table if key not in added
              and (catalogs["nl"][key].string, catalogs["en"][key].string) != table[key][:2]]
    last_comment = ""
    for key in added:
        nl, en, comment = table[key]
        # The block's comment once, above the first key absorbed from it (as a translator's note).
        note = [comment] if comment and comment != last_comment else []
        last_comment = comment
        for lang, message in (("nl", nl), ("en", en)):
            if key not in catalogs[lang]:
                catalogs[lang].add(key, message, auto_comments=note)
    for key in differ if update else []:
        catalogs["nl"][key].string, catalogs["en"][key].string = table[key][:2]
    if added or (update and differ):
        for lang in LANGS:
            save_po(catalogs[lang], po_path(lang, locale_dir))
    compile_all(locale_dir)
    return added, differ


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv`; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale-dir", type=Path, default=LOCALE_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    absorb_cmd = commands.add_parser("absorb", help="add the dict tables' missing keys, then compile")
    absorb_cmd.add_argument("--ref", help="read the tables from this git revision (e.g. main)")
    absorb_cmd.add_argument("--update", action="store_true",
                            help="also take over the texts that differ in the tables (reworded on a branch)")
    commands.add_parser("compile", help="compile every .po to its .mo")
    commands.add_parser("check", help="exit 1 when a .mo is not its .po compiled")
    args = parser.parse_args(argv)
    if args.command == "absorb":
        added, differ = absorb(args.ref, args.repo, args.locale_dir, update=args.update)
        print(f"absorbed {len(added)} key(s){': ' + ', '.join(added) if added else ''}", file=sys.stderr)
        if differ:
            verb = "updated" if args.update else "differ (--update takes them over)"
            print(f"{len(differ)} text(s) {verb}: {', '.join(differ)}", file=sys.stderr)
    elif args.command == "compile":
        for mo in compile_all(args.locale_dir):
            print(f"compiled {mo.relative_to(args.locale_dir)}", file=sys.stderr)
    else:
        out_of_date = stale(args.locale_dir)
        for mo in out_of_date:
            print(f"out of date: {mo} (run: python scripts/catalogue.py compile)", file=sys.stderr)
        return 1 if out_of_date else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
