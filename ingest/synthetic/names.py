"""Word lists for a believable synthetic Rotterdam (all invented; any likeness is chance)."""

from __future__ import annotations

FIRST_NAMES = (
    "Anne", "Bram", "Daan", "Emma", "Fatima", "Hassan", "Ilse", "Jan", "Joris", "Julia",
    "Kees", "Lotte", "Mohamed", "Noor", "Pieter", "Priya", "Ruud", "Sanne", "Thijs", "Yasmina",
    "Ahmet", "Ayse", "Bilal", "Chantal", "Dewi", "Esra", "Femke", "Gerrit", "Hanneke", "Ibrahim",
    "Jasper", "Karim", "Lisa", "Marieke", "Nadia", "Omar", "Petra", "Rachid", "Samira", "Tamara",
    "Wim", "Yusuf", "Zeynep", "Abebe", "Senait", "Olena", "Dmytro", "Farida", "Sahar", "Tesfay",
    "Aziz", "Hiba", "Kofi", "Mirjam", "Ricardo", "Soraya", "Vincent", "Wendy", "Youssef", "Zahra",
)
SURNAMES = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "El Amrani", "Yilmaz", "Kaya", "Demir", "Boukhari", "Haddou", "Tekle", "Gebremariam",
    "Haidari", "Rahimi", "Kovalenko", "Shevchenko", "Nowak", "Kowalski", "Mohamud", "Warsame",
    "Martina", "Rosario", "Kromowidjojo", "Soekhai", "Ramdin", "Benali", "Aydin", "Öztürk",
    "van den Berg", "van Dam", "Verhoeven", "Koster", "Prins", "Huisman", "Post", "Kuipers",
)
COMMUNITIES = (
    "Eritrese Gemeenschap", "Syrische Vrouwen", "Afghaanse Stichting", "Oekraïense Rotterdammers",
    "Somalische Jongeren", "Turkse Ouders", "Marokkaanse Vaders", "Kaapverdiaanse Vereniging",
    "Antilliaanse Moeders", "Poolse Gemeenschap", "Iraanse Culturele Stichting",
    "Ethiopische Gemeenschap", "Sudanese Stichting", "Koerdische Vrouwen", "Jemenitische Gemeenschap",
)
RELIGIOUS = ("Moskee", "Kerk", "Pauluskerk", "Migrantenkerk", "Gebedshuis", "Stichting Diaconie")
KIND_PATTERNS: dict[str, tuple[str, ...]] = {
    "taalcafe": ("Taalcafé {wijk}", "Taalhuis {wijk}", "Praatcafé {wijk}", "Taalmaatjes {wijk}"),
    "maatjesproject": ("Maatjes {wijk}", "Buddy010 {wijk}", "Mentorproject {gebied}",
                       "Samen Verder {wijk}", "Welkom Maatje {wijk}"),
    "vrijwilligerscentrale": ("Vrijwilligerspunt {gebied}", "Vrijwilligers Centrale {gebied}",
                              "Vrijwilligerswerk {wijk}"),
    "welzijn": ("Welzijn {gebied}", "Buurtwerk {wijk}", "Wijkteam {wijk}", "Opbouwwerk {wijk}"),
    "zelforganisatie": ("{community} {gebied}", "Stichting {community}", "{community} {wijk}"),
    "religieus": ("{religious} {wijk}", "{religious} {gebied}"),
    "onderwijs": ("Taalschool {wijk}", "Basisschool {wijk}", "ROC {gebied}",
                  "Ouderlokaal {wijk}"),
    "zorg": ("Gezondheidscentrum {wijk}", "Huisartsenpraktijk {wijk}", "GGD Loket {gebied}",
             "Jeugd en Gezin {wijk}"),
    "werk": ("Werkplein {gebied}", "Werkcafé {wijk}", "Startpunt Werk {wijk}"),
    "gemeente": ("Wijkhub {wijk}", "Gebiedscommissie {gebied}", "Vraagwijzer {gebied}"),
    "overig": ("Bibliotheek {wijk}", "Buurthuis {wijk}", "Sportclub {wijk}", "Repair Café {wijk}"),
}
KIND_SERVICES: dict[str, tuple[str, ...]] = {
    "taalcafe": ("taal", "sociaal", "inburgering"),
    "maatjesproject": ("maatje", "sociaal", "taal"),
    "vrijwilligerscentrale": ("vrijwilligerswerk", "sociaal", "werk"),
    "welzijn": ("sociaal", "administratie", "huisvesting", "gezin"),
    "zelforganisatie": ("sociaal", "maatje", "taal", "gezin"),
    "religieus": ("sociaal", "maatje", "administratie"),
    "onderwijs": ("onderwijs", "taal", "inburgering"),
    "zorg": ("gezondheid", "gezin"),
    "werk": ("werk", "vrijwilligerswerk", "onderwijs"),
    "gemeente": ("administratie", "huisvesting", "juridisch", "inburgering"),
    "overig": ("sociaal", "taal", "onderwijs"),
}
KIND_WEIGHTS: dict[str, float] = {
    "taalcafe": 14, "maatjesproject": 12, "vrijwilligerscentrale": 4, "welzijn": 14,
    "zelforganisatie": 16, "religieus": 9, "onderwijs": 9, "zorg": 7, "werk": 5, "gemeente": 3,
    "overig": 7,
}
LANGUAGES = ("en", "ar", "ti", "fa", "tr", "uk", "ru", "pl", "so", "fr", "es", "ku", "ps", "ur")
PARTNERSHIP_KINDS = ("samenwerking", "doorverwijzing", "convenant", "gedeelde locatie")
STREETS = (
    "Nieuwe Binnenweg", "Beijerlandselaan", "Kleiweg", "Zwart Janstraat", "Schiedamseweg",
    "Groene Hilledijk", "Vierambachtsstraat", "Oudedijk", "Bergweg", "Pleinweg",
)
