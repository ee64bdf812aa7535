"""`netwerkkaart refer`, `supply-demand`, `inventory` and `report`: the commission's questions."""

from __future__ import annotations

import os
import secrets
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.analysis import AsOf, JsonFlag, parse_as_of
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.output import print_json, stderr

CsvOut = Annotated[str | None, typer.Option(
    "--csv", help="Write the table as CSV for Dutch Excel (; and decimal comma) to a file (`-` = stdout).")]
XlsxOut = Annotated[Path | None, typer.Option("--xlsx", help="Write the table as an xlsx workbook.")]
DownloadLang = Annotated[str, typer.Option(
    "--lang", envvar="NETWERKKAART_LANG", help="Language of the column headers and text: nl or en.")]


def write_tables(columns: Sequence[str], rows: Sequence[Mapping[str, Any]], *, csv_target: str | None,
                 xlsx_target: Path | None, lang: str, sheet: str) -> None:
    """Write the rows as CSV (a file or, for `-`, stdout) and/or xlsx, with headers in `lang`.

    The CSV is for Dutch Excel in either language: `;`, decimal comma, UTF-8 with BOM.
    """
    from analysis.i18n import column_headers
    from ingest.csv_out import download_xlsx, write_download

    headers = column_headers(columns, lang)
    if csv_target == "-":
        write_download(sys.stdout, headers, columns, rows)
    elif csv_target:
        with Path(csv_target).open("w", newline="", encoding="utf-8") as handle:
            write_download(handle, headers, columns, rows)
    if xlsx_target:
        xlsx_target.write_bytes(download_xlsx(headers, columns, rows, sheet=sheet))


def _check_lang(lang: str) -> None:
    if lang not in ("en", "nl"):
        raise InvalidInputError(f"--lang must be en or nl (got {lang!r})")


