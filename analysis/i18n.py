"""Interface text in Dutch (default) and English (the one nl/en table), number and date formats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

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
    # -- the page that says an analysis is being computed (web/background.py) --
    "computing_title": ("Even geduld: de analyse wordt berekend",
                        "One moment: the analysis is being computed"),
    "computing_intro": ("Deze pagina heeft cijfers nodig die nog worden berekend (na het starten of "
                        "na nieuwe gegevens). Hij ververst zich vanzelf zodra ze klaar zijn.",
                        "This page needs figures that are still being computed (after a start or after new "
                        "data). It reloads by itself as soon as they are ready."),
    "computing_step": ("Stap {done} van {total}: {step}", "Step {done} of {total}: {step}"),
    "computing_seconds": ("Bezig sinds {seconds} s.", "Running for {seconds} s."),
    "computing_last": ("De vorige keer duurde het {seconds} s.", "Last time it took {seconds} s."),
    "computing_other": ("Bezig met de cijfers voor deze pagina.", "Computing the figures for this page."),
    "computing_reload": ("Nu opnieuw proberen", "Try again now"),
    "warm_links": ("verbindingen tussen organisaties lezen", "reading the links between organisations"),
    "warm_layout": ("de tekening van het netwerk", "drawing the network"),
    "warm_analyse": ("kengetallen van het netwerk", "the network's figures"),
    "warm_fragility": ("kwetsbaarheid bij vertrek van mensen", "fragility when people leave"),
    "warm_overview": ("het overzicht", "the overview"),
    "map_as_table": ("De kaart als tabel", "The map as a table"),
    "warm_month_end": ("het overzicht op de laatste dag van vorige maand",
                       "the overview as of the previous month end"),
    # Task `directory`: the organisation directory (/organisations), the header search and /search.
    "dir_title": ("Organisaties", "Organisations"),
    "dir_intro": ("De sociale kaart van Rotterdam: zoek een organisatie op naam, hulpvraag, taal of gebied.",
                  "Rotterdam's social map: find an organisation by name, need, language or area."),
    "dir_q": ("Zoek", "Search"),
    "dir_q_hint": ("naam, hulpvraag, taal of wijk", "name, need, language or neighbourhood"),
    "dir_need": ("Hulpvraag", "Need"),
    "dir_language": ("Taal", "Language"),
    "dir_area": ("Gebied of wijk", "District or neighbourhood"),
    "dir_kind": ("Soort", "Kind"),
    "dir_room": ("Heeft plek (capaciteit, geen wachtlijst)", "Has room (capacity, no waiting list)"),
    "dir_any": ("alle", "any"),
    "dir_apply": ("Zoeken", "Search"),
    "dir_reset": ("Wis filters", "Clear filters"),
    "dir_total": ("{n} organisaties gevonden", "{n} organisations found"),
    "dir_none": ("Geen organisaties gevonden. Probeer minder filters of een ander zoekwoord.",
                 "No organisations found. Try fewer filters or another word."),
    "dir_csv": ("Download deze lijst (CSV)", "Download this list (CSV)"),
    "dir_page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "dir_prev": ("Vorige", "Previous"),
    "dir_next": ("Volgende", "Next"),
    "dir_room_left": ("heeft plek", "has room"),
    "dir_waitlist_n": ("wachtlijst: {n}", "waiting list: {n}"),
    "dir_capacity_n": ("capaciteit: {n} plaatsen", "capacity: {n} places"),
    "dir_capacity_unknown": ("capaciteit onbekend", "capacity unknown"),
    "dir_where": ("Waar de resultaten zijn", "Where the results are"),
    "dir_where_note": ("Aantal gevonden organisaties per wijk waar ze gevestigd zijn.",
                       "Number of organisations found per neighbourhood they are located in."),
    "dir_map_label": ("Gevonden organisaties", "Organisations found"),
    "dir_no_wijk": ("zonder wijk", "without neighbourhood"),
    "dir_bad_need": ("Hulpvraag: deze hulpvraag kennen we niet; kies uit {choices}.",
                     "Need: this need is not known; pick one of {choices}."),
    "dir_bad_kind": ("Soort: deze soort organisatie kennen we niet; kies uit {choices}.",
                     "Kind: this kind of organisation is not known; pick one of {choices}."),
    "dir_bad_area": ("Gebied of wijk: dit gebied kennen we niet; typ de naam of code van een gebied of wijk "
                     "van Rotterdam, bijvoorbeeld Charlois of Delfshaven.",
                     "District or neighbourhood: this area is not known; type the name or code of a "
                     "district or neighbourhood of Rotterdam, for example Charlois or Delfshaven."),
    "dir_bad_language": ("Taal: deze taal kennen we niet; typ een taal zoals Arabisch, Tigrinya of Engels, "
                         "of een code zoals ar.",
                         "Language: this language is not known; type a language such as Arabic, Tigrinya or "
                         "English, or a code such as ar."),
    "dir_bad_input": ("De zoekopdracht klopt niet:", "The search is not right:"),
    "page": ("Pagina", "Page"),
    "q": ("Zoekwoord", "Search words"),
    "search_box": ("Zoek organisatie, gebied of persoon", "Find an organisation, area or person"),
    "search_box_viewer": ("Zoek organisatie of gebied", "Find an organisation or area"),
    "search_title": ("Zoeken", "Search"),
    "search_results_for": ("Resultaten", "Results"),
    "search_nothing": ("Niets gevonden.", "Nothing found."),
    "search_areas": ("Gebieden en wijken", "Districts and neighbourhoods"),
    "search_more": ("Alle {n} organisaties in de lijst", "All {n} organisations in the directory"),
    "column_address": ("adres", "address"),
    "column_postcode": ("postcode", "postcode"),
    "column_phone": ("telefoon", "phone"),
    "column_email": ("e-mail", "e-mail"),
    "column_website": ("website", "website"),
    "column_wijk_name": ("wijk", "neighbourhood"),
    "need_taal": ("Taal", "Language"),
    "need_maatje": ("Maatje/mentor", "Buddy/mentor"),
    "need_werk": ("Werk en inkomen", "Work and income"),
    "need_onderwijs": ("Onderwijs", "Education"),
    "need_gezondheid": ("Gezondheid", "Health"),
    "need_administratie": ("Administratie en geld", "Paperwork and money"),
    "need_huisvesting": ("Huisvesting", "Housing"),
    "need_juridisch": ("Juridisch", "Legal"),
    "need_sociaal": ("Sociaal contact", "Social contact"),
    "need_gezin": ("Kinderen en gezin", "Children and family"),
    "need_vrijwilligerswerk": ("Vrijwilligerswerk", "Volunteering"),
    "need_inburgering": ("Inburgering", "Civic integration"),
    # Task `trends` (issue 14, items 2 and 3): trends per area, the map's legend, why matching fails.
    "trend_title": ("Vraag en aanbod door de tijd", "Supply and demand over time"),
    "trend_intro": ("Vraag, aanbod en tekort per kwartaal voor één gebied of wijk en één hulpvraag, met de "
                    "verandering ten opzichte van hetzelfde kwartaal een jaar eerder.",
                    "Demand, supply and shortfall per quarter for one district or neighbourhood and one "
                    "need, with the change against the same quarter a year earlier."),
    "trend_area": ("Gebied of wijk", "District or neighbourhood"),
    "trend_period": ("Periode", "Period"),
    "trend_year_earlier": ("een jaar eerder", "a year earlier"),
    "trend_change": ("verschil", "change"),
    "trend_change_note": (
        "Verschil = het verschil met hetzelfde kwartaal een jaar eerder (– als dat er niet is).",
        "Change = the difference with the same quarter a year earlier (– when there is none)."),
    "trend_table": ("De cijfers als tabel", "The figures as a table"),
    "trend_multiples": ("Alle gebieden naast elkaar", "Every district side by side"),
    "trend_multiples_intro": ("Eén kleine grafiek per gebied voor de hulpvraag {need}, allemaal op "
                              "dezelfde schaal (0 – {top}), zodat de hoogte te vergelijken is.",
                              "One small chart per district for the need {need}, all on the same scale "
                              "(0 – {top}), so heights can be compared."),
    "trend_link": ("Trend per gebied", "Trend per district"),
    "trend_unknown_area": ("Dit gebied of deze wijk kennen we niet.{tip} Kies een gebied of wijk van "
                           "Rotterdam met de naam of de code, bijvoorbeeld Charlois of WK059915.",
                           "This district or neighbourhood is not known.{tip} Choose a district or "
                           "neighbourhood of Rotterdam by name or code, e.g. Charlois or WK059915."),
    "trend_did_you_mean": (" Bedoelde u: {names}?", " Did you mean: {names}?"),
    "trend_unknown_need": ("Deze hulpvraag kennen we niet. Kies een van: {needs}.",
                           "This need is not known. Choose one of: {needs}."),
    "trend_no_data": ("Voor deze keuze zijn er geen vraagcijfers.",
                      "There are no demand figures for this choice."),
    "map_dark_is_shortage": ("donker = tekort (weinig aanbod per vraag); licht = genoeg aanbod",
                             "dark = shortage (little supply per demand); light = enough supply"),
    "map_table": ("De kaart als tabel", "The map as a table"),
    "map_scale_fixed": ("De kleurschaal is voor alle peildata dezelfde (0 – {top}, berekend over alle "
                        "periodes), zodat kaarten van verschillende data te vergelijken zijn.",
                        "The colour scale is the same for every date (0 – {top}, computed over all "
                        "periods), so maps of different dates can be compared."),
    "matching_title": ("Waarom matchen mislukt", "Why matching fails"),
    "matching_intro": ("Per gebied en hulpvraag de redenen waarom vraag en aanbod elkaar niet vinden, de "
                       "grootste eerst. Vraag en aanbieders gelden voor periode {period}; verwijzingen "
                       "tellen van {start} tot en met {end}.",
                       "Per district and need the reasons why demand and supply do not meet, largest "
                       "first. Demand and providers are for period {period}; referrals count from "
                       "{start} to {end}."),
    "matching_city": ("Heel Rotterdam", "All of Rotterdam"),
    "matching_per_gebied": ("Per gebied en hulpvraag", "Per district and need"),
    "matching_reason": ("Reden", "Reason"),
    "matching_count": ("Aantal", "Count"),
    "matching_explanation": ("Uitleg", "Explanation"),
    "matching_none": ("Geen reden gevonden: vraag en aanbod lijken hier te passen.",
                      "No reason found: demand and supply seem to fit here."),
    "matching_filter_gebied": ("alle gebieden", "all districts"),
    "matching_languages_intro": ("Verwijzingen die om een taal vroegen, en hoe vaak de ontvangende "
                                 "organisatie die taal niet spreekt.",
                                 "Referrals that asked for a language, and how often the receiving "
                                 "organisation does not speak it."),
    "matching_asked": ("gevraagd", "asked"),
    "matching_not_offered": ("ontvanger spreekt de taal niet", "receiver does not speak it"),
    "matching_share": ("aandeel", "share"),
    "matching_offering": ("organisaties die de taal spreken", "organisations speaking it"),
    "matching_link": ("Waarom matchen mislukt", "Why matching fails"),
    "matching_more": ("De {shown} grootste van {total} getoond; kies een gebied of hulpvraag voor de rest, "
                      "of download de CSV.",
                      "Showing the {shown} largest of {total}; choose a district or need for the rest, or "
                      "download the CSV."),
    "matching_bad_window": ("Kies 1 tot 60 periodes en 0 tot 365 dagen voor het doorverwijzen.",
                            "Choose 1 to 60 periods and 0 to 365 days for passing on."),
    "matching_reason_no_provider": ("Geen aanbieder in de wijk", "No provider in the neighbourhood"),
    "matching_reason_no_room": ("Geen plek bij de aanbieder", "No room at the provider"),
    "matching_reason_language": ("Taal wordt niet gesproken", "Language not spoken"),
    "matching_reason_bounce": ("Verwijzing komt niet aan", "Referral does not land"),
    "matching_reason_low_acceptance": ("Lage acceptatie", "Low acceptance"),
    "matching_sentence_no_provider": (
        "{count} mensen vragen om {need} in {n_wijken} wijk(en) waar geen enkele organisatie dat biedt "
        "({wijken}).",
        "{count} people ask for {need} in {n_wijken} neighbourhood(s) where no organisation offers it "
        "({wijken})."),
    "matching_sentence_no_room": (
        "{count} verwijzingen werden afgewezen omdat er geen plek was; op de wachtlijsten staan ongeveer "
        "{waitlist} mensen.",
        "{count} referrals were declined for lack of room; about {waitlist} people are on the waiting "
        "lists."),
    "matching_sentence_no_room_short": ("{count} verwijzingen werden afgewezen omdat er geen plek was.",
                                        "{count} referrals were declined for lack of room."),
    "matching_sentence_bounce_short": (
        "{count} verwijzingen werden door de ontvangende organisatie afgewezen.",
        "{count} referrals were declined by the receiving organisation."),
    "matching_sentence_language": (
        "{count} verwijzingen vroegen een taal die de ontvangende organisatie niet spreekt (vooral "
        "{languages}).",
        "{count} referrals asked for a language the receiving organisation does not speak (mostly "
        "{languages})."),
    "matching_sentence_bounce": (
        "{count} verwijzingen kwamen niet aan: {rejected} afgewezen en {passed_on} binnen korte tijd weer "
        "doorverwezen.",
        "{count} referrals did not land: {rejected} declined and {passed_on} passed on again shortly after."),
    "matching_sentence_low_acceptance": (
        "Van de {decided} afgehandelde verwijzingen werd {pct} % aangenomen, tegen {city_pct} % in heel "
        "Rotterdam: ongeveer {count} minder dan verwacht.",
        "Of the {decided} decided referrals {pct} % were accepted, against {city_pct} % in all of "
        "Rotterdam: about {count} fewer than expected."),
    "matching_city_no_provider": ("{count} mensen vragen hulp in een wijk waar niemand die hulp biedt.",
                                  "{count} people ask for help in a neighbourhood where nobody offers it."),
    "matching_city_no_room": ("{count} verwijzingen werden afgewezen wegens geen plek.",
                              "{count} referrals were declined for lack of room."),
    "matching_city_language": ("{count} verwijzingen vroegen een taal die de ontvanger niet spreekt.",
                               "{count} referrals asked for a language the receiver does not speak."),
    "matching_city_bounce": ("{count} verwijzingen werden afgewezen of snel weer doorverwezen.",
                             "{count} referrals were declined or soon passed on again."),
    "matching_city_low_acceptance": ("Ongeveer {count} verwijzingen minder aangenomen dan het "
                                     "stadsgemiddelde doet verwachten.",
                                     "About {count} fewer referrals accepted than the city average would "
                                     "lead one to expect."),
    "column_demand_year_earlier": ("vraag een jaar eerder", "demand a year earlier"),
    "column_demand_change": ("verschil vraag", "change in demand"),
    "column_supply_year_earlier": ("aanbod een jaar eerder", "supply a year earlier"),
    "column_supply_change": ("verschil aanbod", "change in supply"),
    "column_shortfall_year_earlier": ("tekort een jaar eerder", "shortfall a year earlier"),
    "column_shortfall_change": ("verschil tekort", "change in shortfall"),
    "column_rank": ("rang", "rank"),
    "column_reason": ("reden (code)", "reason (code)"),
    "column_reason_label": ("reden", "reason"),
    "column_count": ("aantal", "count"),
    "column_sentence": ("uitleg", "explanation"),
    # Task `runs` (issue 15, item 4): runs (change sets), `netwerkkaart runs`, the page /admin/runs.
    "runs_nav": ("Wijzigingen", "Changes"),
    "runs_title": ("Wijzigingen (runs)", "Changes (runs)"),
    "runs_intro": ("Elke wijziging van de gegevens is een run: inlezen, upload, bewerking, vertrek, "
                   "herstel, ongedaan maken. Ongedaan maken zet alles wat de run aanmaakte of wijzigde "
                   "terug zoals het ervoor was, en is zelf ook een run.",
                   "Every change to the data is a run: ingest, upload, edit, departure, restore, undo. "
                   "Undo puts everything the run created or changed back as it was before, and is a "
                   "run itself."),
    "runs_empty": ("Nog geen wijzigingen vastgelegd.", "No changes recorded yet."),
    "run_col_at": ("Wanneer (UTC)", "When (UTC)"),
    "run_col_who": ("Wie", "Who"),
    "run_col_kind": ("Soort", "Kind"),
    "run_col_what": ("Wat", "What"),
    "run_col_id": ("Run", "Run"),
    "run_col_state": ("Status", "State"),
    "run_col_action": ("Actie", "Action"),
    "run_kind_ingest": ("inlezen", "ingest"),
    "run_kind_upload": ("upload", "upload"),
    "run_kind_edit": ("bewerking", "edit"),
    "run_kind_departure": ("vertrek", "departure"),
    "run_kind_restore": ("herstel", "restore"),
    "run_kind_undo": ("ongedaan maken", "undo"),
    "run_kind_demo": ("demo", "demo"),
    "run_entity_areas": ("gebieden", "areas"),
    "run_entity_organisations": ("organisaties", "organisations"),
    "run_entity_people": ("personen", "people"),
    "run_entity_affiliations": ("betrokkenheden", "affiliations"),
    "run_entity_contacts": ("contacten", "contacts"),
    "run_entity_partnerships": ("samenwerkingen", "partnerships"),
    "run_entity_referrals": ("verwijzingen", "referrals"),
    "run_entity_demand": ("vraagcijfers", "demand figures"),
    "run_record_areas": ("gebied", "area"),
    "run_record_organisations": ("organisatie", "organisation"),
    "run_record_people": ("persoon", "person"),
    "run_record_affiliations": ("betrokkenheid", "affiliation"),
    "run_record_contacts": ("contact", "contact"),
    "run_record_partnerships": ("samenwerking", "partnership"),
    "run_record_referrals": ("verwijzing", "referral"),
    "run_record_demand": ("vraagcijfer", "demand figure"),
    "run_created": ("{n} nieuw", "{n} new"),
    "run_updated": ("{n} gewijzigd", "{n} changed"),
    "run_deleted": ("{n} verwijderd", "{n} deleted"),
    "run_no_changes": ("geen wijzigingen", "no changes"),
    "run_state_active": ("van kracht", "in effect"),
    "run_state_undone": ("ongedaan gemaakt door {by}", "undone by {by}"),
    "run_state_undoes": ("maakt {id} ongedaan", "undoes {id}"),
    "run_state_not_undoable": ("niet ongedaan te maken (van vóór het bijhouden van runs)",
                               "cannot be undone (recorded before runs kept what they replaced)"),
    "run_undo_button": ("Ongedaan maken", "Undo"),
    "run_confirm_title": ("Wijziging ongedaan maken?", "Undo this change?"),
    "run_confirm_text": ("Alles wat deze run aanmaakte wordt verwijderd en alles wat hij wijzigde krijgt "
                         "de waarde van ervoor terug, in één keer. Het ongedaan maken wordt zelf een run, "
                         "die u weer ongedaan kunt maken.",
                         "Everything this run created is deleted and everything it changed gets its "
                         "previous value back, in one go. The undo becomes a run itself, which you can "
                         "undo again."),
    "run_confirm_yes": ("Ja, ongedaan maken", "Yes, undo"),
    "run_cancel": ("Terug naar de lijst", "Back to the list"),
    "run_unknown": ("Er is geen run met id {id}.", "There is no run with id {id}."),
    "run_unknown_hint": ("De ids staan in `netwerkkaart runs list`.",
                         "`netwerkkaart runs list` shows the ids."),
    "run_already_undone": ("Run {id} is al ongedaan gemaakt (door run {by}); maak die ongedaan om hem "
                           "terug te zetten.",
                           "Run {id} has already been undone (by run {by}); undo that one to bring it back."),
    "run_not_undoable": ("Run {id} is vastgelegd voordat runs bijhielden wat ze vervingen; hij kan niet "
                         "ongedaan gemaakt worden.",
                         "Run {id} was recorded before runs kept what they replaced; it cannot be undone."),
    "run_conflict": ("Run {id} is niet ongedaan gemaakt: latere runs wijzigden dezelfde gegevens (maak die "
                     "eerst ongedaan). Er is niets veranderd. Het gaat om: {records}",
                     "Run {id} was not undone: later runs changed the same records (undo those first). "
                     "Nothing was changed. The records: {records}"),
    "run_undone": ("Run {id} is ongedaan gemaakt (als run {undo}).", "Run {id} was undone (as run {undo})."),
    "run_lang_invalid": ("--lang moet nl of en zijn", "--lang must be nl or en"),
    # Task `fragility` (issue 13, item 3): the fragile-links list to act on, what-if by name,
    # introductions and the connecting list in plain words.
    "fragile_links": ("Verbindingen die wegvallen als één persoon vertrekt",
                      "Links lost when one person leaves"),
    "fragile_total": ("{n} verbindingen", "{n} links"),
    "fragile_page": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "fragile_previous": ("← vorige", "← previous"),
    "fragile_next": ("volgende →", "next →"),
    "fragile_filter": ("Filter", "Filter"),
    "fragile_clear": ("Alle verbindingen", "All links"),
    "fragile_none": ("Geen verbindingen die aan één persoon hangen met deze filters.",
                     "No links that hang on one person with these filters."),
    "filter_area": ("gebied of wijk", "district or neighbourhood"),
    "filter_gebied": ("Gebied", "District"),
    "filter_wijk": ("Wijk", "Neighbourhood"),
    "filter_organisation": ("Organisatie", "Organisation"),
    "filter_kind": ("Soort organisatie", "Kind of organisation"),
    "filter_any": ("alle", "all"),
    "sort_by": ("Sorteer op", "Sort by"),
    "sort_risk": ("risico (grootste kans eerst)", "risk (likeliest first)"),
    "sort_name": ("naam", "name"),
    "carried_by": ("Hangt aan", "Hangs on"),
    "loss_probability": ("Kans weg binnen {years} jaar", "Chance gone within {years} years"),
    "second_contact": ("Voorstel tweede contact", "Suggested second contact"),
    "carrier_kind_shared": ("werkt bij beide", "works at both"),
    "carrier_kind_star": ("enige die mensen bij de ander kent", "the only one who knows people at the other"),
    "carrier_kind_pair": ("een tweetal: vertrekt één van beiden, dan is de verbinding weg",
                          "a pair: if either leaves, the link is gone"),
    "knows_at_other": ("kent: {names}", "knows: {names}"),
    "what_if_person": ("wat als deze persoon vertrekt?", "what if this person leaves?"),
    "download_csv": ("Download CSV (Excel)", "Download CSV (Excel)"),
    "download_xlsx": ("Download xlsx", "Download xlsx"),
    "fragile_unknown_area": ("Onbekend {field}: kies een naam of CBS-code uit de lijst.",
                             "Unknown {field}: choose a name or CBS code from the list."),
    "fragile_unknown_kind": ("Onbekende soort organisatie: kies er een uit de lijst.",
                             "Unknown kind of organisation: choose one from the list."),
    "fragile_unknown_organisation": ("Geen organisatie met die naam of id: kies er een uit de lijst.",
                                     "No organisation with that name or id: choose one from the list."),
    "fragile_unknown_sort": ("Sorteer op 'risk' (risico) of 'name' (naam).", "Sort by 'risk' or 'name'."),
    "what_if_help_names": ("Typ een naam of id; meerdere gescheiden door komma's",
                           "Type a name or id; several separated by commas"),
    "what_if_help_viewer": ("Kies een sleutelpersoon in de lijst hieronder (‘wat als?’)",
                            "Pick a key person in the list below (‘what if?’)"),
    "what_if_choose": ("Meerdere mensen heten zo. Bedoelt u:",
                       "Several people have that name. Did you mean:"),
    "what_if_nobody": ("Niemand gevonden met die naam of id. Typ een deel van de naam en kies uit de "
                       "lijst.",
                       "Nobody found with that name or id. Type part of the name and pick from the list."),
    "what_if_no_names": ("Als kijker kunt u ‘wat als’ niet op naam vragen: kies een sleutelpersoon in "
                         "de lijst.",
                         "As a viewer you cannot ask ‘what if’ by name: pick a key person from the list."),
    "and": (" en ", " and "),
    "reason_intro_apart": ("{a} en {b} hebben vandaag geen verbinding met elkaar",
                           "{a} and {b} have no connection today"),
    "reason_intro_weak": ("{a} en {b} blijven in maar {pct} % van de gesimuleerde jaren verbonden",
                          "{a} and {b} stay connected in only {pct} % of the simulated years"),
    "reason_intro_people": ("; {p} en {q} blijven daar naar verwachting het langst.",
                            "; {p} and {q} are likely to stay there longest."),
    "reason_second": ("De verbinding {a} – {b} hangt alleen aan {who}; {p} en {q} kunnen een tweede "
                      "contact worden.",
                      "The link {a} – {b} hangs on {who} alone; {p} and {q} could become a second contact."),
    "reason_suggest": ("{n} verwijzingen in het afgelopen jaar tussen {a} en {b}, maar niemand kent "
                       "elkaar daar",
                       "{n} referrals in the past year between {a} and {b}, but nobody there knows "
                       "each other"),
    "reason_suggest_area": ("; beide in {area}.", "; both in {area}."),
    "fragility_uncarried_list": ("Verbindingen zonder bekende drager", "Links with no known carrier"),
    "column_organisation_a": ("organisatie", "organisation"),
    "column_organisation_b": ("andere organisatie", "other organisation"),
    "column_gebied_a": ("gebied organisatie", "district of organisation"),
    "column_gebied_b": ("gebied andere organisatie", "district of other organisation"),
    "column_carrier_kind": ("soort drager", "kind of carrier"),
    "column_carried_by": ("hangt aan", "hangs on"),
    "column_knows": ("kent bij de ander", "knows at the other"),
    "column_loss_probability": ("kans weg binnen de horizon", "chance gone within the horizon"),
    "column_second_contact": ("voorstel tweede contact", "suggested second contact"),
    "kind_of_link": ("Soort verbinding", "Kind of link"),
    # Task `network` (issue 13, item 4): a network people can read.
    "network_focus_link": ("Bekijk in het netwerk", "View in the network"),
    "network_focus_on": ("Netwerk rond {name}: {n} organisaties binnen {steps} stap(pen).",
                         "Network around {name}: {n} organisations within {steps} step(s)."),
    "network_steps": ("Stappen", "Steps"),
    "network_steps_1": ("1 stap: directe verbindingen", "1 step: direct links"),
    "network_steps_2": ("2 stappen: ook hun verbindingen", "2 steps: their links too"),
    "network_whole": ("Hele netwerk", "Whole network"),
    "network_isolated": ("Zonder verbinding", "Without a link"),
    "network_isolated_intro": ("Organisaties in deze selectie zonder verbinding met een andere:",
                               "Organisations in this selection without a link to another:"),
    "network_isolated_none": ("Geen: elke organisatie hier heeft een verbinding.",
                              "None: every organisation here has a link."),
    "network_gebieden_start": ("{n} organisaties: per gebied getoond (grootte = organisaties, lijnen = "
                               "personen die ze verbinden). Klik op een gebied om zijn organisaties te zien.",
                               "{n} organisations: shown per district (size = organisations, lines = people "
                               "connecting them). Click a district to see its organisations."),
    "network_gebied_title": ("{name}: {n} organisaties", "{name}: {n} organisations"),
    "network_gebied_link": ("{a} — {b}: {n} personen verbinden ze", "{a} — {b}: {n} people connect them"),
    "network_gebied_back": ("Alle gebieden", "All districts"),
    "network_gebied_shown": ("Gebied {name}", "District {name}"),
    "network_labels_hint": ("Namen staan bij de grootste organisaties; zoom in of wijs aan voor de rest.",
                            "Names are shown for the largest organisations; zoom in or hover for the rest."),
    "network_focus_unknown": ("Onbekende organisatie bij 'focus': kies een organisatie uit het netwerk.",
                              "Unknown organisation in 'focus': choose an organisation from the network."),
    "network_gebied_unknown": ("Onbekend gebied bij 'gebied': gebruik een gebiedscode (WK…).",
                               "Unknown district in 'gebied': use a district code (WK…)."),
    "network_one_person": ("Gestreepte lijn: hangt aan één persoon", "Dashed line: hangs on one person"),
    "network_steps_from": ("{n} stap(pen) van {name}", "{n} step(s) from {name}"),
    # Task `refer` (issue 13 item 2): the Verwijswijzer, its record form and the referral slip.
    "refer_nav": ("Verwijswijzer", "Referral finder"),
    "refer_title": ("Verwijswijzer", "Referral finder"),
    "refer_intro": ("Zoek een organisatie voor een nieuwkomer: typ de hulpvraag in gewone woorden, de taal "
                    "die hij of zij spreekt en de wijk waar hij of zij woont.",
                    "Find an organisation for a newcomer: type the need in everyday words, the language "
                    "they speak and the neighbourhood they live in."),
    "refer_need": ("Hulpvraag", "Need"),
    "refer_need_hint": ("bijv. taalmaatje, huiswerkhulp, sollicitatie", "e.g. taalmaatje, homework, job"),
    "refer_language": ("Taal van de nieuwkomer", "Newcomer's language"),
    "refer_language_hint": ("bijv. Arabisch, Tigrinya of ar", "e.g. Arabic, Tigrinya or ar"),
    "refer_area": ("Wijk of gebied", "Neighbourhood or district"),
    "refer_area_hint": ("bijv. Charlois of Tarwewijk", "e.g. Charlois or Tarwewijk"),
    "refer_search": ("Zoeken", "Search"),
    "refer_found": ("{n} organisaties gevonden", "{n} organisations found"),
    "refer_none": ("Geen organisatie biedt dit in deze wijk of dit gebied. Probeer een andere hulpvraag "
                   "of laat de taal leeg.", "No organisation offers this here. Try another need or leave "
                   "the language empty."),
    "refer_address": ("Adres", "Address"),
    "refer_phone": ("Telefoon", "Phone"),
    "refer_email": ("E-mail", "E-mail"),
    "refer_website": ("Website", "Website"),
    "refer_languages": ("Talen", "Languages"),
    "refer_room": ("Plek", "Room"),
    "refer_room_free": ("plek vrij (capaciteit {capacity}, geen wachtlijst)",
                        "room (capacity {capacity}, no waiting list)"),
    "refer_room_waitlist": ("wachtlijst van {waitlist} (capaciteit {capacity})",
                            "waiting list of {waitlist} (capacity {capacity})"),
    "refer_room_unknown": ("onbekend", "unknown"),
    "refer_why": ("Waarom deze organisatie", "Why this organisation"),
    "refer_unknown": ("niet bekend", "not known"),
    "refer_record": ("Verwijzing vastleggen", "Record referral"),
    "refer_record_to": ("Verwijzing naar {name} vastleggen", "Record a referral to {name}"),
    "refer_from": ("Van welke organisatie verwijst u?", "Which organisation refers?"),
    "refer_from_hint": ("typ de naam en kies uit de lijst", "type the name and pick from the list"),
    "refer_date": ("Datum", "Date"),
    "refer_record_submit": ("Vastleggen", "Record"),
    "refer_recorded": ("Verwijzing vastgelegd: {source} → {target}, {need}, {date} (status: verstuurd).",
                       "Referral recorded: {source} → {target}, {need}, {date} (status: sent)."),
    "refer_recorded_see": ("Bekijk de verwijzingen van {name}", "See the referrals of {name}"),
    "refer_not_recorded": ("Niet vastgelegd. Verbeter dit en probeer het opnieuw:",
                           "Nothing recorded. Correct this and try again:"),
    "refer_error_from": ("Van organisatie: '{value}' is geen bekende organisatie.{tip}",
                         "From organisation: '{value}' is not a known organisation.{tip}"),
    "refer_error_from_many": ("Van organisatie: '{value}' past bij meer organisaties: {options}. Kies er een "
                              "uit de lijst.", "From organisation: '{value}' fits several organisations: "
                              "{options}. Pick one from the list."),
    "refer_error_from_empty": ("Van organisatie: vul in van welke organisatie u verwijst.",
                               "From organisation: say which organisation refers."),
    "refer_error_to": ("Naar organisatie: '{value}' is geen bekende organisatie.",
                       "To organisation: '{value}' is not a known organisation."),
    "refer_error_same": ("Van organisatie: een organisatie kan niet naar zichzelf verwijzen.",
                         "From organisation: an organisation cannot refer to itself."),
    "refer_error_date": ("Datum: '{value}' is geen datum (bijv. 2025-06-01 of 01-06-2025).",
                         "Date: '{value}' is not a date (e.g. 2025-06-01 or 01-06-2025)."),
    "refer_error_future": ("Datum: {value} ligt in de toekomst; leg een verwijzing vast als hij gedaan is.",
                           "Date: {value} is in the future; record a referral once it is made."),
    "refer_error_need_empty": ("Hulpvraag: vul de hulpvraag in.", "Need: give the need."),
    "refer_field_need": ("Hulpvraag", "Need"),
    "refer_field_language": ("Taal", "Language"),
    "refer_field_area": ("Wijk of gebied", "Neighbourhood or district"),
    "refer_give_need": ("Vul een hulpvraag in (bijv. taalles of maatje), of vink vrijwilligerswerk aan.",
                        "Give a need (e.g. taal or maatje), or tick volunteering."),
    "refer_slip": ("Verwijsbriefje", "Referral slip"),
    "refer_slip_open": ("Verwijsbriefje voor de nieuwkomer", "Referral slip for the newcomer"),
    "refer_slip_language": ("Taal van het briefje", "Language of the slip"),
    "refer_slip_go": ("Je kunt terecht bij", "You can go to"),
    "refer_slip_for": ("Waarvoor", "What for"),
    "refer_slip_contact": ("Contact", "Contact"),
    "refer_slip_opening": ("Openingstijden", "Opening hours"),
    "refer_slip_opening_text": ("Bel of mail eerst voor een afspraak; dan weet je wanneer je terecht kunt.",
                                "Call or e-mail first for an appointment, so you know when to come."),
    "refer_slip_bring": ("Wat neem je mee", "What to bring"),
    "refer_slip_bring_items": ("Dit briefje|Je identiteitsbewijs of verblijfsdocument|Brieven of formulieren "
                               "waar je vragen over hebt|Je telefoon, met het nummer van wie je verwees",
                               "This slip|Your ID or residence document|Letters or forms you have "
                               "questions about|Your phone, with the number of who referred you"),
    "refer_slip_by": ("Verwezen door {name} op {date}", "Referred by {name} on {date}"),
    "refer_slip_print": ("Afdrukken", "Print"),
    "refer_slip_back": ("Terug naar de Verwijswijzer", "Back to the referral finder"),
    "refer_need_taal": ("taal", "language"),
    "refer_need_maatje": ("maatje/mentor", "buddy/mentor"),
    "refer_need_werk": ("werk en inkomen", "work and income"),
    "refer_need_onderwijs": ("onderwijs", "education"),
    "refer_need_gezondheid": ("gezondheid", "health"),
    "refer_need_administratie": ("administratie en geld", "paperwork and money"),
    "refer_need_huisvesting": ("huisvesting", "housing"),
    "refer_need_juridisch": ("juridisch", "legal"),
    "refer_need_sociaal": ("sociaal contact", "social contact"),
    "refer_need_gezin": ("kinderen en gezin", "children and family"),
    "refer_need_vrijwilligerswerk": ("vrijwilligerswerk", "volunteering"),
    "refer_need_inburgering": ("inburgering", "civic integration"),
    "refer_area_wijk": ("wijk in {gebied}", "neighbourhood in {gebied}"),
    "refer_area_gebied": ("gebied", "district"),
    "finder_did_you_mean": (" Bedoelt u: {options}?", " Did you mean: {options}?"),
    "finder_unknown_need": ("Hulpvraag: '{value}' kennen we niet.{tip} Typ een woord als taalles, maatje, "
                            "huiswerkhulp of sollicitatie, of kies uit de lijst.",
                            "unknown need '{value}'.{tip} Needs are: taal, maatje, werk, onderwijs, "
                            "gezondheid, administratie, huisvesting, juridisch, sociaal, gezin, "
                            "vrijwilligerswerk, inburgering (or everyday words such as taalles)."),
    "finder_unknown_language": ("Taal: '{value}' kennen we niet.{tip} Typ de naam (Arabisch, Tigrinya) of de "
                                "code (ar, ti).", "unknown language '{value}'.{tip} Give an ISO 639-1 code "
                                "(ar, ti, uk …) or a language name (arabisch, Tigrinya …)."),
    "finder_unknown_area": ("Wijk of gebied: '{value}' is geen wijk of gebied van Rotterdam.{tip} "
                            "Typ de naam (Charlois, Tarwewijk) of kies uit de lijst.",
                            "unknown area '{value}'.{tip} Give a wijk or gebied of Rotterdam by name or code "
                            "(BU…/WK…)."),
    "finder_postcode": ("Wijk of gebied: '{value}' lijkt een postcode; de Verwijswijzer kent geen postcodes. "
                        "Typ de naam van de wijk of het gebied, bijv. Charlois.",
                        "'{value}' looks like a postcode; the finder does not map postcodes to areas (there "
                        "is no postcode table in the data). Give the wijk or gebied by name or code, e.g. "
                        "--area Charlois."),
    "finder_both_levels": ("'{value}' is zowel een gebied als een wijk: gezocht in de wijk {wijk}; vraag "
                           "{gebied} voor het hele gebied.",
                           "'{value}' is both a gebied and a wijk: used the wijk {wijk}; ask for {gebied} "
                           "for the whole gebied"),
    # Task wcag (issue 12, items 4-6): skip link, menu, landmarks, the network view as a list.
    "skip_to_content": ("Naar de inhoud", "Skip to content"),
    "menu": ("Menu", "Menu"),
    "main_navigation": ("Hoofdmenu", "Main menu"),
    "account": ("Taal en account", "Language and account"),
    "footer_text": ("netwerkkaart: het ondersteuningsnetwerk voor nieuwkomers in Rotterdam",
                    "netwerkkaart: the support network for newcomers in Rotterdam"),
    "network_as_list": ("Het netwerk als lijst", "The network as a list"),
    "network_list_intro": ("Dezelfde organisaties en verbindingen als in de tekening hierboven, "
                           "te openen met het toetsenbord.",
                           "The same organisations and links as in the drawing above, "
                           "to open with the keyboard."),
    "network_list_orgs": ("Organisaties in beeld", "Organisations shown"),
    "network_list_links": ("Verbindingen in beeld", "Links shown"),
    "network_list_links_count": ("verbindingen", "links"),
    "network_list_carriers": ("mensen die de verbinding dragen", "people carrying the link"),
    "network_list_one_person": ("hangt aan één persoon", "hangs on one person"),
    "network_list_broken": ("verbroken bij vertrek", "broken by departure"),
    "network_list_note": ("Let op", "Note"),
    "map_layer_label": ("Kaartlaag", "Map layer"),
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
    # Task `freshness` (issue 15 item 5): last-confirmed dates, the "verouderd" list, "Klopt nog".
    "run_kind_confirm": ("bevestiging", "confirmation"),
    "run_confirmed": ("{n} bevestigd", "{n} confirmed"),
    "fresh_nav": ("Verouderd", "Out of date"),
    "fresh_title": ("Verouderde gegevens", "Out-of-date records"),
    "fresh_intro": (
        "Organisaties en betrokkenheden die langer dan {months} maanden niet zijn bevestigd (voor het "
        "laatst vóór {since}), de oudste eerst. Klopt een gegeven nog? Eén klik op \u201cKlopt nog\u201d "
        "bevestigt het zonder iets te veranderen; een beheerder kan dat ongedaan maken bij Wijzigingen.",
        "Organisations and affiliations not confirmed for more than {months} months (last before "
        "{since}), oldest first. Is a record still right? One click on \u201cStill right\u201d confirms "
        "it without changing anything; an administrator can undo that under Changes."),
    "fresh_share": ("{pct} % van de organisaties {period} bevestigd ({confirmed} van {total})",
                    "{pct} % of the organisations confirmed {period} ({confirmed} of {total})"),
    "fresh_last_year": ("in het afgelopen jaar", "in the last year"),
    "fresh_last_months": ("in de afgelopen {n} maanden", "in the last {n} months"),
    "fresh_what": ("Wat", "What"),
    "fresh_what_all": ("Organisaties en betrokkenheden", "Organisations and affiliations"),
    "fresh_what_organisations": ("Alleen organisaties", "Organisations only"),
    "fresh_what_affiliations": ("Alleen betrokkenheden", "Affiliations only"),
    "fresh_area": ("Gebied of wijk", "District or neighbourhood"),
    "fresh_all_areas": ("Heel Rotterdam", "All of Rotterdam"),
    "fresh_kind": ("Soort organisatie", "Kind of organisation"),
    "fresh_any_kind": ("Alle soorten", "All kinds"),
    "fresh_apply": ("Toon", "Show"),
    "fresh_total": ("{n} verouderd: {orgs} organisaties en {affs} betrokkenheden",
                    "{n} out of date: {orgs} organisations and {affs} affiliations"),
    "fresh_none": ("Niets verouderd: alles is in de afgelopen {months} maanden bevestigd.",
                   "Nothing out of date: everything was confirmed in the last {months} months."),
    "fresh_record": ("Gegeven", "Record"),
    "fresh_record_organisation": ("Organisatie", "Organisation"),
    "fresh_record_affiliation": ("Betrokkenheid", "Affiliation"),
    "fresh_at": ("bij", "at"),
    "fresh_confirmed": ("Laatst bevestigd", "Last confirmed"),
    "fresh_never": ("nooit", "never"),
    "fresh_confirm": ("Klopt nog", "Still right"),
    # A button's name starts with its visible text (WCAG 2.5.3), then says which record it confirms.
    "fresh_confirm_org_label": ("Klopt nog: {name}", "Still right: {name}"),
    "fresh_confirm_aff_label": ("Klopt nog: {person} ({role}) bij {name}",
                                "Still right: {person} ({role}) at {name}"),
    "fresh_done_organisation": ("Bevestigd: de gegevens van {name} kloppen nog.",
                                "Confirmed: the details of {name} are still right."),
    "fresh_done_affiliation": ("Bevestigd: {person} is nog {role} bij {name}.",
                               "Confirmed: {person} is still {role} at {name}."),
    "fresh_org_confirmed": ("Gegevens laatst bevestigd", "Details last confirmed"),
    "fresh_org_stale": ("verouderd", "out of date"),
    "fresh_bad_what": ("Wat: kies organisaties, betrokkenheden of allebei.",
                       "What: choose organisations, affiliations or both."),
    "fresh_missing_organisation": ("Organisatie: er is geen organisatie gekozen. Er is niets bevestigd.",
                                   "Organisation: no organisation was chosen. Nothing was confirmed."),
    "fresh_bad_role": (
        "Rol: kies medewerker, coördinator, vrijwilliger of bestuurslid. Er is niets bevestigd.",
        "Role: choose staff, coordinator, volunteer or board member. Nothing was confirmed."),
    "fresh_unknown_organisation": (
        "Organisatie: deze organisatie bestaat niet (meer). Er is niets bevestigd.",
        "Organisation: this organisation does not exist (any more). Nothing was confirmed."),
    "fresh_unknown_affiliation": (
        "Betrokkenheid: deze persoon is (niet meer) in deze rol betrokken bij deze organisatie. Er is niets "
        "bevestigd.",
        "Affiliation: this person does not (or no longer) hold this role at this organisation. Nothing was "
        "confirmed."),
    "fresh_page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "fresh_prev": ("Vorige", "Previous"),
    "fresh_next": ("Volgende", "Next"),
    "fresh_report_heading": ("Actualiteit van de gegevens", "How current the data is"),
    # Task `departure`: vertrek melden, the overdrachtslijst (handover list) and the departure alerts.
    "departures_nav": ("Vertrek", "Departures"),
    "departures_title": ("Vertrek en overdracht", "Departures and handover"),
    "departures_intro": (
        "Meld hier dat iemand vertrekt. U ziet eerst de overdrachtslijst: wat er met die persoon "
        "vertrekt en wie het kan overnemen. Pas na ‘Bevestigen’ wordt de laatste dag vastgelegd.",
        "Report here that someone is leaving. You first see the handover list: what leaves with them "
        "and who can take it over. Only after ‘Confirm’ is the last day recorded."),
    "departures_back": ("Terug naar vertrek en overdracht", "Back to departures and handover"),
    "departure_new": ("Vertrek melden", "Report a departure"),
    "departure_new_intro": (
        "Kies de persoon, de organisatie die hij of zij verlaat en de laatste werkdag (in de toekomst "
        "of al voorbij).",
        "Choose the person, the organisation they leave and their last day (in the future or past)."),
    "departure_person_help": ("Typ een deel van de naam", "Type part of the name"),
    "departure_other_person": ("andere persoon kiezen", "choose someone else"),
    "departure_org_help": ("Naam van de organisatie", "Name of the organisation"),
    "departure_until": ("Laatste dag", "Last day"),
    "departure_until_help": ("bijvoorbeeld 31-03-2026", "for example 2026-03-31"),
    "departure_preview": ("Toon overdrachtslijst", "Show handover list"),
    "departure_not_shown": ("Controleer het formulier:", "Please check the form:"),
    "departure_nowhere": ("nergens", "nowhere"),
    "departure_not_active": ("nu nergens actief", "not active anywhere now"),
    "departure_error_person_missing": ("Persoon: vul een naam in.", "Person: enter a name."),
    "departure_error_person_unknown": (
        "Persoon: niemand gevonden met de naam ‘{value}’. Typ een deel van de naam en kies uit de lijst.",
        "Person: nobody found named ‘{value}’. Type part of the name and choose from the list."),
    "departure_error_person_choose": (
        "Persoon: meerdere mensen passen bij deze naam. Kies hieronder de juiste.",
        "Person: several people fit this name. Choose the right one below."),
    "departure_error_org_missing": ("Organisatie: kies de organisatie die de persoon verlaat.",
                                    "Organisation: choose the organisation the person leaves."),
    "departure_error_org": (
        "Organisatie: {name} is op {date} niet verbonden aan ‘{value}’. Wel aan: {orgs}.",
        "Organisation: {name} is not at ‘{value}’ on {date}. They are at: {orgs}."),
    "departure_error_date_missing": ("Laatste dag: vul een datum in, bijvoorbeeld 31-03-2026.",
                                     "Last day: enter a date, for example 2026-03-31."),
    "departure_error_date": (
        "Laatste dag: ‘{value}’ is geen datum. Schrijf bijvoorbeeld 31-03-2026 of 2026-03-31.",
        "Last day: ‘{value}’ is not a date. Write for example 2026-03-31 or 31-03-2026."),
    "departure_reason_knows": ("kent al {who} bij {org}", "already knows {who} at {org}"),
    "departure_reason_ends": ("vertrekt zelf op {date}", "leaves too, on {date}"),
    "departure_reason_stays": (
        "blijft naar verwachting nog {years} jaar ({role}, {chance} kans per jaar op vertrek)",
        "expected to stay another {years} years ({role}, {chance} chance per year of leaving)"),
    "departure_intro_via": (
        "Laat {leaver} vóór {date} {a} voorstellen aan {b} ({org}).",
        "Have {leaver} introduce {a} to {b} ({org}) before {date}."),
    "departure_intro": ("Stel {a} vóór {date} voor aan {b} ({org}).",
                        "Introduce {a} to {b} ({org}) before {date}."),
    "departure_recorded": (
        "Het vertrek van {name} bij {org} is vastgelegd: laatste dag {date}. Een beheerder kan dit "
        "ongedaan maken onder ‘Wijzigingen’.",
        "The departure of {name} from {org} is recorded: last day {date}. An administrator can undo "
        "it under ‘Changes’."),
    "departure_recorded_before": ("Het vertrek van {name} bij {org} op {date} was al vastgelegd.",
                                  "The departure of {name} from {org} on {date} had already been recorded."),
    "departure_alerts": ("Signalen: verbindingen die binnen {days} dagen wegvallen",
                         "Alerts: links lost within {days} days"),
    "departure_alerts_help": (
        "Verbindingen tussen organisaties waarvan iedereen die ze draagt binnen {days} dagen na {date} "
        "vertrekt. Open de overdrachtslijst van wie vertrekt.",
        "Links between organisations whose carriers all leave within {days} days of {date}. Open the "
        "handover list of whoever leaves."),
    "departure_alert_links": ("Daarna zonder drager ({n}):", "Without a carrier afterwards ({n}):"),
    "departure_alert_leaves": ("{name} vertrekt bij {org} (laatste dag {date})",
                               "{name} leaves {org} (last day {date})"),
    "departure_no_alerts": ("Geen verbindingen die binnen {days} dagen wegvallen.",
                            "No links lost within {days} days."),
    "departure_change": ("← Andere persoon of datum", "← Other person or date"),
    "handover_open": ("overdrachtslijst", "handover list"),
    "handover_title": ("Overdrachtslijst", "Handover list"),
    "handover_lead": ("{name} ({role}) vertrekt bij {org}. Laatste dag: {date}.",
                      "{name} ({role}) leaves {org}. Last day: {date}."),
    "handover_summary": ("Samenvatting", "Summary"),
    "handover_count_links": ("verbindingen die alleen aan deze persoon hangen",
                             "links that hang on this person alone"),
    "handover_count_partnerships": ("samenwerkingen als contactpersoon", "partnerships as contact person"),
    "handover_count_contacts": ("contacten bij andere organisaties", "contacts at other organisations"),
    "handover_count_introductions": ("introducties om te maken", "introductions to make"),
    "handover_links": ("Verbindingen die alleen aan {name} hangen", "Links that hang on {name} alone"),
    "handover_no_links": ("Geen: elke verbinding van {name} wordt ook door anderen gedragen.",
                          "None: every link of {name} is carried by others too."),
    "handover_partnerships": ("Samenwerkingen waarvoor {name} contactpersoon is",
                              "Partnerships {name} is contact person for"),
    "handover_no_partnerships": ("Geen.", "None."),
    "handover_introductions": ("Introducties om te maken vóór {date}", "Introductions to make before {date}"),
    "handover_no_introductions": ("Geen nodig: wie het overneemt, kent daar al iemand.",
                                  "None needed: whoever takes over already knows someone there."),
    "handover_contacts": ("Contacten van {name} bij andere organisaties",
                          "Contacts of {name} at other organisations"),
    "handover_no_contacts": ("Geen bekende contacten.", "No known contacts."),
    "handover_what": ("Wat er wegvalt", "What is lost"),
    "handover_hangs": ("Deze verbinding hangt alleen aan {name}: daarna draagt niemand haar meer.",
                       "This link hangs on {name} alone: afterwards nobody carries it."),
    "handover_still_carried": ("De verbinding blijft gedragen door {n} andere drager(s).",
                               "The link stays carried by {n} other carrier(s)."),
    "handover_paper_only": ("De samenwerking staat op papier; niemand anders draagt haar.",
                            "The partnership exists on paper; nobody else carries it."),
    "handover_contact_person": ("{name} is contactpersoon van de samenwerking.",
                                "{name} is the partnership's contact person."),
    "handover_knows_there": ("{name} kent daar", "{name} knows there"),
    "handover_successors": ("Wie kan het overnemen", "Who can take it over"),
    "handover_no_successors": ("Er blijft niemand over bij {org}.", "Nobody remains at {org}."),
    "handover_introduction": ("Introductie", "Introduction"),
    "handover_print": ("Afdrukken", "Print"),
    "handover_note": (
        "Volgorde van opvolgers: eerst wie al iemand kent bij de partner, dan wie naar verwachting het "
        "langst blijft (volgens het verloop per rol in de gegevens).",
        "Order of successors: first who already knows someone at the partner, then who is expected to "
        "stay longest (from the turnover per role in the data)."),
    "handover_recorded": ("Dit vertrek is vastgelegd: {name} bij {org}, laatste dag {date}.",
                          "This departure is recorded: {name} at {org}, last day {date}."),
    "handover_confirm_title": ("Vertrek bevestigen", "Confirm the departure"),
    "handover_confirm_text": ("Leg vast dat {date} de laatste dag van {name} bij {org} is.",
                              "Record that {date} is the last day of {name} at {org}."),
    "handover_confirm": ("Bevestigen", "Confirm"),
    "what_if_departure": ("Vertrek melden", "Report a departure"),
    # Task `edit` (issue 15 item 2): editing records in the browser, with conflict refusal.
    "edit_nav": ("Bijwerken", "Update"),
    "edit_hub_title": ("Gegevens bijwerken", "Update the data"),
    "edit_hub_intro": ("Voeg een organisatie, persoon of samenwerking toe. Een bestaande organisatie of "
                       "persoon bewerk je met de knop ‘Bewerken’ op haar pagina.",
                       "Add an organisation, person or partnership. Edit an existing organisation or "
                       "person with the ‘Edit’ button on its page."),
    "edit_title_organisations_new": ("Nieuwe organisatie", "New organisation"),
    "edit_title_organisations": ("Organisatie bewerken", "Edit organisation"),
    "edit_title_people_new": ("Nieuwe persoon", "New person"),
    "edit_title_people": ("Persoon bewerken", "Edit person"),
    "edit_title_affiliations_new": ("Rol toevoegen", "Add a role"),
    "edit_title_affiliations": ("Rol bewerken", "Edit role"),
    "edit_title_contacts_new": ("Contact toevoegen", "Add a contact"),
    "edit_title_partnerships_new": ("Nieuwe samenwerking", "New partnership"),
    "edit_title_partnerships": ("Samenwerking bewerken", "Edit partnership"),
    "edit_link_edit": ("Bewerken", "Edit"),
    "edit_link_affiliation": ("Rol toevoegen", "Add a role"),
    "edit_link_contact": ("Contact toevoegen", "Add a contact"),
    "edit_link_partnership": ("Samenwerking toevoegen", "Add a partnership"),
    "edit_save": ("Opslaan", "Save"),
    "edit_save_anyway": ("Toch mijn waarden opslaan", "Save my values anyway"),
    "edit_cancel": ("Terug zonder opslaan", "Back without saving"),
    "edit_saved": ("Opgeslagen.", "Saved."),
    "edit_unchanged": ("Er was niets veranderd; er is niets opgeslagen.",
                       "Nothing had changed; nothing was saved."),
    "edit_required": ("verplicht", "required"),
    "edit_choose": ("– kies –", "– choose –"),
    "edit_unknown": ("onbekend", "unknown"),
    "edit_languages_other": ("Andere talen (naam of code, gescheiden door ;)",
                             "Other languages (name or code, separated by ;)"),
    "edit_problems": ("Niet opgeslagen: verbeter de gemarkeerde velden. Er is niets veranderd.",
                      "Not saved: correct the marked fields. Nothing was changed."),
    "edit_not_found": ("Dit gegeven bestaat niet (meer).", "This record does not exist (any more)."),
    "edit_conflict": ("Niet opgeslagen: iemand anders heeft dit gegeven gewijzigd nadat u het formulier "
                      "opende. Hieronder staat wat er veranderd is. Uw invoer staat nog in het formulier: "
                      "kies per veld wat klopt en sla opnieuw op.",
                      "Not saved: someone else changed this record after you opened the form. What "
                      "changed is listed below. Your input is still in the form: choose per field what is "
                      "right and save again."),
    "edit_conflict_exists": ("Niet opgeslagen: dit gegeven bestaat al (iemand anders heeft het net "
                             "toegevoegd). Hieronder staat wat er is opgeslagen; sla opnieuw op om het "
                             "met uw invoer te wijzigen.",
                             "Not saved: this record exists already (someone else just added it). What "
                             "was saved is listed below; save again to change it with your input."),
    "edit_conflict_removed": ("Niet opgeslagen: dit gegeven is verwijderd nadat u het formulier opende.",
                              "Not saved: this record was removed after you opened the form."),
    "edit_changes_title": ("Gewijzigd door iemand anders", "Changed by someone else"),
    "edit_col_field": ("Veld", "Field"),
    "edit_col_before": ("Toen u het opende", "When you opened it"),
    "edit_col_theirs": ("Nu opgeslagen", "Saved now"),
    "edit_col_yours": ("Uw invoer", "Your input"),
    "edit_affiliations": ("Rollen bij organisaties", "Roles at organisations"),
    "edit_partnerships": ("Samenwerkingen", "Partnerships"),
    "edit_none": ("Nog geen.", "None yet."),
    "edit_f_id": ("Id", "Id"),
    "edit_f_name": ("Naam", "Name"),
    "edit_f_kind": ("Soort", "Kind"),
    "edit_f_address": ("Adres", "Address"),
    "edit_f_postcode": ("Postcode", "Postcode"),
    "edit_f_phone": ("Telefoon", "Phone"),
    "edit_f_email": ("E-mail", "E-mail"),
    "edit_f_website": ("Website", "Website"),
    "edit_f_services": ("Aanbod (hulpvragen)", "Services (needs)"),
    "edit_f_languages": ("Talen", "Languages"),
    "edit_f_area": ("Wijk (waar het is)", "Wijk (where it is)"),
    "edit_f_serves_areas": ("Werkgebied (leeg: heel Rotterdam)", "Areas served (empty: all of Rotterdam)"),
    "edit_f_capacity": ("Capaciteit (plaatsen)", "Capacity (places)"),
    "edit_f_waitlist": ("Wachtlijst (personen)", "Waiting list (people)"),
    "edit_f_nondutch_roles": ("Vrijwilligersrollen voor anderstaligen",
                              "Volunteer roles for non-Dutch speakers"),
    "edit_f_description": ("Omschrijving", "Description"),
    "edit_f_person_id": ("Persoon", "Person"),
    "edit_f_organisation_id": ("Organisatie", "Organisation"),
    "edit_f_role": ("Rol", "Role"),
    "edit_f_since": ("Sinds", "Since"),
    "edit_f_until": ("Tot en met", "Until"),
    "edit_f_other_person_id": ("Kent", "Knows"),
    "edit_f_context": ("Verband", "Context"),
    "edit_f_strength": ("Sterkte", "Strength"),
    "edit_f_partner_id": ("Partnerorganisatie", "Partner organisation"),
    "edit_f_partnerships_kind": ("Soort samenwerking", "Kind of partnership"),
    "edit_f_contact_person_ids": ("Contactpersonen", "Contact persons"),
    "edit_help_area": ("Typ een wijknaam of een CBS-code; laat leeg als het niet vastligt.",
                       "Type a wijk name or a CBS code; leave empty if it has none."),
    "edit_help_areas": ("Kies de gebieden, of open de lijst om losse wijken te kiezen.",
                        "Choose the areas, or open the list to choose single districts."),
    "edit_areas_wijken": ("Losse wijken kiezen", "Choose single districts"),
    "edit_help_person": ("Typ een naam en kies uit de lijst.", "Type a name and choose from the list."),
    "edit_help_people": ("Typ namen en scheid ze met ;, bijvoorbeeld: Anne de Vries; Omar Haddad.",
                         "Type names separated by ;, for example: Anne de Vries; Omar Haddad."),
    "edit_help_count": ("Een heel getal, 0 of meer.", "A whole number, 0 or more."),
    "edit_role_staff": ("Medewerker", "Staff"),
    "edit_role_coordinator": ("Coördinator", "Coordinator"),
    "edit_role_volunteer": ("Vrijwilliger", "Volunteer"),
    "edit_role_board": ("Bestuurslid", "Board member"),
    "edit_context_partnership": ("Samenwerking", "Partnership"),
    "edit_context_project": ("Project", "Project"),
    "edit_context_informal": ("Informeel", "Informal"),
    "edit_strength_1": ("1 – zwak", "1 – weak"),
    "edit_strength_2": ("2 – gemiddeld", "2 – medium"),
    "edit_strength_3": ("3 – sterk", "3 – strong"),
    "edit_err_required": ("Vul dit veld in.", "Fill in this field."),
    "edit_err_date": ("‘{value}’ is geen datum: schrijf 2025-03-01 of 01-03-2025.",
                      "‘{value}’ is not a date: write 2025-03-01 or 01-03-2025."),
    "edit_err_choice": ("‘{value}’ is geen van de mogelijke keuzes: kies er een uit de lijst.",
                        "‘{value}’ is not one of the choices: pick one from the list."),
    "edit_err_strength": ("‘{value}’ is geen sterkte: kies 1 (zwak), 2 of 3 (sterk).",
                          "‘{value}’ is not a strength: choose 1 (weak), 2 or 3 (strong)."),
    "edit_err_negative": ("‘{value}’ is negatief: vul 0 of meer in.",
                          "‘{value}’ is negative: enter 0 or more."),
    "edit_err_number": ("‘{value}’ is geen heel getal.", "‘{value}’ is not a whole number."),
    "edit_err_bool": ("‘{value}’ is geen ja of nee.", "‘{value}’ is not yes or no."),
    "edit_err_too_long": ("Te lang: {size} tekens, hooguit {limit}.",
                          "Too long: {size} characters, at most {limit}."),
    "edit_err_order": ("De einddatum {until} ligt vóór de begindatum {since}.",
                       "The end date {until} is before the start date {since}."),
    "edit_err_self_contact": ("Iemand kan niet zijn eigen contact zijn.",
                              "A person cannot be their own contact."),
    "edit_err_self_partner": ("Een organisatie kan niet met zichzelf samenwerken.",
                              "An organisation cannot partner with itself."),
    "edit_err_language": ("Onbekende taal: {value}. Gebruik een taalnaam (Arabisch) of code (ar).",
                          "Unknown language: {value}. Use a language name (Arabic) or code (ar)."),
    "edit_err_area": ("‘{value}’ is geen bekende wijk of gebied.{hint}",
                      "‘{value}’ is not a known wijk or gebied.{hint}"),
    "edit_err_area_hint": (" Bedoelt u ‘{hint}’?", " Did you mean ‘{hint}’?"),
    "edit_err_unknown_person": ("‘{value}’ is geen bekende persoon: kies een naam uit de lijst.",
                                "‘{value}’ is not a known person: choose a name from the list."),
    "edit_err_unknown_organisation": ("‘{value}’ is geen bekende organisatie: kies er een uit de lijst.",
                                      "‘{value}’ is not a known organisation: choose one from the list."),
    "edit_err_id_used": ("Het id ‘{value}’ is al in gebruik voor een andere samenwerking.",
                         "The id ‘{value}’ is already used for another partnership."),
    # Task `words` (issue 12 items 2, 3): names not codes, plain words first, the Uitleg page.
    "commission_nav": ("Gemeentevragen", "Commission"),
    "log_out": ("uitloggen", "log out"),
    "uitleg_nav": ("Uitleg", "Explanations"),
    "person_role_staff": ("medewerker", "staff member"),
    "person_role_coordinator": ("coördinator", "coordinator"),
    "person_role_volunteer": ("vrijwilliger", "volunteer"),
    "person_role_board": ("bestuurslid", "board member"),
    "referral_status_sent": ("verstuurd", "sent"),
    "referral_status_accepted": ("aangenomen", "accepted"),
    "referral_status_rejected": ("afgewezen", "declined"),
    "referral_status_no_capacity": ("geen plek", "no room"),
    "referral_status_completed": ("afgerond", "completed"),
    "contact_context_partnership": ("via een samenwerking", "through a partnership"),
    "contact_context_project": ("via een project", "through a project"),
    "contact_context_informal": ("informeel", "informal"),
    "link_kind_partnership": ("samenwerking", "partnership"),
    "link_kind_referral": ("verwijsroute", "referral route"),
    "partnerships": ("Samenwerkingen", "Partnerships"),
    "links_weakened": ("Verzwakte verbindingen", "Links weakened"),
    "analyst_details": ("Details voor analisten", "Details for analysts"),
    "analyst_details_intro": ("Deze cijfers zijn voor wie het netwerk verder analyseert; wat ze betekenen "
                              "staat op de pagina Uitleg.",
                              "These figures are for those analysing the network further; the Explanations "
                              "page says what they mean."),
    "what_means": ("wat betekent dit?", "what does this mean?"),
    "cbs_code": ("CBS-code", "CBS code"),
    "link_people": ("Aantal mensen dat deze verbinding draagt", "Number of people carrying this link"),
    "link_people_one": ("hangt aan één persoon", "hangs on one person"),
    "shown_count": ("in beeld", "shown"),
    "links_shown": ("verbindingen in beeld", "links shown"),
    "open_page_plain": ("Klik op een organisatie of persoon om de pagina te openen.",
                        "Click an organisation or person to open its page."),
    "people_hidden_plain": ("Personen niet getoond: dat zouden er te veel worden ({n}). Kies eerst een "
                            "gebied, soort of hulpvraag.",
                            "People not shown: that would be too many ({n}). First choose an area, kind "
                            "or need."),
    "network_group": ("Groep {n}", "Group {n}"),
    "group": ("Groep (onderling sterk verbonden)", "Group (closely linked)"),
    "size_links": ("Aantal verbindingen", "Number of links"),
    "in_years": ("over {n} jaar", "in {n} years"),
    "in_one_year": ("over 1 jaar", "in 1 year"),
    "pairs_connected_in": ("Organisatieparen die {when} naar verwachting nog verbonden zijn",
                           "Organisation pairs expected to be still connected {when}"),
    "links_lost_in": ("Verbindingen die {when} naar verwachting weg zijn",
                      "Links expected to be gone {when}"),
    "loss_chance_plain": ("Kans dat de verbinding {when} weg is", "Chance the link is gone {when}"),
    "simulation_plain": ("Wat gebeurt er als mensen vertrekken zoals ze dat gewoonlijk doen?",
                         "What happens if people leave as they usually do?"),
    "simulation_years": ("Hoeveel jaar vooruit", "How many years ahead"),
    "simulation_runs": ("Herhalingen van de simulatie", "Runs of the simulation"),
    "simulation_seed": ("Startgetal van het toeval (zelfde getal = zelfde uitkomst)",
                        "Random seed (same number = same outcome)"),
    "alert_carriers_one": ("1 persoon draagt de verbinding", "1 person carries the link"),
    "alert_carriers_n": ("{n} mensen dragen de verbinding", "{n} people carry the link"),
    "alert_ends": ("{a} — {b}: verbinding vervalt op {date} ({carriers})",
                   "{a} — {b}: link ends on {date} ({carriers})"),
    "reason_suggest_one": ("1 verwijzing in het afgelopen jaar tussen {a} en {b}, maar niemand kent "
                           "elkaar daar",
                           "1 referral in the past year between {a} and {b}, but nobody there knows "
                           "each other"),
    "unknown_gebied": ("gebied onbekend", "district unknown"),
    "buddies_one_person": ("Verbindingen die aan één persoon hangen", "Links that hang on one person"),
    # The Uitleg page (/uitleg): every figure in plain words; anchors are the keys' middle part.
    "uitleg_title": ("Uitleg: wat de cijfers betekenen", "Explanations: what the figures mean"),
    "uitleg_intro": ("Op deze pagina staat in gewone woorden wat elk cijfer in netwerkkaart betekent. Naast "
                     "een cijfer staat een ‘?’ die naar de uitleg hier verwijst.",
                     "This page says in plain words what each figure in netwerkkaart means. Next to a "
                     "figure, a ‘?’ links to its explanation here."),
    "uitleg_guide": ("Hoe u netwerkkaart gebruikt, per rol, staat in de gebruikershandleiding "
                     "(docs/gebruikers.md in de projectmap).",
                     "How to use netwerkkaart, per role, is in the user guide (docs/gebruikers.md in the "
                     "project folder; in Dutch)."),
    "uitleg_main": ("De cijfers op de hoofdpagina's", "The figures on the main pages"),
    "uitleg_analysts": ("Voor analisten", "For analysts"),
    "uitleg_analysts_intro": ("Deze cijfers staan onder ‘Details voor analisten’ en in de API.",
                              "These figures are under ‘Details for analysts’ and in the API."),
    "uitleg_verbinding_term": ("Verbinding tussen organisaties", "Link between organisations"),
    "uitleg_verbinding_text": ("Twee organisaties zijn verbonden als iemand bij allebei actief is, of als "
                               "iemand van de ene organisatie iemand van de andere kent. Een afspraak op "
                               "papier "
                               "(samenwerking of verwijsroute) zonder zo iemand telt niet als verbinding.",
                               "Two organisations are linked when someone is active at both, or someone at "
                               "one knows someone at the other. An agreement on paper (partnership or "
                               "referral "
                               "route) without such a person does not count as a link."),
    "uitleg_dragers_term": ("Aantal mensen dat een verbinding draagt", "Number of people carrying a link"),
    "uitleg_dragers_text": ("Hoeveel mensen er minstens moeten vertrekken voordat de verbinding weg is. Is "
                            "dat "
                            "1, dan hangt de verbinding aan één persoon. Analisten noemen dit de busfactor.",
                            "How many people must leave at least before the link is gone. If that is 1, the "
                            "link hangs on one person. Analysts call this the bus factor."),
    "uitleg_een-persoon_term": ("Hangt aan één persoon", "Hangs on one person"),
    "uitleg_een-persoon_text": ("De verbinding is weg als één bepaalde persoon vertrekt (of één van een "
                                "tweetal dat elkaar kent). Een tweede contactpersoon maakt haar sterker.",
                                "The link is gone when one particular person leaves (or either of a pair who "
                                "know each other). A second contact makes it stronger."),
    "uitleg_zonder-drager_term": ("Verbinding zonder bekende drager", "Link with no known carrier"),
    "uitleg_zonder-drager_text": ("Een samenwerking of verwijsroute die op papier bestaat, maar waarvan we "
                                  "niemand kennen die haar draagt.",
                                  "A partnership or referral route that exists on paper, but nobody we know "
                                  "carries it."),
    "uitleg_sleutelpersonen_term": ("Sleutelpersonen", "Key people"),
    "uitleg_sleutelpersonen_text": ("Mensen bij wier vertrek verbindingen wegvallen of organisaties elkaar "
                                    "niet meer kunnen bereiken.",
                                    "People whose departure breaks links or leaves organisations unable to "
                                    "reach each other."),
    "uitleg_vertrek_term": ("Gevolgen als iemand vertrekt", "Impact if someone leaves"),
    "uitleg_vertrek_text": ("Verbroken verbindingen: verbindingen die dan weg zijn. Geïsoleerde "
                            "organisaties: "
                            "organisaties die dan met niemand meer verbonden zijn. Losgeraakte paren: paren "
                            "organisaties die elkaar dan niet meer, ook niet via anderen, kunnen bereiken.",
                            "Links broken: links that are then gone. Organisations isolated: organisations "
                            "then linked to nobody. Pairs disconnected: pairs of organisations that can then "
                            "no longer reach each other, not even through others."),
    "uitleg_kans_term": ("Kans dat de verbinding er over een jaar nog is", "Chance the link is still there "
                                                                           "in "
                         "a year"),
    "uitleg_kans_text": ("Berekend uit hoe lang mensen gewoonlijk bij een organisatie blijven: hoe groter de "
                         "kans dat de dragers vertrekken, hoe groter de kans dat de verbinding weg is. De "
                         "lijst ‘Verbindingen die wegvallen als één persoon vertrekt’ toont de kans dat ze "
                         "weg is.",
                         "Computed from how long people usually stay at an organisation: the likelier the "
                         "carriers leave, the likelier the link is gone. The list ‘Links lost when one "
                         "person leaves’ shows the chance it is gone."),
    "uitleg_simulatie_term": ("Verwacht verlies bij gewoon verloop", "Expected loss under usual turnover"),
    "uitleg_simulatie_text": ("We laten mensen vele keren ‘op papier’ vertrekken, zo vaak als dat in het "
                              "echt gebeurt, en tellen hoeveel verbindingen weg zijn en hoeveel paren "
                              "organisaties nog verbonden zijn, gemiddeld over alle herhalingen.",
                              "We let people leave ‘on paper’ many times, as often as they do in real life, "
                              "and count how many links are gone and how many pairs of organisations are "
                              "still connected, averaged over all runs."),
    "uitleg_paren_term": ("Verbonden organisatieparen", "Connected pairs of organisations"),
    "uitleg_paren_text": ("Het deel van alle paren organisaties dat elkaar via één of meer verbindingen kan "
                          "bereiken. ‘+12 organisatieparen verbonden’ betekent: twaalf paren meer dan "
                          "ervoor.",
                          "The share of all pairs of organisations that can reach each other through one "
                          "or more links. ‘+12 pairs connected’ means twelve more pairs than before."),
    "uitleg_robuustheid_term": ("Robuustheid", "Robustness"),
    "uitleg_robuustheid_text": ("Hoe snel het netwerk uit elkaar valt als steeds meer mensen vertrekken: "
                                "willekeurig, of de belangrijkste eerst.",
                                "How fast the network falls apart as more and more people leave: at random, "
                                "or the most important first."),
    "uitleg_tweede-contact_term": ("Tweede contact en kennismaking", "Second contact and introduction"),
    "uitleg_tweede-contact_text": ("Een voorstel voor iemand die een verbinding mee kan dragen, of voor twee "
                                   "mensen die elkaar zouden moeten leren kennen, omdat ze het langst "
                                   "blijven "
                                   "of omdat hun organisaties al naar elkaar verwijzen.",
                                   "A suggestion for someone who could help carry a link, or for two people "
                                   "who should meet, because they are likely to stay longest or their "
                                   "organisations already refer to each other."),
    "uitleg_vraag-aanbod_term": ("Vraag, aanbod en tekort", "Demand, supply and shortfall"),
    "uitleg_peildatum_term": ("Peildatum", "As-of date"),
    "uitleg_peildatum_text": ("De dag waarop de cijfers gelden: wie toen actief was, welke verbindingen er "
                              "toen waren.",
                              "The day the figures hold for: who was active then, which links existed then."),
    "uitleg_cbs-code_term": ("CBS-code", "CBS code"),
    "uitleg_cbs-code_text": ("De code van het CBS voor een gebied (WK…) of wijk (BU…); handig om cijfers te "
                             "koppelen aan andere bronnen.",
                             "Statistics Netherlands' code for a district (WK…) or neighbourhood (BU…); "
                             "useful to join figures with other sources."),
    "uitleg_graad_term": ("Graad", "Degree"),
    "uitleg_graad_text": ("Met hoeveel andere organisaties een organisatie verbonden is.",
                          "How many other organisations an organisation is linked to."),
    "uitleg_tussenpositie_term": ("Tussenpositie", "Betweenness"),
    "uitleg_tussenpositie_text": ("Hoe vaak een organisatie op de kortste weg tussen twee andere ligt: een "
                                  "hoog getal betekent een brug tussen delen van het netwerk.",
                                  "How often an organisation lies on the shortest path between two others: a "
                                  "high number means a bridge between parts of the network."),
    "uitleg_pagerank_term": ("PageRank", "PageRank"),
    "uitleg_pagerank_text": ("Hoe centraal een organisatie is, waarbij verbindingen met centrale "
                             "organisaties "
                             "zwaarder tellen.",
                             "How central an organisation is, links to central organisations counting more."),
    "uitleg_nabijheid_term": ("Nabijheid", "Closeness"),
    "uitleg_nabijheid_text": ("Hoe dicht een organisatie gemiddeld bij alle andere ligt (in stappen).",
                              "How close an organisation is to all others on average (in steps)."),
    "uitleg_beperking_term": ("Beperking (Burt)", "Constraint (Burt)"),
    "uitleg_beperking_text": ("Hoe sterk de contacten van een organisatie ook elkaar kennen: laag betekent "
                              "dat ze groepen verbindt die elkaar anders niet kennen.",
                              "How much an organisation's contacts also know each other: low means it "
                              "links groups that otherwise do not know each other."),
    "uitleg_groep_term": ("Groep (gemeenschap)", "Group (community)"),
    "uitleg_groep_text": ("Organisaties die onderling veel meer verbonden zijn dan met de rest; het nummer "
                          "zegt niets over de groep zelf.",
                          "Organisations far more linked to each other than to the rest; the number says "
                          "nothing about the group itself."),
    "uitleg_winst_term": ("Winst van een kennismaking", "Gain of an introduction"),
    "uitleg_winst_text": ("Hoeveel een voorgestelde kennismaking het netwerk naar verwachting sterker maakt "
                          "(in verbonden paren).",
                          "How much a suggested introduction is expected to strengthen the network (in "
                          "connected pairs)."),
    # Task `upload`: upload in the browser with a preview, then "Doorvoeren" (issue 15 item 1).
    "upload_nav": ("Gegevens bijwerken", "Update data"),
    "upload_title": ("Gegevens bijwerken", "Update data"),
    "upload_intro": ("Lees een spreadsheet in. U ziet eerst wat er verandert; pas als u op Doorvoeren "
                     "klikt, wordt de kaart bijgewerkt.",
                     "Read in a spreadsheet. You first see what changes; the map is only updated when you "
                     "click Commit."),
    "upload_formats": ("Een Excel-bestand (.xlsx) volgens het sjabloon, een of meer CSV-bestanden of een "
                       "zip met CSV-bestanden. Exports uit Kumu en HSDS worden ook gelezen.",
                       "An Excel file (.xlsx) following the template, one or more CSV files or a zip of CSV "
                       "files. Exports from Kumu and HSDS are read too."),
    "upload_limit": ("Hoogstens {limit} MB per keer.", "At most {limit} MB at a time."),
    "upload_template_link": ("Download het sjabloon (.xlsx)", "Download the template (.xlsx)"),
    "upload_file_label": ("Bestand of bestanden", "File or files"),
    "upload_preview_button": ("Bekijk wat er verandert", "Preview the changes"),
    "upload_too_big": ("Het bestand is te groot: hoogstens {limit} MB per keer. Er is niets opgeslagen of "
                       "gewijzigd. Splits het bestand, of lees het in met 'netwerkkaart ingest'.",
                       "The file is too large: at most {limit} MB at a time. Nothing was stored or changed. "
                       "Split the file, or read it in with 'netwerkkaart ingest'."),
    "upload_no_file": ("Kies eerst een bestand. Er is niets gewijzigd.",
                       "Choose a file first. Nothing was changed."),
    "upload_errors_title": ("Het bestand bevat fouten", "The file has errors"),
    "upload_errors_text": ("Er is niets gewijzigd. Verbeter de fouten hieronder en lees het bestand "
                           "opnieuw in.",
                           "Nothing was changed. Correct the errors below and read the file in again."),
    "upload_errors_not_shown": ("En nog {n} fouten die op de getoonde lijken (niet getoond).",
                                "And {n} more errors like the ones shown (not shown)."),
    "upload_col_where": ("Waar", "Where"),
    "upload_col_sheet": ("blad", "sheet"),
    "upload_col_row": ("rij", "row"),
    "upload_col_column": ("kolom", "column"),
    "upload_col_message": ("Melding", "Message"),
    "upload_col_record": ("Gegeven", "Record"),
    "upload_col_field": ("Veld", "Field"),
    "upload_col_old": ("Was", "Was"),
    "upload_col_new": ("Wordt", "Becomes"),
    "upload_warnings_title": ("Opmerkingen (geen fouten)", "Remarks (not errors)"),
    "upload_preview_title": ("Voorvertoning: wat er verandert", "Preview: what changes"),
    "upload_preview_text": ("Er is nog niets gewijzigd. Controleer de wijzigingen en kies dan Doorvoeren.",
                            "Nothing has been changed yet. Check the changes, then choose Commit."),
    "upload_files": ("Bestanden", "Files"),
    "upload_commit_button": ("Doorvoeren", "Commit"),
    "upload_nothing_changes": ("Dit bestand verandert niets: alles staat er al zo in.",
                               "This file changes nothing: everything is already as it says."),
    "upload_created": ("Nieuw", "New"),
    "upload_updated": ("Gewijzigd", "Changed"),
    "upload_unchanged": ("Ongewijzigd", "Unchanged"),
    "upload_counts": ("{created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd",
                      "{created} new, {updated} changed, {unchanged} unchanged"),
    "upload_show_all": ("Alle {n} tonen", "Show all {n}"),
    "upload_page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "upload_previous": ("Vorige pagina", "Previous page"),
    "upload_next": ("Volgende pagina", "Next page"),
    "upload_back": ("Terug naar de voorvertoning", "Back to the preview"),
    "upload_again": ("Een ander bestand inlezen", "Read in another file"),
    "upload_file_changed": ("Niet doorgevoerd: het bestand is veranderd sinds de voorvertoning. Er is niets "
                            "gewijzigd; lees het bestand opnieuw in.",
                            "Not committed: the file has changed since the preview. Nothing was changed; "
                            "read the file in again."),
    "upload_data_changed": ("Niet doorgevoerd: de gegevens zijn sinds de voorvertoning gewijzigd (door "
                            "iemand anders, of door een andere upload). Er is niets gewijzigd; lees het "
                            "bestand opnieuw in voor een nieuwe voorvertoning.",
                            "Not committed: the data has changed since the preview (by someone else, or by "
                            "another upload). Nothing was changed; read the file in again for a new "
                            "preview."),
    "upload_not_previewed": ("Niet doorgevoerd: van deze upload is geen voorvertoning gemaakt. Er is niets "
                             "gewijzigd.",
                             "Not committed: this upload was never previewed. Nothing was changed."),
    "upload_unknown": ("Deze upload bestaat niet (meer): hij is al doorgevoerd of verlopen. Lees het bestand "
                       "opnieuw in.", "This upload does not exist (any more): it was committed already or it "
                       "expired. Read the file in again."),
    "upload_done_title": ("Doorgevoerd", "Committed"),
    "upload_done_text": ("De wijzigingen staan in de kaart (run {run}). Een beheerder kan ze ongedaan maken "
                         "via Runs.", "The changes are in the map (run {run}). An administrator can undo "
                         "them under Runs."),
    "upload_done_orgs": ("Gewijzigde organisaties", "Organisations changed"),
    "upload_done_no_orgs": ("Er zijn geen organisaties gewijzigd.", "No organisations were changed."),
    "upload_yes": ("ja", "yes"),
    "upload_no": ("nee", "no"),
    "upload_field_id": ("id", "id"),
    "upload_field_code": ("code", "code"),
    "upload_field_name": ("naam", "name"),
    "upload_field_kind": ("soort", "kind"),
    "upload_field_level": ("niveau", "level"),
    "upload_field_description": ("omschrijving", "description"),
    "upload_field_website": ("website", "website"),
    "upload_field_email": ("e-mail", "e-mail"),
    "upload_field_phone": ("telefoon", "phone"),
    "upload_field_postcode": ("postcode", "postcode"),
    "upload_field_address": ("adres", "address"),
    "upload_field_services": ("hulpvragen", "services"),
    "upload_field_languages": ("talen", "languages"),
    "upload_field_area": ("gebied", "area"),
    "upload_field_serves_areas": ("werkgebied", "serves"),
    "upload_field_capacity": ("capaciteit", "capacity"),
    "upload_field_waitlist": ("wachtlijst", "waiting list"),
    "upload_field_nondutch_roles": ("rollen voor anderstaligen", "roles for non-Dutch speakers"),
    "upload_field_since": ("sinds", "since"),
    "upload_field_until": ("tot", "until"),
    "upload_field_context": ("verband", "context"),
    "upload_field_strength": ("sterkte", "strength"),
    "upload_field_contact_person_ids": ("contactpersonen", "contact persons"),
    "upload_field_date": ("datum", "date"),
    "upload_field_need": ("hulpvraag", "need"),
    "upload_field_language": ("taal", "language"),
    "upload_field_status": ("status", "status"),
    "upload_field_count": ("aantal", "count"),
    "upload_field_period": ("periode", "period"),
    "upload_field_period_start": ("begin periode", "period start"),
    "upload_field_period_end": ("einde periode", "period end"),
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


# Task `directory`: code values by their display names.
def kind_name(code: str | None, lang: str) -> str:
    """Return an organisation kind's display name (the code itself when unknown)."""
    return text(f"kind_{code}", lang) if code and known(f"kind_{code}") else (code or "–")


