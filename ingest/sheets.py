"""The ingest template: sheets, their columns (required or not), Dutch synonyms and what each means."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.values import fold


@dataclass(frozen=True, slots=True)
class Column:
    """One template column: its name, whether it is required, other names, and a note for people."""

    name: str
    required: bool
    synonyms: tuple[str, ...]
    note: str


def _c(name: str, note: str, *synonyms: str, required: bool = False) -> Column:
    return Column(name, required, synonyms, note)


SHEETS: dict[str, tuple[Column, ...]] = {
    "organisations": (
        _c("id", "Permanent unique id, e.g. org-001.", required=True),
        _c("name", "Name of the organisation or initiative.", "naam", "organisatie",
           "organisatienaam", required=True),
        _c("kind", "taalcafe, maatjesproject, vrijwilligerscentrale, welzijn, zelforganisatie, religieus,"
           " onderwijs, zorg, werk, gemeente or overig.", "soort", "type", "categorie", required=True),
        _c("area", "Wijk (or gebied) where it is: name or CBS code (BU0599xxxx / WK0599xx).",
           "wijk", "gebied", "locatie"),
        _c("postcode", "Postcode, e.g. 3021 AB.", "postal_code"),
        _c("address", "Street and number.", "adres"),
        _c("website", "Web address.", "url", "site"),
        _c("email", "E-mail address.", "e_mail", "mail"),
        _c("phone", "Phone number.", "telefoon", "telefoonnummer", "tel"),
        _c("services", "Needs it offers, separated by ; (taal, maatje, werk, …).", "diensten", "aanbod"),
        _c("languages", "ISO 639-1 codes of languages spoken, separated by ; (nl; ar; ti).",
           "talen", "taal"),
        _c("serves_areas", "Wijken/gebieden it serves, separated by ;. Empty = the whole city.",
           "werkgebied", "werkgebieden", "bedient"),
        _c("capacity", "Places available (a whole number).", "capaciteit", "plaatsen"),
        _c("waitlist", "People on the waiting list.", "wachtlijst"),
        _c("nondutch_roles", "Volunteer roles open to non-Dutch speakers: ja/nee.",
           "anderstalige_rollen", "rollen_anderstaligen"),
        _c("description", "Free text.", "omschrijving", "beschrijving"),
    ),
    "people": (
        _c("id", "Permanent unique id, e.g. p-001.", required=True),
        _c("name", "Full name (personal data).", "naam", required=True),
        _c("email", "E-mail address.", "e_mail", "mail"),
        _c("phone", "Phone number.", "telefoon", "telefoonnummer", "tel"),
        _c("languages", "ISO 639-1 codes, separated by ;.", "talen", "taal"),
    ),
    "affiliations": (
        _c("person_id", "Id from people.", "persoon_id", "persoon", required=True),
        _c("organisation_id", "Id from organisations.", "organisatie_id", "organisatie",
           "organization_id", required=True),
        _c("role", "staff, coordinator, volunteer or board.", "rol", "functie", required=True),
        _c("since", "First day (2025-03-01 or 01-03-2025).", "sinds", "vanaf", "begin"),
        _c("until", "Last day; empty = still there.", "tot", "tot_en_met", "einde", "eind"),
    ),
    "contacts": (
        _c("person_id", "Id from people.", "persoon_id", "persoon", required=True),
        _c("other_person_id", "Id from people: the other person.", "ander_persoon_id",
           "andere_persoon_id", "contact_id", required=True),
        _c("since", "Known since (date).", "sinds", "vanaf"),
        _c("context", "partnership, project or informal.", "verband"),
        _c("strength", "1 (weak) to 3 (strong).", "sterkte"),
    ),
    "partnerships": (
        _c("id", "Permanent unique id, e.g. pt-001.", required=True),
        _c("organisation_id", "Id from organisations.", "organisatie_id", "organisatie",
           "organization_id", required=True),
        _c("partner_id", "Id from organisations: the partner.", "partner", "partner_organisatie_id",
           required=True),
        _c("kind", "Free text, e.g. convenant, samenwerking.", "soort", "type"),
        _c("since", "First day (date).", "sinds", "vanaf", "begin"),
        _c("until", "Last day; empty = ongoing.", "tot", "tot_en_met", "einde", "eind"),
        _c("contact_person_ids", "Ids from people who carry it, separated by ;.",
           "contactpersonen", "contactpersoon_ids", "contactpersoon"),
    ),
    "referrals": (
        _c("id", "Permanent unique id, e.g. r-0001.", required=True),
        _c("from_organisation_id", "Id from organisations: who referred.", "van", "van_organisatie_id",
           "from", required=True),
        _c("to_organisation_id", "Id from organisations: referred to.", "naar", "naar_organisatie_id",
           "to", required=True),
        _c("date", "Date of the referral.", "datum", required=True),
        _c("need", "taal, maatje, werk, onderwijs, gezondheid, administratie, huisvesting, juridisch,"
           " sociaal, gezin, vrijwilligerswerk or inburgering.", "behoefte", "hulpvraag", required=True),
        _c("area", "Wijk or gebied of the person referred.", "wijk", "gebied"),
        _c("language", "ISO 639-1 code.", "taal"),
        _c("status", "sent, accepted, rejected, no_capacity or completed.", "uitkomst"),
        _c("count", "How many people (default 1).", "aantal"),
    ),
    "demand": (
        _c("area", "Wijk or gebied.", "wijk", "gebied", required=True),
        _c("need", "A need code (see referrals).", "behoefte", "hulpvraag", required=True),
        _c("period", "2025-03 (month) or 2025-Q1 (quarter).", "periode", required=True),
        _c("count", "How many people asked (0 or more).", "aantal", required=True),
    ),
    "areas": (
        _c("code", "Unique area code, e.g. BU05990310.", required=True),
        _c("name", "Name.", "naam", required=True),
        _c("level", "gebied or wijk.", "niveau", required=True),
        _c("parent", "For a wijk: the code of its gebied.", "ouder", "hoort_bij", "valt_onder"),
    ),
}

SHEET_SYNONYMS = {
    "organisations": ("organisaties", "organisatie", "organizations", "organisation"),
    "people": ("personen", "mensen", "persons", "person"),
    "affiliations": ("affiliaties", "koppelingen", "rollen", "affiliation"),
    "contacts": ("contacten", "contact"),
    "partnerships": ("partnerschappen", "samenwerkingen", "partnership"),
    "referrals": ("verwijzingen", "referral"),
    "demand": ("vraag", "behoeften"),
    "areas": ("gebieden", "wijken", "area"),
}
_SHEET_INDEX = {fold(name): sheet for sheet, names in SHEET_SYNONYMS.items() for name in (sheet, *names)}


def header_key(text: str) -> str:
    """Return a header reduced to lower case, no accents, `_` between words, no trailing `*`."""
    return fold(text.replace("\ufeff", "").rstrip("*").replace("-", " ")).replace(" ", "_")


def sheet_for(name: str) -> str | None:
    """Return the template sheet a sheet or file name means, or None."""
    return _SHEET_INDEX.get(fold(name.replace("-", " ")).replace(" ", "_")) or _SHEET_INDEX.get(fold(name))


def column_index(sheet: str) -> dict[str, str]:
    """Return header key → template column for one sheet (names and synonyms)."""
    index: dict[str, str] = {}
    for column in SHEETS[sheet]:
        for name in (column.name, *column.synonyms):
            index.setdefault(header_key(name), column.name)
    return index
