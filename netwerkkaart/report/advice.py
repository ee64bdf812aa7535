"""Recommendations in plain Dutch, each derived from a figure in the report (rules, not opinions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.model import SUPPORT_TYPES


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def _fragility(data: Mapping[str, Any]) -> list[str]:
    out = []
    worst = data["bus_factor_by_gebied"][:2]
    for g in worst:
        if g["links_bus_factor_1"]:
            meetings = next((len(c["introductions"]) + len(c["second_contacts"]) for c in data["connecting"]
                             if c["gebied"] == g["gebied"]), 0)
            out.append(f"{g['name']}: {g['links_bus_factor_1']} van de {g['links']} verbindingen hangen "
                       "aan één persoon. Organiseer een netwerkbijeenkomst; de lijst 'Verbinden' stelt "
                       f"{meetings} kennismakingen voor.")
    first, now = data["trend"][0], data["trend"][-1]
    if first["share_bus_factor_1"] is not None and now["share_bus_factor_1"] is not None:
        direction = "gestegen" if now["share_bus_factor_1"] > first["share_bus_factor_1"] else "gedaald"
        out.append(f"Het aandeel verbindingen dat aan één persoon hangt is in een jaar {direction} van "
                   f"{_pct(first['share_bus_factor_1'])} naar {_pct(now['share_bus_factor_1'])}.")
    sim = data["simulation"]
    if sim.get("links_total"):
        out.append(f"Bij het huidige verloop gaan in {sim['years']:g} jaar naar verwachting "
                   f"{sim['links_lost_mean']:.0f} van de {sim['links_total']} verbindingen verloren: geef "
                   "vertrekkende medewerkers en vrijwilligers een warme overdracht van hun contacten.")
    if data["uncarried"]:
        out.append(f"{data['uncarried']} samenwerkingen en verwijsroutes staan op papier maar worden door "
                   "niemand bekend gedragen: wijs per route een contactpersoon aan.")
    return out


def _supply(data: Mapping[str, Any]) -> list[str]:
    out = []
    for r in data["supply"]["matching"]["worst"][:3]:
        need = SUPPORT_TYPES.get(r["need"], r["need"]).capitalize()
        out.append(f"{need} in {r['area_name']}: het aanbod dekt {_pct(r['ratio'])} van de vraag "
                   f"(tekort {r['shortfall']:.0f} plaatsen in "
                   f"{r['period']}). Zoek aanbieders uit aangrenzende gebieden of stadsbrede partners.")
    for lang in [r for r in data["supply"]["matching"]["languages"] if r["not_offered"]][:2]:
        out.append(f"Taal '{lang['language']}' werd {lang['asked']} keer gevraagd bij verwijzingen; "
                   f"{lang['not_offered']} keer sprak de ontvangende organisatie die taal niet. Zet "
                   "vrijwilligers in die deze taal spreken (zie de inventarisatie van rollen voor "
                   "anderstaligen).")
    trend = data["supply"]["trend"]
    if trend and trend[-1]["no_capacity"]:
        out.append(f"In {trend[-1]['period']} kregen {trend[-1]['no_capacity']:.0f} verwijzingen 'geen "
                   f"capaciteit' en liepen er {trend[-1]['bounces']:.0f} door naar een volgende organisatie.")
    return out


def _buddies(data: Mapping[str, Any]) -> list[str]:
    rows = data["buddies"]["initiatives"]
    lonely = sum(1 for r in rows if r["links"] == 0)
    waiting = sum(r["waitlist"] or 0 for r in rows)
    out = []
    if lonely:
        out.append(f"{lonely} van de {len(rows)} maatjes- en mentorinitiatieven hebben geen enkele gedragen "
                   "verbinding met een andere organisatie: koppel ze aan een welzijnspartner in hun gebied.")
    if waiting:
        out.append(f"Op de wachtlijsten van maatjes- en mentorinitiatieven staan samen {waiting} mensen.")
    return out


def recommendations(data: Mapping[str, Any]) -> list[str]:
    """Return the report's recommendations, most structural first."""
    return [*_fragility(data), *_supply(data), *_buddies(data)]
