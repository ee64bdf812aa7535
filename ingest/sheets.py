"""The ingest template: sheets, their columns (required or not) and Dutch synonyms.

What each column means, and the Dutch headers the template writes, are in the message catalogue
(`template_note_<sheet>_<column>`, `template_column_<column>`; see ingest/template.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.values import fold


@dataclass(frozen=True, slots=True)
class Column:
    """One template column: its name, whether it is required, and other names it is read by."""

    name: str
    required: bool
    synonyms: tuple[str, ...]


def _c(name: str, *synonyms: str, required: bool = False) -> Column:
    return Column(name, required, synonyms)


SHEETS: dict[str, tuple[Column, ...]] = {
    "organisations": (
        _c("id", required=True),
        _c("name", "naam", "organisatie",
           "organisatienaam", required=True),
        _c("kind", "soort", "type", "categorie", required=True),
        _c("area", "wijk", "gebied", "locatie"),
        _c("postcode", "postal_code"),
        _c("address", "adres"),
        _c("website", "url", "site"),
        _c("email", "e_mail", "mail"),
        _c("phone", "telefoon", "telefoonnummer", "tel"),
        _c("services", "diensten", "aanbod"),
        _c("languages", "talen", "taal"),
        _c("serves_areas", "werkgebied", "werkgebieden", "bedient"),
        _c("capacity", "capaciteit", "plaatsen"),
        _c("waitlist", "wachtlijst"),
        _c("nondutch_roles", "anderstalige_rollen", "rollen_anderstaligen"),
        _c("description", "omschrijving", "beschrijving"),
    ),
    "people": (
        _c("id", required=True),
        _c("name", "naam", required=True),
        _c("email", "e_mail", "mail"),
        _c("phone", "telefoon", "telefoonnummer", "tel"),
        _c("languages", "talen", "taal"),
    ),
    "affiliations": (
        _c("person_id", "persoon_id", "persoon", required=True),
        _c("organisation_id", "organisatie_id", "organisatie",
           "organization_id", required=True),
        _c("role", "rol", "functie", required=True),
        _c("since", "sinds", "vanaf", "begin"),
        _c("until", "tot", "tot_en_met", "einde", "eind"),
    ),
    "contacts": (
        _c("person_id", "persoon_id", "persoon", required=True),
        _c("other_person_id", "ander_persoon_id",
           "andere_persoon_id", "contact_id", required=True),
        _c("since", "sinds", "vanaf"),
        _c("context", "verband"),
        _c("strength", "sterkte"),
    ),
    "partnerships": (
        _c("id", required=True),
        _c("organisation_id", "organisatie_id", "organisatie",
           "organization_id", required=True),
        _c("partner_id", "partner", "partner_organisatie_id",
           required=True),
        _c("kind", "soort", "type"),
        _c("since", "sinds", "vanaf", "begin"),
        _c("until", "tot", "tot_en_met", "einde", "eind"),
        _c("contact_person_ids", "contactpersonen", "contactpersoon_ids", "contactpersoon"),
    ),
    "referrals": (
        _c("id", required=True),
        _c("from_organisation_id", "van", "van_organisatie_id",
           "from", required=True),
        _c("to_organisation_id", "naar", "naar_organisatie_id",
           "to", required=True),
        _c("date", "datum", required=True),
        _c("need", "behoefte", "hulpvraag", required=True),
        _c("area", "wijk", "gebied"),
        _c("language", "taal"),
        _c("status", "uitkomst"),
        _c("count", "aantal"),
    ),
    "demand": (
        _c("area", "wijk", "gebied", required=True),
        _c("need", "behoefte", "hulpvraag", required=True),
        _c("period", "periode", required=True),
        _c("count", "aantal", required=True),
    ),
    "areas": (
        _c("code", required=True),
        _c("name", "naam", required=True),
        _c("level", "niveau", required=True),
        _c("parent", "ouder", "hoort_bij", "valt_onder"),
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
