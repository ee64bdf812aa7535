"""The ingest template as an .xlsx workbook: sheets, headers, example rows and a notes sheet."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from graph.catalogue import known, text
from ingest.sheets import SHEETS, Column

EXAMPLES: dict[str, list[list[object]]] = {
    "organisations": [
        ["org-001", "Taalcafé Spangen", "taalcafe", "Spangen", "3021 AB", "Spanjaardstraat 1",
         "https://voorbeeld.nl", "info@voorbeeld.nl", "010-1234567", "taal; sociaal", "nl; ar; ti",
         "Delfshaven", 20, 4, "ja", "Elke dinsdag taalcafé."],
        ["org-002", "Welzijn Noord", "welzijn", "WK059905", "", "", "", "", "", "administratie", "nl",
         "", "", "", "nee", ""],
    ],
    "people": [["p-001", "Anne de Vries", "anne@voorbeeld.nl", "", "nl; en"],
               ["p-002", "Omar Haddou", "", "", "nl; ar"]],
    "affiliations": [["p-001", "org-001", "coordinator", "2024-01-01", ""],
                     ["p-002", "org-002", "volunteer", "01-03-2024", "31-12-2025"]],
    "contacts": [["p-001", "p-002", "2024-05-01", "informal", 2]],
    "partnerships": [["pt-001", "org-001", "org-002", "samenwerking", "2024-01-01", "", "p-001; p-002"]],
    "referrals": [["r-0001", "org-002", "org-001", "2025-02-03", "taal", "Spangen", "ar", "accepted", 1]],
    "demand": [["Spangen", "taal", "2025-Q1", 14]],
    "areas": [],
}


# The example rows' code values as a Dutch user writes them (vocabulary.py reads both).
_DUTCH_VALUES = {"coordinator": "coördinator", "volunteer": "vrijwilliger", "informal": "informeel",
                 "accepted": "aangenomen"}


def template_bytes(lang: str = "nl") -> bytes:
    """Return the template workbook (.xlsx) in `lang`: a sheet per entity with example rows, and notes.

    Dutch (the default) writes Dutch sheet names and headers (`organisaties`, `naam`), English the
    template's own names (`organisations`, `name`); the ingest reads both.
    """
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for sheet, columns in SHEETS.items():
        ws = book.create_sheet(text(f"template_sheet_{sheet}", lang))
        ws.append(header(c.name, lang) for c in columns)
        for cell in ws[1]:
            cell.font = bold
        for row in EXAMPLES.get(sheet, []):
            ws.append([_DUTCH_VALUES.get(v, v) if lang == "nl" and isinstance(v, str) else v for v in row])
    _notes(book.create_sheet(text("template_notes_sheet", lang)), lang, bold)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def header(column: str, lang: str) -> str:
    """Return the header the template writes for `column` in `lang` (one the ingest reads back)."""
    return text(f"template_column_{column}", lang) if known(f"template_column_{column}") else column


def _notes(notes: Worksheet, lang: str, bold: Font) -> None:
    notes.append(text("template_notes_header", lang).split("|"))
    for cell in notes[1]:
        cell.font = bold
    yes = text("yes", lang)
    for sheet, columns in SHEETS.items():
        for c in columns:
            notes.append([text(f"template_sheet_{sheet}", lang), header(c.name, lang),
                          yes if c.required else "", ", ".join(_other_names(c, lang)),
                          text(f"template_note_{sheet}_{c.name}", lang)])
    notes.append([])
    notes.append([text("template_general", lang), "", "", "", text("template_general_note", lang)])


def _other_names(column: Column, lang: str) -> list[str]:
    # The column's other accepted names: the English name in the Dutch template, and the synonyms.
    return [name for name in (column.name, *column.synonyms) if name != header(column.name, lang)]
