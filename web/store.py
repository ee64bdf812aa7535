"""The app's cache of expensive per-as_of results (links, layout, analysis), computed once each.

Results are keyed by a cheap data stamp (business totals, latest person change), so new data is picked up
without a restart; a lock per key stops 50 concurrent requests from computing the same thing 50 times.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from analysis.network import CarrierNetwork
from analysis.whatif import what_if as what_if_report
from graph.areas import areas
from graph.driver import Graph
from graph.organisations import org_links, organisations
from graph.people import check_people_exist, current_affiliations
from graph.projections import load_snapshot
from graph.queries import Query
from graph.rows import AreaRow, OrgLink, OrgSummary, Snapshot
from netwerkkaart.documents.analysis import analyse_document, fragility_document, link_rows, network_of
from web.background import PAGE_WAIT, Background

_STAMP = Query("data_stamp")
# Named steps (text key, work) that compute a date's pages ahead: see `AnalysisStore.warm`.
WarmSteps = Callable[["AnalysisStore", dt.date], list[tuple[str, Callable[[], Any]]]]
_STAMP_SECONDS = 2.0
_MAX_ENTRIES = 48
_MAX_DOCUMENTS = 8192


class AnalysisStore:
    """Per-app cache of organisations, links, layouts and analysis documents."""

    def __init__(self, graph: Graph, *, warm_steps: WarmSteps | None = None) -> None:
        self.graph = graph
        # What `warm` computes (the app passes web/documents/warm_up.py); None: nothing ahead.
        self.warm_steps = warm_steps
        # Two LRUs: a few expensive per-as_of results, and many cheap per-entity documents, so a
        # crawl over 2,000 organisation pages never evicts the analysis they are built from.
        self._values: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._documents: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._locks: dict[tuple[Any, ...], threading.Lock] = {}
        self._guard = threading.Lock()
        self._stamp: tuple[float, tuple[int, int, str | None]] | None = None
        self.background = Background()

    def stamp(self) -> tuple[int, int, str | None]:
        """Return the data's version (business totals, latest person change), re-read every 2 s at most."""
        now = time.monotonic()
        if self._stamp is None or now - self._stamp[0] > _STAMP_SECONDS:
            row = self.graph.read(_STAMP)[0]
            stamp = (row["nodes"], row["relationships"], row["people_changed"])
            changed = self._stamp is not None and self._stamp[1] != stamp
            self._stamp = (now, stamp)
            if changed and self.warm_steps:  # new data: today's pages are computed again before anyone asks
                self.warm(dt.date.today())
        return self._stamp[1]

    def warm(self, as_of: dt.date) -> None:
        """Compute the pages' analyses for `as_of` in the background (at start and after data changes)."""
        if self.warm_steps:
            self.background.warm(self.warm_steps(self, as_of))

    def invalidate(self) -> None:
        """Have the next request re-read the data stamp, so it sees a write made just now."""
        # The stamp is re-read only every 2 s; a page opened right after a web write must show it. The
        # old value stays, so the change is noticed (and today's pages computed again).
        if self._stamp is not None:
            self._stamp = (float("-inf"), self._stamp[1])

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any], *, document: bool = False) -> Any:
        """Return the cached value for `key` under the current stamp, computing it once if absent.

        `document=True` keeps it among the many per-entity documents instead of the few analyses.
        """
        full = (self.stamp(), *key)
        values = self._documents if document else self._values
        with self._guard:
            if full in values:
                values.move_to_end(full)
                return values[full]
        wait = PAGE_WAIT.get()
        if wait is not None and not document:
            # A page: computed in the background, answered "being computed" if it takes longer.
            self.background.result_or_defer(full, lambda: self._compute(full, compute, document), wait)
        return self._compute(full, compute, document)

    def _compute(self, full: tuple[Any, ...], compute: Callable[[], Any], document: bool) -> Any:
        values, limit = (self._documents, _MAX_DOCUMENTS) if document else (self._values, _MAX_ENTRIES)
        with self._guard:
            lock = self._locks.setdefault(full, threading.Lock())
        with lock:
            with self._guard:
                if full in values:
                    return values[full]
            value = compute()
            with self._guard:
                values[full] = value
                while len(values) > limit:
                    old, _ = values.popitem(last=False)
                    self._locks.pop(old, None)
            if not document:
                # A city analysis is millions of long-lived objects; left to the cyclic collector, every
                # full collection walks them all (~0.1 s, a stall for every request in flight). Collect
                # first, so no garbage cycle is frozen with them (frozen objects still die by refcount).
                gc.collect()
                gc.freeze()
            return value

    def organisations(self) -> list[OrgSummary]:
        """Return every organisation (cached)."""
        return self.cached(("orgs",), lambda: organisations(self.graph))

    def org_index(self) -> dict[str, OrgSummary]:
        """Return organisations by id (cached)."""
        return self.cached(("org_index",), lambda: {o.id: o for o in self.organisations()})

    def links(self, as_of: dt.date) -> list[OrgLink]:
        """Return the carried organisation links on `as_of` (cached)."""
        return self.cached(("links", as_of), lambda: org_links(self.graph, as_of=as_of))

    def snapshot(self, as_of: dt.date) -> Snapshot:
        """Return the whole network as of `as_of`, read once per data change (cached).

        The carrier network, `analyse` and `fragility` all start from it: one read instead of three.
        """
        return self.cached(("snapshot", as_of), lambda: load_snapshot(self.graph, as_of))

    def _network(self, as_of: dt.date) -> CarrierNetwork:
        """Return the analysis layer's carrier network on `as_of` (cached; the basis of cheap answers)."""
        return self.cached(("net", as_of), lambda: network_of(self.snapshot(as_of)))

    def bus_factors(self, as_of: dt.date) -> dict[tuple[str, str], int]:
        """Return {(a, b): bus factor} of every carried link on `as_of` (cached)."""
        return self.cached(("bus", as_of), lambda: {
            (row["a"], row["b"]): row["bus_factor"] for row in link_rows(self._network(as_of))})

    def what_if(self, as_of: dt.date, people: tuple[str, ...]) -> dict[str, Any] | None:
        """Return the what-if report for these people leaving (None for nobody); unknown ids are a 400."""
        if not people:
            return None
        ids = tuple(sorted(set(people)))
        check_people_exist(self.graph, ids)
        return self.cached(("what_if", as_of, ids), lambda: what_if_report(self._network(as_of), ids),
                           document=True)

    def analyse(self, as_of: dt.date) -> dict[str, Any]:
        """Return the `analyse --json` document for `as_of` (cached, not written back)."""
        return self.cached(("analyse", as_of),
                           lambda: analyse_document(self.graph, as_of, write_back=False,
                                                    snap=self.snapshot(as_of)))

    def fragility(self, as_of: dt.date, *, runs: int = 50, years: float = 1.0, seed: int = 1
                  ) -> dict[str, Any]:
        """Return the `fragility --json` document for these simulation parameters (cached)."""
        return self.cached(("fragility", as_of, runs, years, seed), lambda: fragility_document(
            self.graph, as_of, runs=runs, years=years, seed=seed, snap=self.snapshot(as_of)))

    def affiliations(self, as_of: dt.date) -> list[dict[str, str]]:
        """Return current affiliations with person names on `as_of` (cached)."""
        return self.cached(("affs", as_of), lambda: current_affiliations(self.graph, as_of=as_of))

    def area_names(self) -> dict[str, str]:
        """Return {area code: name} for every gebied and wijk (cached)."""
        return self.cached(("area_names",), lambda: {a.code: a.name for a in areas(self.graph)})

    def area_rows(self) -> list[AreaRow]:
        """Return every area row (cached)."""
        return self.cached(("area_rows",), lambda: areas(self.graph))

    def network(self, as_of: dt.date) -> CarrierNetwork:
        """Return the carrier network on `as_of` (cached), for cheap answers such as the departure alerts."""
        return self._network(as_of)
