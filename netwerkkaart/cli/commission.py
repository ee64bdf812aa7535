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
from netwerkkaart.cli.language import checked_lang, cli_lang, plural, say
from netwerkkaart.cli.output import print_json, stderr

CsvOut = Annotated[str | None, typer.Option(
    "--csv", help="Write the table as CSV for Dutch Excel (; and decimal comma) to a file (`-` = stdout).")]
XlsxOut = Annotated[Path | None, typer.Option("--xlsx", help="Write the table as an xlsx workbook.")]
DownloadLang = Annotated[str | None, typer.Option(
    "--lang", envvar="NETWERKKAART_LANG", help="Language of the headers and text: nl (default) or en.")]


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


def refer(
    need: Annotated[str, typer.Option(help="Need: code or label (taal, maatje, 'werk en inkomen').")] = "",
    language: Annotated[str | None, typer.Option(help="Language: ISO code or name (ar, Tigrinya …).")] = None,
    area: Annotated[str | None, typer.Option(help="Wijk or gebied: name or code (Charlois, BU05990323).")]
    = None,
    volunteer: Annotated[bool, typer.Option(
        "--volunteer", help="A newcomer who wants to volunteer: need vrijwilligerswerk, roles for "
                            "non-Dutch speakers first.")] = False,
    limit: Annotated[int, typer.Option(help="How many organisations to show.")] = 10,
    lang: DownloadLang = None,
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
        raise InvalidInputError(say("cli_refer_give_need"))
    lang = checked_lang(lang)
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
        raise InvalidInputError(say("cli_refer_nothing_to_record"))
    to_org = target or ids[0]
    if to_org not in ids:
        raise InvalidInputError(say("cli_refer_not_in_results", value=to_org, ids=", ".join(ids[:10])))
    q = doc["query"]
    ref_id = record_referral(graph, source, to_org, q["need"], q["area"], q["language"])
    stderr.print(say("cli_refer_recorded", id=ref_id, source=source, target=to_org))
    return {"id": ref_id, "from": source, "to": to_org, "status": "sent"}


def _print_results(doc: dict[str, Any]) -> None:
    q = doc["query"]
    from analysis.i18n import format_number

    where = say("cli_refer_in_area", area=q["area_name"], level=q["area_level"]) if q["area"] else ""
    spoken = say("cli_refer_language", language=q["language"]) if q["language"] else ""
    stderr.print(say("cli_refer_heading", need=q["need"]) + where + spoken)
    if q.get("note"):
        stderr.print(say("cli_note", note=q["note"]))
    if not doc["results"]:
        stderr.print(say("cli_refer_none"))
    for i, r in enumerate(doc["results"], 1):
        score = say("cli_refer_score", score=format_number(r["score"], cli_lang(), 2))
        stderr.print(f"{i:>3}. {r['name']} ({r['organisation']}) {score}")
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
    lang: DownloadLang = None,
    as_json: JsonFlag = False,
) -> None:
    """Show demand against supply per area, need and period, and where matching fails.

    Example: netwerkkaart supply-demand --as-of 2025-06-01 --csv vraag-aanbod.csv --xlsx vraag-aanbod.xlsx
    """
    from analysis.supply_demand import CSV_COLUMNS
    from netwerkkaart.documents import commission

    lang = checked_lang(lang)
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
    from analysis.i18n import format_number, language_name, need_name, text

    def num(value: float | None, digits: int = 0) -> str:
        return format_number(value, lang, digits)

    stderr.print(say("cli_supply_heading", date=doc["as_of"], periods=", ".join(doc["periods"])))
    for t in doc["trend"]:
        stderr.print("  " + say("cli_supply_period", period=t["period"], demand=num(t["demand"]),
                                supply=num(t["supply"]), ratio=num(t["ratio"], 2),
                                shortfall=num(t["shortfall"]), no_capacity=num(t["no_capacity"]),
                                bounces=num(t["bounces"])))
    stderr.print(say("cli_supply_worst", period=doc["current_period"]))
    for r in doc["matching"]["worst"][:10]:
        stderr.print("  " + say("cli_supply_worst_row", area=r["area_name"], need=need_name(r["need"], lang),
                                demand=num(r["demand"]), supply=num(r["supply"]), ratio=num(r["ratio"], 2)))
    missing = [r for r in doc["matching"]["languages"] if r["not_offered"]]
    languages = ", ".join(f"{language_name(r['language'], lang)} {r['not_offered']}×" for r in missing[:10])
    stderr.print(say("cli_supply_languages", languages=languages or text("none", lang)))
    stderr.print(text("supply_definition", lang))


def inventory(
    which: Annotated[str, typer.Argument(help="nondutch (roles for non-Dutch speakers) or buddies.")],
    as_of: AsOf = None,
    csv_out: CsvOut = None,
    xlsx_out: XlsxOut = None,
    lang: DownloadLang = None,
    as_json: JsonFlag = False,
) -> None:
    """List volunteer roles open to non-Dutch speakers, or the buddy/mentor initiatives.

    Example: netwerkkaart inventory buddies --csv maatjes.csv --xlsx maatjes.xlsx
    """
    from analysis.inventories import BUDDY_COLUMNS, NONDUTCH_COLUMNS
    from netwerkkaart.documents import commission

    if which not in ("nondutch", "buddies"):
        raise InvalidInputError(say("cli_inventory_unknown", value=which))
    lang = checked_lang(lang)
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
        counted = plural("n_rows", len(rows))
        stderr.print(say("cli_inventory_written", rows=counted, targets=written) if written
                     else say("cli_inventory_hint", rows=counted))


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
        raise InvalidInputError(say("cli_runs_range", value=runs))
    started = time.perf_counter()
    with open_graph() as graph:
        html = build_report(graph, day, secret=_secret(), runs=runs, internal=internal)
    out.write_text(html, encoding="utf-8")
    from analysis.i18n import format_number

    stderr.print(say("cli_report_written", path=out, size=format_number(len(html) / 1024, cli_lang()),
                     seconds=format_number(time.perf_counter() - started, cli_lang(), 1)))


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
    stderr.print(say("cli_written", path=out))
