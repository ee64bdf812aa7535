"""Interface text in Dutch (default) and English (the one nl/en table), number and date formats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
    "database_unavailable": ("De database (Neo4j) is even niet bereikbaar; probeer het over een paar"
                             " seconden opnieuw.",
                             "The database (Neo4j) is unavailable; try again in a few seconds."),
    "as_of_out_of_range": ("Peildatum {as_of} valt buiten het ondersteunde bereik {earliest} tot en met"
                           " {latest}.",
                           "As-of date {as_of} is outside the supported range {earliest} to {latest}."),
    # Error pages and the API's error details (web/errors.py): what happened and what to do instead.
    "error_code": ("Foutcode {status}", "Error code {status}"),
    "error_go_on": ("Verder naar:", "Go on to:"),
    "error_title_400": ("Ongeldige invoer", "Invalid input"),
    "error_title_403": ("Geen toegang", "No access"),
    "error_title_404": ("Pagina niet gevonden", "Page not found"),
    "error_title_405": ("Dit kan zo niet", "Not possible this way"),
    "error_title_500": ("Er ging iets mis", "Something went wrong"),
    "error_title_503": ("De database start op", "The database is starting"),
    "error_400": ("Pas het adres of het formulier aan en probeer het opnieuw.",
                  "Change the address or the form and try again."),
    "error_404": ("Er is geen pagina of gegeven op dit adres. Misschien is de link verouderd of"
                  " zit er een typfout in.",
                  "There is no page or record at this address. The link may be out of date or"
                  " mistyped."),
    "error_401": ("Log in, of stuur een API-token als `Authorization: Bearer …`.",
                  "Log in, or send an API token as `Authorization: Bearer …`."),
    "error_403": ("U heeft geen toegang tot deze pagina. Vraag een beheerder als u die nodig heeft.",
                  "You have no access to this page. Ask an administrator if you need it."),
    "error_403_role": ("Deze pagina is voor de rol {needed} of hoger; u bent ingelogd als {role}. Heeft u"
                       " deze pagina nodig? Vraag een beheerder om uw rol aan te passen.",
                       "This page is for the role {needed} or higher; you are logged in as {role}."
                       " Need it? Ask an administrator to change your role."),
    "error_403_csrf": ("Het formulier is verlopen of onvolledig. Laad de pagina opnieuw en probeer het"
                       " nog eens.",
                       "The form has expired or is incomplete. Reload the page and try again."),
    "error_405": ("Dit adres kan niet met {method} worden opgevraagd.",
                  "This address cannot be requested with {method}."),
    "error_422": ("Een of meer waarden in het adres of formulier kloppen niet:",
                  "One or more values in the address or form are not right:"),
    "error_500": ("Er ging iets mis bij het maken van deze pagina. De fout is vastgelegd; probeer het later"
                  " opnieuw of meld het bij een beheerder.",
                  "Something went wrong while making this page. The error has been logged; try again"
                  " later or tell an administrator."),
    "error_503_retry": ("Deze pagina probeert het over {seconds} seconden vanzelf opnieuw.",
                        "This page tries again by itself in {seconds} seconds."),
    "field_date": ("{field}: '{value}' is geen datum; typ een datum als 2025-06-01 of 01-06-2025.",
                   "{field}: '{value}' is not a date; type a date like 2025-06-01 or 01-06-2025."),
    "field_missing": ("{field} ontbreekt; vul een waarde in.", "{field} is missing; fill in a value."),
    "field_choice": ("{field}: '{value}' kan niet; kies uit {expected}.",
                     "{field}: '{value}' is not a choice; pick one of {expected}."),
    "field_number": ("{field}: '{value}' is geen geldig getal{range}.",
                     "{field}: '{value}' is not a valid number{range}."),
    "field_at_least": (" (minstens {limit})", " (at least {limit})"),
    "field_at_most": (" (hoogstens {limit})", " (at most {limit})"),
    "field_too_long": ("{field}: de waarde is te lang (hoogstens {limit} tekens of waarden).",
                       "{field}: the value is too long (at most {limit} characters or values)."),
    "field_invalid": ("{field}: '{value}' is geen geldige waarde.",
                      "{field}: '{value}' is not a valid value."),
    "value": ("Waarde", "Value"),
    "or": ("of", "or"),
    "role_viewer": ("kijker", "viewer"),
    "role_coordinator": ("coördinator", "coordinator"),
    "role_admin": ("beheerder", "administrator"),
    # Organisation kinds as people read them (the data's codes are terse Dutch words).
    "kind_taalcafe": ("Taalcafé", "Language café"),
    "kind_maatjesproject": ("Maatjesproject", "Buddy project"),
    "kind_vrijwilligerscentrale": ("Vrijwilligerscentrale", "Volunteer centre"),
    "kind_welzijn": ("Welzijnsorganisatie", "Welfare organisation"),
    "kind_zelforganisatie": ("Zelforganisatie", "Community-led organisation"),
    "kind_religieus": ("Religieuze organisatie", "Religious organisation"),
    "kind_onderwijs": ("Onderwijs", "Education"),
    "kind_zorg": ("Zorg", "Care"),
    "kind_werk": ("Werk en inkomen", "Work and income"),
    "kind_gemeente": ("Gemeente", "Municipality"),
    "kind_overig": ("Overig", "Other"),
    # The offline network page (`netwerkkaart export --format html`).
    "export_title": ("Netwerkkaart: organisaties en hun verbindingen",
                     "Network map: organisations and their links"),
    "export_intro": ("Peildatum {date}: {orgs} organisaties en {links} verbindingen via mensen; "
                     "{one} daarvan hangen aan één persoon.",
                     "As of {date}: {orgs} organisations and {links} links through people; "
                     "{one} of them hang on one person."),
    "export_hint": ("Wijs een organisatie of verbinding aan voor details; scroll om te zoomen.",
                    "Point at an organisation or link for details; scroll to zoom."),
    "export_pseudonymised": ("Personen staan er alleen als pseudoniem in.",
                             "People appear only as pseudonyms."),
    "export_credit": ("Gemaakt met netwerkkaart en pyvis; getekend met vis-network 9.1.2 "
                      "(MIT/Apache-2.0, © Almende B.V. en visjs-bijdragers). Werkt zonder internet.",
                      "Made with netwerkkaart and pyvis; drawn with vis-network 9.1.2 "
                      "(MIT/Apache-2.0, © Almende B.V. and visjs contributors). Works offline."),
    "carriers_n": ("{n} drager(s)", "{n} carrier(s)"),
    "link_one_person": ("hangt aan één persoon", "hangs on one person"),
    "link_several_people": ("Verbinding via meer mensen", "Link through several people"),
    "link_one_person_legend": ("Hangt aan één persoon (gestreept, dun)",
                               "Hangs on one person (dashed, thin)"),
    "what_if_link": ("wat als?", "what if?"),
    # The referral finder's reasons (analysis.referral_finder.Reason, key without "reason_").
    "reason_offers": ("biedt {need}", "offers {need}"),
    "reason_nondutch_roles": ("heeft vrijwilligersrollen voor anderstaligen",
                              "has volunteer roles open to non-Dutch speakers"),
    "reason_serves_wijk": ("werkt in wijk {area}", "serves wijk {area}"),
    "reason_serves_gebied": ("werkt in gebied {area}", "serves gebied {area}"),
    "reason_serves_some": ("werkt in {n} van de {total} wijken van {area}",
                           "serves {n} of the {total} wijken of {area}"),
    "reason_citywide": ("werkt in heel Rotterdam", "works city-wide"),
    "reason_speaks": ("spreekt {language}", "speaks {language}"),
    "reason_not_speaks": ("spreekt geen {language} (volgens de gegevens)", "does not list {language}"),
    "reason_room": ("heeft plek (capaciteit {capacity}, geen wachtlijst)",
                    "has room (capacity {capacity}, no waitlist)"),
    "reason_waitlist": ("wachtlijst van {waitlist} (capaciteit {capacity})",
                        "waitlist of {waitlist} (capacity {capacity})"),
    "reason_capacity_unknown": ("capaciteit onbekend", "capacity unknown"),
    "reason_accepts": ("accepteert {pct} % van de verwijzingen ({accepted} van {decided})",
                       "accepts {pct} % of referrals ({accepted} of {decided} decided)"),
    "reason_no_history": ("nog geen afgehandelde verwijzingen", "no decided referrals yet"),
    # The commission pages (web/routes/commission.py, `ct(key)` in their templates).
    "commission_commission": ("Vragen van de gemeente", "The municipality's questions"),
    "commission_supply_demand": ("Vraag en aanbod", "Supply and demand"),
    "commission_finder": ("Verwijswijzer", "Referral finder"),
    "commission_nondutch": ("Vrijwilligersrollen voor anderstaligen",
                            "Volunteer roles for non-Dutch speakers"),
    "commission_buddies": ("Maatjes- en mentorinitiatieven", "Buddy and mentor initiatives"),
    "commission_connecting": ("Verbinden per gebied", "Connecting per district"),
    "commission_report": ("Veerkrachtrapport (HTML)", "Resilience report (HTML)"),
    "commission_ratio": ("Aanbod / vraag", "Supply / demand"),
    "commission_worst": ("Laagste dekking", "Worst coverage"),
    "commission_languages_missing": ("Gevraagde talen die de ontvanger niet spreekt",
                                     "Languages asked, not spoken"),
    "commission_routes": ("Verwijsroutes met lage acceptatie", "Referral routes with low acceptance"),
    "commission_all_needs": ("alle hulpvragen", "all needs"),
    "commission_need": ("Hulpvraag", "Need"),
    "commission_search": ("Zoek", "Search"),
    "commission_volunteer": ("wil vrijwilligerswerk doen", "wants to volunteer"),
    "commission_score": ("Score", "Score"),
    "commission_reasons": ("Redenen", "Reasons"),
    "commission_download_csv": ("CSV", "CSV"),
    "commission_no_results": ("Geen organisatie biedt dit in dit gebied.",
                              "No organisation offers this here."),
    "commission_record": ("Verwijzing vastleggen", "Record referral"),
    "commission_from_org": ("Van organisatie (id)", "From (id)"),
    "commission_series_demand": ("vraag", "demand"),
    "commission_series_supply": ("aanbod", "supply"),
    "commission_series_shortfall": ("tekort", "shortfall"),
    "commission_download_xlsx": ("Excel", "Excel"),
    # The one definition of supply, shown wherever the figure appears (analysis/supply_demand.py).
    "supply_definition": (
        "Aanbod = de plaatsen (capaciteit) van organisaties die de hulpvraag bieden, gelijk verdeeld over "
        "hun hulpvragen en over de wijken die ze bedienen naar verhouding van de vraag daar, in de laatste "
        "vraagperiode tot de peildatum; verhouding = aanbod / vraag; tekort = vraag − aanbod (niet onder 0).",
        "Supply = the places (capacity) of organisations offering the need, split equally over their needs "
        "and over the neighbourhoods they serve in proportion to the demand there, in the latest demand "
        "period up to the as-of date; ratio = supply / demand; shortfall = demand − supply (not below 0)."),
    "serving_capacity": ("Totale capaciteit van organisaties die hier werken",
                         "Total capacity of organisations working here"),
    # Column headers of the CSV and xlsx downloads (`column_headers`); codes stay in the cells.
    "column_period": ("periode", "period"),
    "column_area": ("gebiedscode", "area code"),
    "column_area_name": ("gebiedsnaam", "area name"),
    "column_level": ("niveau", "level"),
    "column_gebied": ("gebied (code)", "district (code)"),
    "column_gebied_name": ("gebied", "district"),
    "column_wijk": ("wijk (code)", "neighbourhood (code)"),
    "column_need": ("hulpvraag", "need"),
    "column_demand": ("vraag", "demand"),
    "column_supply": ("aanbod", "supply"),
    "column_ratio": ("aanbod/vraag", "supply/demand"),
    "column_shortfall": ("tekort", "shortfall"),
    "column_volunteers": ("vrijwilligers", "volunteers"),
    "column_providers": ("aanbieders", "providers"),
    "column_waitlist": ("wachtlijst", "waiting list"),
    "column_referrals": ("verwijzingen", "referrals"),
    "column_no_capacity": ("afgewezen wegens geen capaciteit", "declined for lack of capacity"),
    "column_bounces": ("binnen de termijn doorverwezen", "passed on within the window"),
    "column_organisations": ("organisaties", "organisations"),
    "column_organisation_ids": ("organisatie-id's", "organisation ids"),
    "column_languages": ("talen", "languages"),
    "column_id": ("id", "id"),
    "column_name": ("naam", "name"),
    "column_kind": ("soort", "kind"),
    "column_serves": ("werkgebied", "serves"),
    "column_services": ("hulpvragen", "services"),
    "column_capacity": ("capaciteit", "capacity"),
    "column_links": ("verbindingen", "links"),
    "column_links_bus_factor_1": ("verbindingen die aan één persoon hangen", "links that hang on one person"),
    # Task `report` (issue 14, item 5): the council report's summary, recommendations, lessons, roles.
    "report_role_staff": ("medewerker", "staff"),
    "report_role_coordinator": ("coördinator", "coordinator"),
    "report_role_volunteer": ("vrijwilliger", "volunteer"),
    "report_role_board": ("bestuurslid", "board member"),
    "report_fig_active_organisations": ("actieve organisaties", "active organisations"),
    "report_fig_people": ("actieve medewerkers en vrijwilligers", "active staff and volunteers"),
    "report_fig_links": ("gedragen verbindingen tussen organisaties", "carried links between organisations"),
    "report_fig_links_bus_factor_1": ("verbindingen die aan één persoon hangen",
                                      "links that hang on one person"),
    "report_fig_isolated_organisations": ("actieve organisaties zonder verbinding",
                                          "active organisations without a link"),
    "report_fig_connected_pairs": ("organisatieparen met een pad tussen hen",
                                   "organisation pairs with a path between them"),
    "report_fig_demand": ("vraag in de stad (periode)", "demand in the city (period)"),
    "report_fig_supply": ("aanbod in de stad (plaatsen)", "supply in the city (places)"),
    "report_fig_shortfall": ("tekort in de stad (plaatsen)", "shortfall in the city (places)"),
    "report_advice_gebied": (
        "{gebied}: {single} van de {links} verbindingen hangen aan één persoon. Organiseer een "
        "netwerkbijeenkomst; er liggen {meetings} voorstellen voor kennismakingen klaar.",
        "{gebied}: {single} of the {links} links hang on one person. Hold a network meeting; "
        "{meetings} suggested introductions are ready."),
    "report_advice_turnover": (
        "Bij het huidige verloop gaan in {years} jaar naar verwachting {lost} van de {total} verbindingen "
        "verloren: geef vertrekkende medewerkers en vrijwilligers een warme overdracht van hun contacten.",
        "At the current turnover, {lost} of the {total} links are expected to be lost within {years} "
        "year(s): give leaving staff and volunteers a warm hand-over of their contacts."),
    "report_advice_supply": (
        "{need} in {area}: het aanbod dekt {ratio} van de vraag (tekort {shortfall} plaatsen in {period}). "
        "Zoek aanbieders uit aangrenzende gebieden of stadsbrede partners.",
        "{need} in {area}: supply covers {ratio} of demand (shortfall of {shortfall} places in {period}). "
        "Look for providers in neighbouring areas or city-wide partners."),
    "report_advice_language": (
        "{language} werd {asked} keer gevraagd bij verwijzingen; {missed} keer sprak de ontvangende "
        "organisatie die taal niet. Zet vrijwilligers in die deze taal spreken.",
        "{language} was asked for {asked} times in referrals; {missed} times the receiving organisation "
        "did not speak it. Bring in volunteers who speak it."),
    "report_advice_paper": (
        "{n} samenwerkingen en verwijsroutes staan op papier maar worden door niemand bekend gedragen: "
        "wijs per route een contactpersoon aan.",
        "{n} partnerships and referral routes exist on paper but nobody known carries them: name a "
        "contact for each route."),
    "report_advice_buddies": (
        "{lonely} van de {total} maatjes- en mentorinitiatieven hebben geen gedragen verbinding met een "
        "andere organisatie, terwijl er {waiting} mensen op hun wachtlijsten staan: koppel ze aan een "
        "welzijnspartner in hun gebied.",
        "{lonely} of the {total} buddy and mentor initiatives have no carried link to another "
        "organisation, while {waiting} people are on their waiting lists: pair them with a welfare "
        "partner in their area."),
    "report_lesson_carriers": (
        "Een samenwerking is zo sterk als de mensen die haar dragen: {single} van de {links} verbindingen "
        "({share}) hangen aan één persoon. Leg elke samenwerking vast bij minstens twee mensen.",
        "A partnership is as strong as the people who carry it: {single} of the {links} links ({share}) "
        "hang on one person. Give every partnership at least two carriers."),
    "report_lesson_paper": (
        "Afspraken op papier zijn geen netwerk: {n} samenwerkingen en verwijsroutes hebben geen bekende "
        "drager. Vraag bij elke nieuwe afspraak wie haar draagt.",
        "Agreements on paper are not a network: {n} partnerships and referral routes have no known "
        "carrier. Ask who carries each new agreement."),
    "report_lesson_language": (
        "Taal is een drempel bij doorverwijzen: {n} keer sprak de ontvanger de gevraagde taal niet. "
        "Registreer talen van vrijwilligers en organisaties, zodat verwijzers ze kunnen vinden.",
        "Language is a barrier when referring: {n} times the receiver did not speak the language asked "
        "for. Record the languages of volunteers and organisations so referrers can find them."),
    "report_lesson_trend": (
        "Meten door de tijd laat zien of het netwerk groeit: op {date} waren er {before} gedragen "
        "verbindingen, nu {now}.",
        "Measuring over time shows whether the network grows: on {date} there were {before} carried "
        "links, now {now}."),
    "report_lesson_reuse": (
        "Deze cijfers zijn te herhalen voor elk gebied of programma met 'netwerkkaart report': dezelfde "
        "definities, zonder persoonsgegevens, op elke peildatum.",
        "These figures can be repeated for any area or programme with 'netwerkkaart report': the same "
        "definitions, no personal data, on any date."),
    "report_internal_forbidden": (
        "De interne versie van het rapport (met pseudoniemen) is alleen voor coördinatoren.",
        "The internal version of the report (with pseudonyms) is for coordinators only."),
}


def known(key: str) -> bool:
    """Return whether the table has a text for `key`."""
    return key in _TEXT


def text(key: str, lang: str) -> str:
    """Return the interface text for `key` in `lang` (the key itself when unknown)."""
    pair = _TEXT.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]


def column_headers(columns: Sequence[str], lang: str) -> list[str]:
    """Return the download headers for `columns` in `lang` (a column without a text keeps its name)."""
    return [text(f"column_{c}", lang) if known(f"column_{c}") else c for c in columns]


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
