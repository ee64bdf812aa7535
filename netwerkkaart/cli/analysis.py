"""`netwerkkaart analyse` and `netwerkkaart fragility`: network metrics and fragility as of a date."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import cli_lang, plural, say
from netwerkkaart.cli.output import print_json, stderr

AsOf = Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def parse_as_of(text: str | None) -> dt.date:
    """Return the date in `text` (ISO or dd-mm-yyyy), today when None; else raise InvalidInputError."""
    if text is None:
        return dt.date.today()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InvalidInputError(say("cli_as_of_invalid", value=text))


def analyse(as_of: AsOf = None, as_json: JsonFlag = False) -> None:
    """Compute centrality of organisations, people and referrals, and store it as a dated snapshot.

    Example: netwerkkaart analyse --as-of 2025-03-01 --json
    """
    from netwerkkaart.documents.analysis import analyse_document

    day = parse_as_of(as_of)
    with open_graph() as graph:
        doc = analyse_document(graph, day, write_back=True)
    if as_json:
        print_json(doc)
        return
    stderr.print(say("cli_analyse_summary", date=doc["as_of"],
                     organisations=plural("n_organisations", len(doc["organisations"])),
                     people=plural("n_people", len(doc["people"]))))
    _top(doc["organisations"], "betweenness", say("cli_top_brokers"))
    _top(doc["referrals"], "in_weight", say("cli_top_referred"))


def fragility(
    as_of: AsOf = None,
    what_if: Annotated[list[str] | None, typer.Option(
        "--what-if", help="A person id who leaves; repeat for several people.")] = None,
    runs: Annotated[int, typer.Option(help="Simulated futures for the turnover simulation.")] = 100,
    years: Annotated[float, typer.Option(help="Turnover horizon in years.")] = 1.0,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same answer).")] = 1,
    as_json: JsonFlag = False,
) -> None:
    """Show which links hang on one person, who is key, and what turnover does to the network.

    Example: netwerkkaart fragility --as-of 2025-03-01 --what-if p-000123 --json
    """
    from netwerkkaart.documents.analysis import fragility_document

    day = parse_as_of(as_of)
    with open_graph() as graph:
        doc = fragility_document(graph, day, what_if=what_if or (), runs=runs, years=years, seed=seed,
                                 write_back=True)
    if as_json:
        print_json(doc)
        return
    _fragility_text(doc)


def _top(rows: list[dict[str, Any]], key: str, title: str, n: int = 5) -> None:
    stderr.print(title + ":")
    for row in sorted(rows, key=lambda r: -(r[key] or 0))[:n]:
        stderr.print(f"  {row['id']}: {row[key]}")


def _fragility_text(doc: dict[str, Any]) -> None:
    from analysis.i18n import format_number

    links, lang = doc["links"], cli_lang()
    single = sum(1 for link in links if link["bus_factor"] == 1)
    sim = doc["simulation"]
    stderr.print(say("cli_fragility_summary", date=doc["as_of"], links=plural("n_carried_links", len(links)),
                     single=single, paper=plural("n_links", len(doc["uncarried_links"])),
                     alerts=plural("n_alerts", len(doc["alerts"]))))
    stderr.print(say("cli_turnover", years=plural("n_years", sim["years"]),
                     lost=format_number(sim["links_lost_mean"], lang),
                     fraction=format_number(sim["connected_pairs_mean"], lang, 3)))
    stderr.print(say("cli_key_people"))
    for row in doc["people"][:5]:
        stderr.print(f"  {row['id']}: {plural('n_pairs', row['pairs_disconnected'])}, "
                     f"{plural('n_links', row['links_broken'])}")
    stderr.print(say("cli_introductions"))
    for intro in doc["introductions"][:5]:
        stderr.print(f"  {intro['person']} ({intro['a']}) ↔ {intro['other_person']} ({intro['b']}):"
                     f" {intro['reason']}")
    if "what_if" in doc:
        w = doc["what_if"]
        stderr.print(say("cli_what_if", people=", ".join(w["people"]),
                         links=plural("n_links", len(w["links_broken"])),
                         organisations=plural("n_organisations", len(w["orgs_isolated"])),
                         pairs=plural("n_pairs", w["pairs_disconnected"])))
