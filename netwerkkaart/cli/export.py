"""`netwerkkaart template|export|restore`: the ingest template, exports and the JSON backup."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.analysis import AsOf, parse_as_of
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import checked_lang, plural, say
from netwerkkaart.cli.output import stderr

if TYPE_CHECKING:
    from graph.driver import Graph

# Kept here, not imported from ingest.export, so that --help need not import networkx.
FORMATS = ("csv", "xlsx", "graphml", "gexf", "json")
EXPORT_FORMATS = (*FORMATS, "html")


def template(
    out: Annotated[Path, typer.Argument(help="Where to write the .xlsx workbook.")],
    lang: Annotated[str | None, typer.Option(
        "--lang", envvar="NETWERKKAART_LANG", help="Language of the headers and notes: nl (default) or en.")]
    = None,
) -> None:
    """Write the ingest template: one sheet per entity, example rows and a notes sheet.

    Example: netwerkkaart template partners.xlsx
    """
    from ingest.template import template_bytes

    out.write_bytes(template_bytes(checked_lang(lang)))
    stderr.print(say("cli_template_written", path=out), markup=False)


def export(
    out: Annotated[str, typer.Argument(help="A folder for csv, else a file; - = stdout (json).")],
    fmt: Annotated[str, typer.Option("--format", help="csv, xlsx, graphml, gexf, json (full backup) or "
                                     "html (an offline network page to open in a browser).")] = "json",
    as_of: AsOf = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", envvar="NETWERKKAART_LANG", help="Language of the messages and the html page: nl or en.")]
    = None,
    pseudonymise: Annotated[bool, typer.Option(
        "--pseudonymise", help="html: people only as pseudonyms (safe for viewers); default: by name.")]
    = False,
) -> None:
    """Export the graph: csv/xlsx (ingest template), graphml/gexf (Gephi), json (backup), html (offline page).

    Example: netwerkkaart export --format csv export/
    Example: netwerkkaart export --format html --pseudonymise netwerk.html
    """
    lang = checked_lang(lang)
    if fmt not in EXPORT_FORMATS:
        raise InvalidInputError(say("cli_export_bad_format", value=fmt, choices=", ".join(EXPORT_FORMATS)))
    if out == "-" and fmt != "json":
        raise InvalidInputError(say("cli_export_stdout_json"))
    if fmt != "html" and (pseudonymise or as_of):
        raise InvalidInputError(say("cli_export_html_only"))
    from graph.audit import cli_actor, record

    with open_graph() as graph:
        if fmt == "html":
            _export_html(graph, Path(out), parse_as_of(as_of), lang, pseudonymise)
        else:
            _write_export(graph, out, fmt)
        record(graph, actor=cli_actor(), action="export", target=out[:300], detail=f"ok fmt={fmt}")
    if out != "-":
        stderr.print(say("cli_exported", format=fmt, path=out), markup=False)


def _write_export(graph: Graph, out: str, fmt: str) -> None:
    """Read the graph and write it to `out` in `fmt` (a known format)."""
    from graph.backup import backup_document, read_dataset
    from ingest.export import json_text, write_csv, write_network, xlsx_bytes

    if fmt in ("csv", "xlsx"):
        data = read_dataset(graph)
    else:
        doc = backup_document(graph)
    if fmt == "csv":
        paths = write_csv(data, Path(out))
        stderr.print(say("cli_csv_written", files=plural("n_csv_files", len(paths)), path=out), markup=False)
    elif fmt == "xlsx":
        Path(out).write_bytes(xlsx_bytes(data))
    elif fmt == "json" and out == "-":
        sys.stdout.write(json_text(doc) + "\n")
    elif fmt == "json":
        Path(out).write_text(json_text(doc), encoding="utf-8")
    else:
        write_network(doc, Path(out), fmt)


def _export_html(graph: Graph, out: Path, as_of: dt.date, lang: str, pseudonymise: bool) -> None:
    """Write the offline network page; pseudonyms keyed with NETWERKKAART_PSEUDONYM_SECRET or at random."""
    from netwerkkaart.figures.network_page import network_page

    key = os.environ.get("NETWERKKAART_PSEUDONYM_SECRET", "").encode() or secrets.token_bytes(32)
    html = network_page(graph, as_of=as_of, lang=lang, secret=key if pseudonymise else None)
    out.write_text(html, encoding="utf-8")
    if pseudonymise:
        stderr.print(say("cli_pseudonyms_only"), markup=False)


def restore(
    backup: Annotated[Path, typer.Argument(help="A JSON backup from `export --format json`.")],
) -> None:
    """Restore a JSON backup into an EMPTY database (refuses one that holds data).

    Example: netwerkkaart restore backup.json
    """
    try:
        doc = json.loads(backup.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError(say("cli_backup_unreadable", path=backup, reason=exc)) from exc
    from graph.audit import cli_actor, record
    from graph.backup import restore_document

    with open_graph() as graph:
        nodes, relationships = restore_document(graph, doc)
        record(graph, actor=cli_actor(), action="restore", target=str(backup)[:300], detail="ok")
    stderr.print(say("cli_restored", nodes=plural("n_nodes", nodes),
                     relationships=plural("n_relationships", relationships), path=backup), markup=False)