def refer(
    need: Annotated[str, typer.Option(help="Need: code or label (taal, maatje, 'werk en inkomen').")] = "",
    language: Annotated[str | None, typer.Option(help="Language: ISO code or name (ar, Tigrinya …).")] = None,
    area: Annotated[str | None, typer.Option(help="Wijk or gebied: name or code (Charlois, BU05990323).")]
    = None,
    volunteer: Annotated[bool, typer.Option(
        "--volunteer", help="A newcomer who wants to volunteer: need vrijwilligerswerk, roles for "
                            "non-Dutch speakers first.")] = False,
    limit: Annotated[int, typer.Option(help="How many organisations to show.")] = 10,
    lang: DownloadLang = "nl",
    record_from: Annotated[str | None, typer.Option(
        "--record-from", help="Record a referral (status sent) from this organisation id.")] = None,
    record_to: Annotated[str | None, typer.Option(
        "--record-to", help="With --record-from: the result to refer to (default: the first).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Find organisations for a need, language and area, ranked by fit with the reasons.

    Example: netwerkkaart refer --need maatje --language ar --area Charlois --json

    Needs may be everyday words (taalmaatje, huiswerkhulp, sollicitatie), languages names or codes
    (Arabisch, Arabic, ar); each result has the organisation's address, phone, email and website.
    """
    from netwerkkaart.documents import commission

    if not need and not volunteer:
        raise InvalidInputError("give --need (e.g. --need taal) or --volunteer")
    _check_lang(lang)
    with open_graph() as graph:
        doc = commission.refer(graph, need=need, language=language, area=area, volunteer=volunteer,
                               limit=limit, lang=lang)
        if record_from:
            doc["recorded"] = _record(graph, doc, record_from, record_to)
    if as_json:
        print_json(doc)
        return
    _print_results(doc)


def _record(graph: Any, doc: dict[str, Any], source: str, target: str | None) -> dict[str, Any]:
    from graph.referrals import record_referral

    ids = [r["organisation"] for r in doc["results"]]
    if target is None and not ids:
        raise InvalidInputError("nothing to record: the search found no organisation")
    to_org = target or ids[0]
    if to_org not in ids:
        raise InvalidInputError(f"--record-to {to_org!r} is not among the results ({', '.join(ids[:10])})")
    q = doc["query"]
    ref_id = record_referral(graph, source, to_org, q["need"], q["area"], q["language"])
    stderr.print(f"Recorded referral {ref_id} ({source} → {to_org}, status sent).")
    return {"id": ref_id, "from": source, "to": to_org, "status": "sent"}


def _print_results(doc: dict[str, Any]) -> None:
    q = doc["query"]
    where = f" in {q['area_name']} ({q['area_level']})" if q["area"] else ""
    spoken = f", language {q['language']}" if q["language"] else ""
    stderr.print(f"Organisations for {q['need']}{where}{spoken}")
    if q.get("note"):
        stderr.print(f"Note: {q['note']}")
    if not doc["results"]:
        stderr.print("No organisation offers this need in this area.")
    for i, r in enumerate(doc["results"], 1):
        stderr.print(f"{i:>3}. {r['name']} ({r['organisation']}) score {r['score']:.2f}")
        stderr.print("     " + "; ".join(r["reasons"]))
        contact = [r.get("address"), r.get("postcode"), r.get("phone"), r.get("email"), r.get("website")]
        if any(contact):
            stderr.print("     " + " · ".join(c for c in contact if c), markup=False, highlight=False)


def supply_demand(
    as_of: AsOf = None,
    periods: Annotated[int, typer.Option(help="How many demand periods back.")] = 8,
    level: Annotated[str, typer.Option(help="Worst-ratio list per gebied or wijk.")] = "gebied",
    csv_out: CsvOut = None,
    xlsx_out: XlsxOut = None,
    lang: DownloadLang = "nl",
    as_json: JsonFlag = False,
) -> None:
    """Show demand against supply per area, need and period, and where matching fails.

    Example: netwerkkaart supply-demand --as-of 2025-06-01 --csv vraag-aanbod.csv --xlsx vraag-aanbod.xlsx
    """
    from analysis.supply_demand import CSV_COLUMNS
    from netwerkkaart.documents import commission

    _check_lang(lang)
    day = parse_as_of(as_of)
    with open_graph() as graph:
        doc = commission.supply_demand(graph, day, periods=periods, level=level)
    write_tables(CSV_COLUMNS, doc["rows"], csv_target=csv_out, xlsx_target=xlsx_out, lang=lang,
                 sheet="vraag-aanbod")
    if as_json:
        print_json(doc)
    elif csv_out != "-":
        _print_supply(doc, lang)


def _print_supply(doc: dict[str, Any], lang: str) -> None:
    from analysis.i18n import text

    stderr.print(f"Supply and demand as of {doc['as_of']} (periods {', '.join(doc['periods'])}):")
    for t in doc["trend"]:
        ratio = "–" if t["ratio"] is None else f"{t['ratio']:.2f}"
        stderr.print(f"  {t['period']}: demand {t['demand']:.0f}, supply {t['supply']:.0f}, ratio {ratio}, "
                     f"shortfall {t['shortfall']:.0f}, no_capacity {t['no_capacity']:.0f}, "
                     f"bounces {t['bounces']:.0f}")
    stderr.print(f"Worst supply/demand ratios in {doc['current_period']}:")
    for r in doc["matching"]["worst"][:10]:
        stderr.print(f"  {r['area_name']} · {r['need']}: demand {r['demand']}, supply {r['supply']:.0f}, "
                     f"ratio {r['ratio']:.2f}")
    missing = [r for r in doc["matching"]["languages"] if r["not_offered"]]
    stderr.print("Languages asked in referrals but not listed by the receiver: "
                 + (", ".join(f"{r['language']} {r['not_offered']}×" for r in missing[:10]) or "none"))
    stderr.print(text("supply_definition", lang))


def inventory(
    which: Annotated[str, typer.Argument(help="nondutch (roles for non-Dutch speakers) or buddies.")],
    as_of: AsOf = None,
    csv_out: CsvOut = None,
    xlsx_out: XlsxOut = None,
    lang: DownloadLang = "nl",
    as_json: JsonFlag = False,
) -> None:
    """List volunteer roles open to non-Dutch speakers, or the buddy/mentor initiatives.

    Example: netwerkkaart inventory buddies --csv maatjes.csv --xlsx maatjes.xlsx
    """
    from analysis.inventories import BUDDY_COLUMNS, NONDUTCH_COLUMNS
    from netwerkkaart.documents import commission

    if which not in ("nondutch", "buddies"):
        raise InvalidInputError(f"unknown inventory {which!r}: use nondutch or buddies")
    _check_lang(lang)
    day = parse_as_of(as_of)
    with open_graph() as graph:
        doc = commission.nondutch(graph) if which == "nondutch" else commission.buddies(graph, day)
    rows, columns = ((doc["rows"], NONDUTCH_COLUMNS) if which == "nondutch"
                     else (doc["initiatives"], BUDDY_COLUMNS))
    write_tables(columns, rows, csv_target=csv_out, xlsx_target=xlsx_out, lang=lang, sheet=which)
    if as_json:
        print_json(doc)
    elif csv_out != "-":
        written = ", ".join(str(t) for t in (csv_out, xlsx_out) if t)
        hint = f" written to {written}" if written else "; use --csv, --xlsx or --json"
        stderr.print(f"{len(rows)} rows{hint}")


def _secret() -> bytes | None:
    value = os.environ.get("NETWERKKAART_PSEUDONYM_SECRET")
    return value.encode() if value else None


def report(
    out: Annotated[Path, typer.Argument(help="The HTML file to write.")],
    as_of: AsOf = None,
    runs: Annotated[int, typer.Option(help="Simulated futures for the turnover simulation.")] = 50,
    internal: Annotated[bool, typer.Option(
        help="The coordinators' version: also lists people as pseudonyms. Do not share it.")] = False,
) -> None:
    """Write the council report: one self-contained HTML file, a summary first, one section per question.

    The shareable version (the default) shows people only as counts per gebied, role or organisation.
    `--internal` adds pseudonyms keyed with NETWERKKAART_PSEUDONYM_SECRET (a random key per report when
    unset). Example: netwerkkaart report --as-of 2025-06-01 rapport.html
    """
    from netwerkkaart.report.build import build_report

    day = parse_as_of(as_of)
    if runs < 1 or runs > 1000:
        raise InvalidInputError(f"--runs must be 1–1000 (got {runs})")
    started = time.perf_counter()
    with open_graph() as graph:
        html = build_report(graph, day, secret=_secret(), runs=runs, internal=internal)
    out.write_text(html, encoding="utf-8")
    stderr.print(f"Wrote {out} ({len(html) / 1024:.0f} kB) in {time.perf_counter() - started:.1f} s.")


def connecting(
    out: Annotated[Path, typer.Argument(help="The HTML file to write.")],
    as_of: AsOf = None,
    pseudonyms: Annotated[bool, typer.Option(help="Show people as pseudonyms instead of names.")] = False,
) -> None:
    """Write the printable list of introductions and link suggestions per gebied (for network meetings).

    Example: netwerkkaart connecting --as-of 2025-06-01 verbinden.html
    """
    from netwerkkaart.report.build import build_connecting

    day = parse_as_of(as_of)
    key = (_secret() or secrets.token_bytes(32)) if pseudonyms else None
    with open_graph() as graph:
        html = build_connecting(graph, day, secret=key)
    out.write_text(html, encoding="utf-8")
    stderr.print(f"Wrote {out}.")
