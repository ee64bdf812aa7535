"""Monte Carlo turnover runs: links lost, connected-pair fraction, organisations most at risk."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analysis.components import block_labels
from analysis.network import CarrierNetwork
from analysis.turnover import TurnoverModel, links_alive, org_pairs


@dataclass(slots=True)
class SimulationResult:
    """Per-run outcomes plus what introductions need (surviving affiliations, component labels)."""

    years: float
    links_lost: np.ndarray  # per run
    connected: np.ndarray  # per run: fraction of org pairs connected
    isolated_prob: np.ndarray  # per org: share of runs in which it loses every link
    links_lost_per_org: np.ndarray  # per org: mean links lost
    alive: np.ndarray  # runs × affiliations, bool
    labels: np.ndarray  # runs × H nodes, component label


def simulate(net: CarrierNetwork, model: TurnoverModel, years: float, runs: int,
             seed: int) -> SimulationResult:
    """Return `runs` simulated futures of `years` under the model's leave probabilities."""
    rng = np.random.default_rng(seed)
    n_orgs, runs = len(net.orgs), max(1, runs)
    total = max(n_orgs * (n_orgs - 1) // 2, 1)
    ends = np.asarray(model.link_keys, dtype=np.int64).reshape(-1, 2)
    degree = np.bincount(ends.ravel(), minlength=n_orgs)
    alive = rng.random((runs, len(model.leave_prob))) >= model.leave_prob
    labels = run_labels(net, model, alive)
    lost, connected = np.zeros(runs), np.zeros(runs)
    isolated, lost_per_org = np.zeros(n_orgs), np.zeros(n_orgs)
    for r in range(runs):
        connected[r] = org_pairs(labels[r], n_orgs) / total
        ok = links_alive(model, alive[r])
        lost[r] = len(ok) - ok.sum()
        kept = np.bincount(ends[ok].ravel(), minlength=n_orgs)
        isolated += (degree > 0) & (kept == 0)
        lost_per_org += degree - kept
    return SimulationResult(years=years, links_lost=lost, connected=connected,
                            isolated_prob=isolated / runs, links_lost_per_org=lost_per_org / runs,
                            alive=alive, labels=labels)


def run_labels(net: CarrierNetwork, model: TurnoverModel, alive: np.ndarray) -> np.ndarray:
    """Return runs × H nodes component labels (as `turnover.components` gives them), all runs at once."""
    runs, n_orgs, n_people = len(alive), len(net.orgs), len(net.people)
    n = n_orgs + n_people
    run, row = np.nonzero(alive)
    offset = run * n
    stays = np.bincount(run * n_people + model.aff_person[row], minlength=runs * n_people) > 0
    stays = stays.reshape(runs, n_people)
    contacts = np.asarray(net.contacts, dtype=np.int64).reshape(-1, 2)
    kept_run, kept = np.nonzero(stays[:, contacts[:, 0]] & stays[:, contacts[:, 1]])
    u = np.concatenate([offset + model.aff_org[row], kept_run * n + n_orgs + contacts[kept, 0]])
    v = np.concatenate([offset + n_orgs + model.aff_person[row], kept_run * n + n_orgs + contacts[kept, 1]])
    return block_labels(runs, n, u, v)


def _interval(values: np.ndarray) -> list[float]:
    return [round(float(np.percentile(values, 5)), 6), round(float(np.percentile(values, 95)), 6)]


def summary(net: CarrierNetwork, result: SimulationResult, top: int = 10) -> dict[str, object]:
    """Return the JSON `simulation` block: means, 5–95 % intervals and orgs most at risk."""
    risk = sorted(range(len(net.orgs)),
                  key=lambda o: (-result.isolated_prob[o], -result.links_lost_per_org[o], o))
    at_risk = [{"id": net.orgs[o], "isolation_probability": round(float(result.isolated_prob[o]), 4),
                "links_lost_mean": round(float(result.links_lost_per_org[o]), 3)}
               for o in risk[:top] if result.isolated_prob[o] > 0 or result.links_lost_per_org[o] > 0]
    return {"years": float(result.years), "runs": len(result.links_lost),
            "links_lost_mean": round(float(result.links_lost.mean()), 4),
            "links_lost_interval": _interval(result.links_lost),
            "links_total": len(net.links),
            "connected_pairs_mean": round(float(result.connected.mean()), 6),
            "connected_pairs_interval": _interval(result.connected),
            "orgs_at_risk": at_risk}
