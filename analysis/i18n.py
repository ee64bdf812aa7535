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