def need_name(code: str, lang: str) -> str:
    """Return a support type's display name (the code itself when unknown)."""
    return text(f"need_{code}", lang) if known(f"need_{code}") else code


@lru_cache(maxsize=2048)
def language_name(code: str, lang: str) -> str:
    """Return a language's name in `lang` from its ISO 639 code ('ar' -> 'Arabisch'), else the code.

    The one place language names are made (pages, finder, matching, report): CLDR's names, from Babel
    when it is installed, else from langcodes (a dependency, which reads the same CLDR data)."""
    name = _babel_language(code, lang) or _langcodes_language(code, lang)
    return name[:1].upper() + name[1:] if name else code


def _babel_language(code: str, lang: str) -> str | None:
    try:
        from babel import Locale  # optional
    except ImportError:
        return None
    try:
        return Locale.parse(lang).languages.get(code)
    except (ValueError, LookupError):
        return None


def _langcodes_language(code: str, lang: str) -> str | None:
    import langcodes  # lazily: its name tables load on first use

    try:
        name = langcodes.Language.get(code).display_name(lang)
    except (LookupError, ValueError):
        return None
    # langcodes answers an unknown code with a description such as "Unknown language [xx]".
    return None if not name or "[" in name else name


# Task `words` (issue 12 items 2, 3): the data's other codes by their display names.
def role_name(code: str | None, lang: str) -> str:
    """Return a person's role at an organisation by its display name ('volunteer' -> 'vrijwilliger')."""
    return _name("person_role", code, lang)


def status_name(code: str | None, lang: str) -> str:
    """Return a referral status by its display name ('accepted' -> 'aangenomen')."""
    return _name("referral_status", code, lang)


def context_name(code: str | None, lang: str) -> str:
    """Return the context of a contact between people by its display name ('informal' -> 'informeel')."""
    return _name("contact_context", code, lang)


def link_kind_name(code: str | None, lang: str) -> str:
    """Return the kind of a link between organisations on paper ('partnership' -> 'samenwerking';
    'partnership:convenant', with the data's own word for its kind, -> 'samenwerking (convenant)')."""
    base, _, own = (code or "").partition(":")
    name = _name("link_kind", base or None, lang)
    return f"{name} ({own})" if own else name


def _name(prefix: str, code: str | None, lang: str) -> str:
    key = f"{prefix}_{code}"
    return text(key, lang) if code and known(key) else (code or "–")
