"""Hand-made hostile files: .xlsx workbooks written as zip + XML, so a test controls every byte."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
          '.spreadsheetml.sheet.main+xml"/>{sheets}</Types>')
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def row_xml(cells: list[str], number: int | None) -> str:
    """Return one `<row>` of inline strings; without `r=` attributes when `number` is None."""
    if number is None:
        return "<row>" + "".join(f'<c t="inlineStr"><is><t>{escape(c)}</t></is></c>'
                                 for c in cells) + "</row>"
    refs = [f"{chr(65 + i)}{number}" for i in range(len(cells))]
    return (f'<row r="{number}">' + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{escape(c)}</t></is></c>'
                                          for ref, c in zip(refs, cells, strict=True)) + "</row>")


def write_xlsx(path: Path, sheets: dict[str, tuple[str, str]]) -> Path:
    """Write a workbook of sheets given as title → (dimension ref, rows XML); return `path`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _TYPES.format(
            sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, len(sheets) + 1))))
        book.writestr("_rels/.rels", _ROOT_RELS)
        listed = "".join(f'<sheet name="{escape(title)}" sheetId="{n}" r:id="rId{n}"/>'
                         for n, title in enumerate(sheets, start=1))
        book.writestr("xl/workbook.xml", f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{listed}'
                                         "</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                       for n in range(1, len(sheets) + 1))
        book.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                                                    f'package/2006/relationships">{rels}</Relationships>')
        for n, (dimension, rows) in enumerate(sheets.values(), start=1):
            book.writestr(f"xl/worksheets/sheet{n}.xml", f'<worksheet xmlns="{_MAIN}"><dimension ref='
                                                         f'"{dimension}"/><sheetData>{rows}</sheetData></worksheet>')
    return path
