"""Interface text in Dutch (default) and English, and number/date formats per language."""

from __future__ import annotations

import datetime as dt

LANGS = ("nl", "en")

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

# key: (Dutch, English)
_TEXT: dict[str, tuple[str, str]] = {
    "app": ("netwerkkaart", "netwerkkaart"),
    "overview": ("Overzicht", "Overview"),
    "network": ("Netwerk", "Network"),
    "map": ("Kaart", "Map"),
    "fragility": ("Kwetsbaarheid", "Fragility"),
    "introductions": ("Introducties", "Introductions"),
    "api": ("API", "API"),
    "as_of": ("Peildatum", "As of"),
    "show": ("Toon", "Show"),
    "organisations": ("Organisaties", "Organisations"),
    "organisation": ("Organisatie", "Organisation"),
    "people": ("Personen", "People"),
    "person": ("Persoon", "Person"),
    "areas": ("Gebieden", "Areas"),
    "area": ("Gebied", "Area"),
    "gebied": ("Gebied", "District"),
    "wijk": ("Wijk", "Neighbourhood"),
    "links": ("Verbindingen", "Links"),
    "contacts": ("Contacten", "Contacts"),
    "referrals": ("Verwijzingen", "Referrals"),
    "referrals_in": ("Verwijzingen ontvangen", "Referrals received"),
    "referrals_out": ("Verwijzingen gestuurd", "Referrals sent"),
    "affiliations": ("Betrokkenheid", "Affiliations"),
    "current_affiliations": ("Actieve betrokkenheden", "Current affiliations"),
    "active_people": ("Actieve personen", "Active people"),
    "active_orgs": ("Actieve organisaties", "Active organisations"),
    "kind": ("Soort", "Kind"),
    "services": ("Diensten", "Services"),
    "service": ("Dienst", "Service"),
    "languages": ("Talen", "Languages"),
    "language": ("Taal", "Language"),
    "capacity": ("Capaciteit", "Capacity"),
    "waitlist": ("Wachtlijst", "Waiting list"),
    "nondutch_roles": ("Vrijwilligersrollen voor anderstaligen", "Volunteer roles for non-Dutch speakers"),
    "located_in": ("Gevestigd in", "Located in"),
    "serves": ("Werkgebied", "Serves"),
    "citywide": ("Heel Rotterdam", "City-wide"),
    "role": ("Rol", "Role"),
    "since": ("Sinds", "Since"),
    "until": ("Tot en met", "Until"),
    "name": ("Naam", "Name"),
    "status": ("Status", "Status"),
    "count": ("Aantal", "Count"),
    "carriers": ("Dragers", "Carriers"),
    "bus_factor": ("Busfactor", "Bus factor"),
    "centrality": ("Centraliteit", "Centrality"),
    "degree": ("Graad", "Degree"),
    "betweenness": ("Tussenpositie", "Betweenness"),
    "pagerank": ("PageRank", "PageRank"),
    "harmonic": ("Nabijheid", "Closeness"),
    "constraint": ("Beperking (Burt)", "Constraint (Burt)"),
    "community": ("Gemeenschap", "Community"),
    "colour_by": ("Kleur naar", "Colour by"),
    "size_by": ("Grootte naar", "Size by"),
    "with_people": ("Met personen", "With people"),
    "all": ("Alle", "All"),
    "filter": ("Filter", "Filter"),
    "search": ("Zoek op naam", "Search by name"),
    "legend": ("Legenda", "Legend"),
    "nodes_shown": ("knopen getoond", "nodes shown"),
    "edges_shown": ("verbindingen getoond", "links shown"),
    "bus_factor_1": ("Verbinding hangt aan één persoon", "Link hangs on one person"),
    "broken": ("Verbroken bij vertrek", "Broken if they leave"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefoon", "Phone"),
    "website": ("Website", "Website"),
    "address": ("Adres", "Address"),
    "description": ("Beschrijving", "Description"),
    "impact": ("Gevolgen als deze persoon vertrekt", "Impact if this person leaves"),
    "links_broken": ("Verbroken verbindingen", "Links broken"),
    "orgs_isolated": ("Geïsoleerde organisaties", "Organisations isolated"),
    "pairs_disconnected": ("Losgeraakte paren", "Pairs disconnected"),
    "demand_supply": ("Vraag en aanbod", "Demand and supply"),
    "need": ("Behoefte", "Need"),
    "demand": ("Vraag", "Demand"),
    "supply": ("Aanbod (capaciteit)", "Supply (capacity)"),
    "ratio": ("Verhouding", "Ratio"),
    "shortfall": ("Tekort", "Shortfall"),
    "period": ("Periode", "Period"),
    "links_inside": ("Verbindingen binnen het gebied", "Links inside the area"),
    "links_outside": ("Verbindingen naar buiten", "Links to elsewhere"),
    "wijken": ("Wijken", "Neighbourhoods"),
    "counts": ("Aantallen", "Counts"),
    "resilience": ("Veerkracht", "Resilience"),
    "trend": ("Sinds vorige maand", "Since last month"),
    "org_links": ("Verbindingen tussen organisaties", "Links between organisations"),
    "links_bf1": ("Verbindingen die aan één persoon hangen", "Links that hang on one person"),
    "uncarried": ("Verbindingen zonder bekende drager", "Links with no known carrier"),
    "connected_pairs": ("Verbonden paren organisaties", "Connected pairs of organisations"),
    "key_people": ("Sleutelpersonen", "Key people"),
    "curves": ("Robuustheid: vertrek willekeurig en gericht", "Robustness: random and targeted departures"),
    "random": ("Willekeurig", "Random"),
    "targeted": ("Gericht (grootste impact eerst)", "Targeted (highest impact first)"),
    "simulation": ("Verloopsimulatie", "Turnover simulation"),
    "years": ("Jaren", "Years"),
    "runs": ("Herhalingen", "Runs"),
    "seed": ("Startgetal", "Seed"),
    "compute": ("Bereken", "Compute"),
    "links_lost_mean": ("Verwacht verlies aan verbindingen", "Expected links lost"),
    "connected_pairs_mean": ("Verwachte fractie verbonden paren", "Expected connected-pair fraction"),
    "what_if": ("Wat als… deze mensen vertrekken?", "What if… these people leave?"),
    "what_if_help": ("Kies personen (id of naam), gescheiden door komma's",
                     "Pick people (id or name), comma-separated"),
    "who_meets_whom": ("Wie zou wie moeten ontmoeten", "Who should meet whom"),
    "gain": ("Winst", "Gain"),
    "reason": ("Waarom", "Why"),
    "analysis_missing": ("De analyse is (nog) niet beschikbaar.", "The analysis is not available (yet)."),
    "figure": ("Cijfer", "Figure"),
    "layer": ("Laag", "Layer"),
    "credit": ("Bron: CBS/Kadaster", "Source: CBS/Kadaster"),
    "not_found": ("Niet gevonden", "Not found"),
    "bad_request": ("Ongeldige invoer", "Invalid input"),
    "none": ("geen", "none"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "open_page": ("Klik op een knoop om de pagina te openen.", "Click a node to open its page."),
    "aggregated": ("Meer dan {cap} organisaties: samengevoegd per gebied. Filter om organisaties te zien.",
                   "More than {cap} organisations: aggregated by district. Filter to see organisations."),
    "people_hidden": ("Personen niet getoond: te veel knopen ({n}). Filter eerst.",
                      "People not shown: too many nodes ({n}). Filter first."),
    "alerts": ("Signalen", "Alerts"),
    "second_contacts": ("Tweede contactpersonen", "Second contacts"),
    "link_suggestions": ("Voorgestelde verbindingen", "Suggested links"),
    "fraction": ("Fractie vertrokken", "Fraction removed"),
    "figure_organisations": ("Organisaties", "Organisations"),
    "figure_demand": ("Vraag (huidige periode)", "Demand (current period)"),
    "figure_links": ("Verbindingen", "Links"),
    "figure_bus_factor_1": ("Verbindingen aan één persoon", "Links on one person"),
    "language_switch": ("English", "Nederlands"),
    "privacy_unavailable": ("De database is even niet bereikbaar, dus deze gegevens kunnen niet zonder"
                            " namen getoond worden; probeer het over een paar seconden opnieuw.",
                            "The database is unavailable, so this data cannot be shown without names;"
                            " try again in a few seconds."),
}


def text(key: str, lang: str) -> str:
    """Return the interface text for `key` in `lang` (the key itself when unknown)."""
    pair = _TEXT.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]


def format_number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """Return `value` with thousands separators and `digits` decimals (Dutch: 1.234,5)."""
    if value is None:
        return "–"
    formatted = f"{value:,.{digits}f}"
    if lang == "nl":
        formatted = formatted.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return formatted


def format_date(value: dt.date | str | None, lang: str) -> str:
    """Return a date as '3 maart 2025' (Dutch) or '3 March 2025' (English)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"
