"""Load benchmark of the web API on the `city` demo: p50/p95 latency and throughput, 50 concurrent clients.

Run: .venv/bin/python -m bench.bench_web [--clients 50] [--requests 500] [--as-of YYYY-MM-DD]
The server (uvicorn, one process) runs as a child process; the clients (aiohttp, which like a browser
asks for and unpacks gzip) run in this process. The reference is a static file through the same app, auth
and middleware (measured in the same run): each route's p95 is also printed as a multiple of it.
Uses NETWERKKAART_DATA_DIR (default /tmp/netwerkkaart-bench-web: its own, as another process writing
to the database invalidates the app's caches) and loads the city demo there once.
Target: p95 < 200 ms for the organisation page and the network JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import random
import secrets
import statistics
import time
from typing import Any

import aiohttp
import httpx

from bench.city import city_graph
from bench.served_app import start_app, wait_until_serving

DEFAULT_DIR = "/tmp/netwerkkaart-bench-web"


def _routes(base: httpx.Client, as_of: str, rng: random.Random) -> dict[str, list[str]]:
    """Return, per route name, the URLs to request (random organisations, people and areas)."""
    orgs = [o["id"] for o in base.get("/api/organisations", params={"per_page": 5000}).json()["items"]]
    sample = rng.sample(orgs, 60)
    people: list[str] = []
    for org in sample[:20]:
        people += [p["person"] for p in base.get(f"/api/organisations/{org}", params={"as_of": as_of},
                                                 timeout=600).json()["people"][:3]]
    areas = [a["code"] for a in base.get("/api/areas").json()["areas"]]
    q = f"as_of={as_of}"
    return {
        "reference: static file": ["/static/app.css"],
        "organisation JSON": [f"/api/organisations/{o}?{q}" for o in sample],
        "organisation page": [f"/organisations/{o}?{q}" for o in sample],
        "network JSON (all)": [f"/api/network?{q}"],
        "network JSON (kind filter)": [f"/api/network?{q}&kind=taalcafe", f"/api/network?{q}&kind=welzijn"],
        "person JSON": [f"/api/people/{p}?{q}" for p in people],
        "area JSON": [f"/api/areas/{a}?{q}" for a in rng.sample(areas, 20)],
        "overview JSON": [f"/api/overview?{q}"],
    }


async def _load(url: str, paths: list[str], clients: int, requests: int,
                headers: dict[str, str]) -> dict[str, float]:
    """Fire `requests` GETs from `clients` concurrent workers; return latency percentiles and throughput."""
    latencies: list[float] = []
    errors = 0
    queue = [paths[i % len(paths)] for i in range(requests)]
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(url, connector=connector, timeout=timeout, headers=headers) as client:
        async def worker() -> None:
            nonlocal errors
            while queue:
                path = queue.pop()
                start = time.perf_counter()
                try:
                    async with client.get(path) as response:
                        await response.read()
                        errors += response.status != 200
                except aiohttp.ClientError:
                    errors += 1
                latencies.append(time.perf_counter() - start)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"p50_ms": cuts[49] * 1000, "p95_ms": cuts[94] * 1000, "rps": len(latencies) / wall,
            "errors": errors, "requests": len(latencies)}


def _api_token(graph: Any) -> str:
    """Return a fresh API token of a coordinator (full read, as the pages' main users)."""
    from graph.errors import InvalidInputError
    from graph.users import add_user, create_token

    with contextlib.suppress(InvalidInputError):  # made by an earlier run
        add_user(graph, username="bench-coordinator", role="coordinator", password=secrets.token_urlsafe(16))
    return create_token(graph, username="bench-coordinator", label="bench_web")[1]


def _warm(client: httpx.Client, routes: dict[str, list[str]]) -> dict[str, float]:
    """Request every distinct URL once (fills the per-as_of caches); return the slowest cold time."""
    cold = {}
    for name, paths in routes.items():
        times = []
        for path in paths:
            start = time.perf_counter()
            client.get(path, timeout=900).raise_for_status()
            times.append(time.perf_counter() - start)
        cold[name] = max(times)
    return cold


def main() -> None:
    """Load the city demo if needed, start the server, warm it, then measure every main route."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=500, help="requests per route")
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("--port", type=int, default=18731)
    parser.add_argument("--only", action="append", help="measure only routes whose name contains this")
    args = parser.parse_args()
    with city_graph(DEFAULT_DIR, 17741) as graph:
        headers = {"Authorization": f"Bearer {_api_token(graph)}"}
    url = f"http://127.0.0.1:{args.port}"
    server = start_app(args.port)
    try:
        wait_until_serving(url, server)
        with httpx.Client(base_url=url, headers=headers) as client:
            routes = _routes(client, args.as_of, random.Random(1))
            if args.only:
                routes = {k: v for k, v in routes.items() if any(part in k for part in args.only)}
            cold = _warm(client, routes)
        results: dict[str, Any] = {}
        for name, paths in routes.items():
            results[name] = asyncio.run(_load(url, paths, args.clients, args.requests, headers))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"city demo, as of {args.as_of}, {args.clients} concurrent clients, "
          f"{args.requests} requests per route")
    static = results.get("reference: static file", {}).get("p95_ms")
    print(f"{'route':28} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'errors':>6} {'cold s':>7} "
          f"{'p95/static':>9}")
    for name, r in results.items():
        ratio = f"{r['p95_ms'] / static:9.1f}" if static else f"{'–':>9}"
        print(f"{name:28} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['rps']:8.1f} {r['errors']:6d} "
              f"{cold[name]:7.2f} {ratio}")
    print("target: p95 < 200 ms for the organisation page and the network JSON")


if __name__ == "__main__":
    main()
