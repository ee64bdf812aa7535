"""Soak benchmark: 50 logged-in clients on mixed pages and API for minutes, on the `city` demo.

Run: .venv/bin/python -m bench.bench_soak [--seconds 300] [--clients 50] [--role viewer]
The server (uvicorn, one process) runs as a child process; the clients (aiohttp, accepting gzip as a
browser does) run in this process, each with its own browser session (logged in through the login
form). Reports requests, errors (must be 0), p50/p95 latency, and the server's resident memory
after warm-up, at the end and at its peak.
Uses NETWERKKAART_DATA_DIR (default /tmp/netwerkkaart-bench-soak) and loads the city demo there once.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import re
import secrets
import statistics
import sys
import time
from typing import Any

import aiohttp
import httpx
import psutil

from bench.city import city_graph
from bench.served_app import start_app, wait_until_serving

DEFAULT_DIR = "/tmp/netwerkkaart-bench-soak"

# The login form's own token (a logged-in page also holds the logout form's token).
LOGIN_TOKEN = re.compile(r'id="login-form">\s*<input type="hidden" name="csrf_token" value="([^"]+)"')


def _urls(admin: httpx.Client, as_of: str, rng: random.Random) -> list[str]:
    """Return the mix the clients pick from: pages and API, organisations and areas drawn at random."""
    orgs = [o["id"] for o in admin.get("/api/organisations", params={"per_page": 5000}).json()["items"]]
    areas = [a["code"] for a in admin.get("/api/areas").json()["areas"]]
    q = f"as_of={as_of}"
    mix = [f"/?{q}", f"/api/overview?{q}", f"/network?{q}", f"/api/network?{q}&kind=taalcafe",
           f"/api/network?{q}", f"/fragility?{q}", f"/api/fragility?{q}", f"/map?{q}",
           f"/supply-demand?{q}", f"/api/supply-demand?{q}", "/commission", "/inventory/nondutch",
           f"/api/connecting?{q}", "/refer?need=taal&language=ar", "/api/refer?need=taal"]
    mix += [f"/organisations/{o}?{q}" for o in rng.sample(orgs, 40)]
    mix += [f"/api/organisations/{o}?{q}" for o in rng.sample(orgs, 40)]
    mix += [f"/areas/{a}?{q}" for a in rng.sample(areas, 10)] + [f"/api/areas/{a}?{q}" for a in areas[:10]]
    return mix


async def _client(url: str, username: str, password: str, urls: list[str], deadline: float,
                  seed: int, stats: dict[str, Any]) -> None:
    """Log in through the form, then request random URLs until the deadline."""
    rng = random.Random(seed)
    jar = aiohttp.CookieJar(unsafe=True)  # unsafe: keep cookies for an IP address (127.0.0.1)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(url, cookie_jar=jar, timeout=timeout) as http:
        async with http.get("/login") as form:
            token = LOGIN_TOKEN.search(await form.text()).group(1)
        login_form = {"username": username, "password": password, "csrf_token": token, "next": "/"}
        async with http.post("/login", data=login_form, allow_redirects=False) as login:
            if login.status != 303:
                raise SystemExit(f"login failed: {login.status}")
        while time.monotonic() < deadline:
            path = rng.choice(urls)
            start = time.perf_counter()
            try:
                async with http.get(path) as response:
                    await response.read()
                    ok = response.status == 200
            except aiohttp.ClientError:
                ok = False
            stats["latencies"].append(time.perf_counter() - start)
            stats["slowest"][path] = max(stats["slowest"].get(path, 0.0), stats["latencies"][-1])
            if not ok:
                stats["errors"].append(path)


def _rss_mb(pid: int) -> float:
    """Return the resident memory of the server process and its children, in MB."""
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


async def _soak(url: str, user: tuple[str, str], urls: list[str], clients: int, seconds: float,
                pid: int) -> dict[str, Any]:
    stats: dict[str, Any] = {"latencies": [], "errors": [], "rss": [_rss_mb(pid)], "slowest": {}}
    deadline = time.monotonic() + seconds

    async def sample_memory() -> None:
        while time.monotonic() < deadline:
            await asyncio.sleep(5)
            stats["rss"].append(_rss_mb(pid))

    await asyncio.gather(sample_memory(), *(_client(url, *user, urls, deadline, i, stats)
                                            for i in range(clients)))
    stats["rss"].append(_rss_mb(pid))
    return stats


def _prepare(role: str) -> tuple[str, str]:
    """Load the city demo if needed and (re)create the soak user; return (username, password)."""
    from graph.errors import InvalidInputError
    from graph.users import add_user, set_password

    username, password = f"soak-{role}", secrets.token_urlsafe(16)
    with city_graph(DEFAULT_DIR, 17751) as graph:
        try:
            add_user(graph, username=username, role=role, password=password)
        except InvalidInputError:
            set_password(graph, username, password)
    return username, password


def _warm(url: str, user: tuple[str, str], as_of: str) -> list[str]:
    """Log in once, build the URL mix and request each URL once (fills the per-as_of caches)."""
    with httpx.Client(base_url=url, timeout=900) as http:
        token = LOGIN_TOKEN.search(http.get("/login").text).group(1)
        http.post("/login", data={"username": user[0], "password": user[1], "csrf_token": token})
        urls = _urls(http, as_of, random.Random(1))
        for path in urls:
            http.get(path).raise_for_status()
    return urls


def main() -> None:
    """Prepare the data and user, start the server, warm it, soak it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--role", default="viewer", choices=("viewer", "coordinator", "admin"))
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("--port", type=int, default=18741)
    args = parser.parse_args()
    user = _prepare(args.role)
    url = f"http://127.0.0.1:{args.port}"
    server = start_app(args.port)
    try:
        wait_until_serving(url, server)
        urls = _warm(url, user, args.as_of)
        stats = asyncio.run(_soak(url, user, urls, args.clients, args.seconds, server.pid))
    finally:
        server.terminate()
        server.wait(timeout=30)
    lat = sorted(stats["latencies"])
    cuts = statistics.quantiles(lat, n=100)
    print(f"soak: {args.clients} clients as {args.role}, {args.seconds:.0f} s, city demo, {len(urls)} URLs")
    print(f"requests {len(lat)} ({len(lat) / args.seconds:.1f}/s), errors {len(stats['errors'])}, "
          f"p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms")
    rss = stats["rss"]
    print(f"server RSS: {rss[0]:.0f} MB after warm-up, {rss[-1]:.0f} MB at the end, peak {max(rss):.0f} MB")
    slowest = sorted(stats["slowest"].items(), key=lambda item: -item[1])[:5]
    print("slowest URLs (max ms):", ", ".join(f"{path} {seconds * 1000:.0f}" for path, seconds in slowest))
    if stats["errors"]:
        print("errors on:", sorted(set(stats["errors"]))[:10])
        sys.exit(1)


if __name__ == "__main__":
    main()
