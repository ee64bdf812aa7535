"""The ingest template as an .xlsx workbook: sheets, headers, example rows and a notes sheet."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from ingest.sheets import SHEETS

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


def template_bytes() -> bytes:
    """Return the template workbook (.xlsx) with example rows and a `notes` sheet explaining columns."""
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for sheet, columns in SHEETS.items():
        ws = book.create_sheet(sheet)
        ws.append([c.name for c in columns])
        for cell in ws[1]:
            cell.font = bold
        for row in EXAMPLES.get(sheet, []):
            ws.append(row)
    notes = book.create_sheet("notes")
    notes.append(["sheet", "column", "required", "also accepted as", "what to write"])
    for cell in notes[1]:
        cell.font = bold
    for sheet, columns in SHEETS.items():
        for c in columns:
            notes.append([sheet, c.name, "yes" if c.required else "", ", ".join(c.synonyms), c.note])
    notes.append([])
    notes.append(["general", "", "", "", "Dates: 2025-03-01 or 01-03-2025. Lists: separate with ; or ,."
                  " Yes/no: ja/nee. Areas: wijk or gebied name, or CBS code (Bron: CBS/Kadaster)."
                  " A CSV per sheet (organisations.csv, …) works too, as Excel saves it (;)."])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
