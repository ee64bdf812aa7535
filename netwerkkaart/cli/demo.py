"""`netwerkkaart demo`: generate a synthetic Rotterdam and load it."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Annotated

import typer

from ingest.synthetic.generator import SCALES
from netwerkkaart.cli.connection import open_graph
from netwerkkaart.cli.language import cli_lang, plural, say
from netwerkkaart.cli.output import stderr

if TYPE_CHECKING:
    from rich.progress import Progress


def demo(
    scale: Annotated[str, typer.Option(help="demo (~300 orgs), city (~2,000) or large (~20,000).")]
    = "demo",
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same graph.")] = 1,
    force: Annotated[bool, typer.Option(help="Replace data that did not come from the demo.")]
    = False,
) -> None:
    """Generate a synthetic Rotterdam and load it into the database (replacing the demo).

    Example: netwerkkaart demo --scale city --seed 7
    """
    if scale not in SCALES:
        raise typer.BadParameter(say("cli_demo_bad_scale", value=scale), param_hint="--scale")
    from graph.audit import cli_actor, record
    from graph.demo_load import load_demo
    from graph.stats import graph_counts
    from ingest.synthetic.generator import generate

    data = generate(scale, seed)
    started = time.perf_counter()
    with open_graph() as graph, _progress() as bar:
        tasks = {name: bar.add_task(name, total=n) for name, n in data.sizes().items()}
        load_demo(graph, data, seed=seed, force=force,
                  progress=lambda name, n: bar.advance(tasks[name], n))
        counts = graph_counts(graph)
        record(graph, actor=cli_actor(), action="demo", detail=f"ok scale={scale} seed={seed}")
    elapsed = time.perf_counter() - started
    from analysis.i18n import format_number

    stderr.print(say("cli_demo_loaded", scale=scale, seed=seed, seconds=format_number(elapsed, cli_lang(), 1),
                     nodes=plural("n_nodes", counts.nodes),
                     relationships=plural("n_relationships", counts.relationships)))
    for label, count in counts.labels.items():
        stderr.print(f"  {label}: {count}")


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description:>14}", markup=False), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=stderr.console, transient=False)
