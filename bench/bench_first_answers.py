"""First answers after a start on the `city` demo: the warm-up and "being computed" pages vs blank waits.

Two servers, one after the other, on the same data: the baseline with the warm-up off and pages that
wait as long as it takes (how the app answered before), then the app as it ships. For each: server
ready → first answer of the overview, → the overview with its figures, the first network view, and a
switch of the peildatum to a month end: two months back (cold: nothing computed for it), and, once the
warm-up has finished, to the previous month end (which the shipped app prepares ahead).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from typing import Any

import httpx

from bench.bench_web import DEFAULT_DIR, _api_token
from bench.city import city_graph
from bench.served_app import start_app, wait_until_serving

HTML = {"Accept": "text/html"}
COMPUTING = "de analyse wordt berekend"


def _timed(client: httpx.Client, path: str, *, until_ready: bool) -> tuple[float, bool]:
    """Return the seconds until `path` answered (with its figures, if `until_ready`), and whether the
    first answer was the "being computed" page."""
    start = time.perf_counter()
    deferred = False
    while True:
        answer = client.get(path, headers=HTML, timeout=900)
        answer.raise_for_status()
        computing = COMPUTING in answer.text.lower()
        deferred = deferred or computing
        if not computing or not until_ready:
            return time.perf_counter() - start, deferred
        time.sleep(0.5)  # what computing.js does, a little more eagerly


def _month_end_before(day: dt.date) -> dt.date:
    return day.replace(day=1) - dt.timedelta(days=1)


def _until_idle(client: httpx.Client) -> None:
    """Wait until the server computes nothing in the background (the warm-up included)."""
    while client.get("/api/computing", timeout=60).json()["busy"]:
        time.sleep(0.5)


def measure(port: int, headers: dict[str, str], env: dict[str, str]) -> dict[str, Any]:
    """Start a server with `env` added, and return the first-answer figures in seconds."""
    os.environ.update(env)
    url = f"http://127.0.0.1:{port}"
    server = start_app(port)
    try:
        wait_until_serving(url, server)
        previous = _month_end_before(dt.date.today())
        cold_month, previous = _month_end_before(previous).isoformat(), previous.isoformat()
        with httpx.Client(base_url=url, headers=headers) as client:
            first, deferred = _timed(client, "/", until_ready=False)
            rest, _ = _timed(client, "/", until_ready=True)
            start = time.perf_counter()
            client.get("/api/network", timeout=900).raise_for_status()  # what the network page draws
            network = time.perf_counter() - start
            switch_first, _ = _timed(client, f"/?as_of={cold_month}", until_ready=False)
            switch_rest, _ = _timed(client, f"/?as_of={cold_month}", until_ready=True)
            _until_idle(client)
            prepared, _ = _timed(client, f"/?as_of={previous}", until_ready=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    # "With its figures" counts from the same moment as the first answer (ready, or the switch).
    return {"first answer of the overview": first, "overview with its figures": first + rest,
            "first network view (its data)": network, "month-end switch, cold: first answer": switch_first,
            "month-end switch, cold: with its figures": switch_first + switch_rest,
            "previous month end, after the warm-up": prepared, "deferred": deferred}


def main() -> None:
    """Load the city demo if needed, then measure the baseline and the shipped app one after the other."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=18732)
    args = parser.parse_args()
    with city_graph(DEFAULT_DIR, 17741) as graph:
        headers = {"Authorization": f"Bearer {_api_token(graph)}"}
    baseline = measure(args.port, headers, {"NETWERKKAART_WARM_UP": "0", "NETWERKKAART_PAGE_WAIT": "100000"})
    shipped = measure(args.port, headers, {"NETWERKKAART_WARM_UP": "1", "NETWERKKAART_PAGE_WAIT": "1.5"})
    print("city demo; seconds after the server answered its login page")
    print(f"{'':44} {'baseline':>9} {'now':>9} {'now/base':>9}")
    for name, before in baseline.items():
        if name == "deferred":
            continue
        now = shipped[name]
        print(f"{name:44} {before:9.2f} {now:9.2f} {now / before if before else float('nan'):9.2f}")
    print("targets: first overview ≤ 3 s after the server is ready; month-end switch ≤ 2 s")
    print("the shipped app's first overview was the 'being computed' page:", shipped["deferred"])


if __name__ == "__main__":
    main()
