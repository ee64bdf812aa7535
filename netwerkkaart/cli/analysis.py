"""`netwerkkaart analyse` and `netwerkkaart fragility`: network metrics and fragility as of a date."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer

from graph.errors import InvalidInputError
from netwerkkaart.cli.connection import open_graph
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
    raise InvalidInputError(f"--as-of {text!r} is not a date: use YYYY-MM-DD, e.g. --as-of 2025-03-01")


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
    stderr.print(f"Network as of {doc['as_of']}: {len(doc['organisations'])} organisations, "
                 f"{len(doc['people'])} current people. Metrics stored as snapshot {doc['as_of']}.")
    _top(doc["organisations"], "betweenness", "Brokers between organisations (betweenness)")
    _top(doc["referrals"], "in_weight", "Most referred-to organisations")


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
    links = doc["links"]
    single = sum(1 for link in links if link["bus_factor"] == 1)
    sim = doc["simulation"]
    stderr.print(f"As of {doc['as_of']}: {len(links)} carried links, {single} hang on one person; "
                 f"{len(doc['uncarried_links'])} links on paper only; "
                 f"{len(doc['alerts'])} alerts (90 days).")
    stderr.print(f"In {sim['years']:g} year(s) of turnover: {sim['links_lost_mean']:.0f} links lost"
                 f" on average, connected-pair fraction {sim['connected_pairs_mean']:.3f}.")
    stderr.print("Key people (org pairs disconnected if they leave):")
    for row in doc["people"][:5]:
        stderr.print(f"  {row['id']}: {row['pairs_disconnected']} pairs, {row['links_broken']} links")
    stderr.print("Suggested introductions:")
    for intro in doc["introductions"][:5]:
        stderr.print(f"  {intro['person']} ({intro['a']}) ↔ {intro['other_person']} ({intro['b']}):"
                     f" {intro['reason']}")
    if "what_if" in doc:
        w = doc["what_if"]
        stderr.print(f"What if {', '.join(w['people'])} leave: {len(w['links_broken'])} links broken, "
                     f"{len(w['orgs_isolated'])} organisations isolated, "
                     f"{w['pairs_disconnected']} pairs cut.")
