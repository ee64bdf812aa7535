"""Write the graph out: CSV/XLSX in the ingest template (formula-safe), GraphML/GEXF for Gephi, JSON."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
from openpyxl import Workbook

from graph.backup import BUSINESS_LABELS, BUSINESS_TYPES
from graph.model import ENTITY_ORDER, Dataset
from ingest.csv_out import cell, write_cells
from ingest.sheets import SHEETS

FORMATS = ("csv", "xlsx", "graphml", "gexf", "json")


def sheet_rows(data: Dataset) -> dict[str, list[list[Any]]]:
    """Return each template sheet as rows (header first) of cell values, ready for CSV or XLSX."""
    result = {}
    for sheet in ENTITY_ORDER:
        columns = [c.name for c in SHEETS[sheet]]
        rows = [[cell(getattr(item, name)) for name in columns] for item in getattr(data, sheet)]
        result[sheet] = [columns, *rows]
    return result


def write_csv(data: Dataset, folder: Path) -> list[Path]:
    """Write one `;`-separated UTF-8 (BOM) CSV per sheet into `folder`; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for sheet, rows in sheet_rows(data).items():
        path = folder / f"{sheet}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            write_cells(out, rows, delimiter=";")
        paths.append(path)
    return paths


def xlsx_bytes(data: Dataset) -> bytes:
    """Return the dataset as an .xlsx workbook in the ingest template."""
    book = Workbook(write_only=True)
    for sheet, rows in sheet_rows(data).items():
        ws = book.create_sheet(sheet)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def network(doc: dict[str, Any]) -> nx.MultiDiGraph:
    """Return the business part of a backup document as a networkx graph of flat attributes."""
    graph = nx.MultiDiGraph()
    names = {}
    for node in doc["nodes"]:
        labels = [label for label in node["labels"] if label in BUSINESS_LABELS]
        if not labels:
            continue
        props = node["props"]
        name = f"{labels[0]}:{props.get('id')}"
        names[node["key"]] = name
        attrs = _flat(props) | {"node_label": labels[0]}
        # GEXF would take an `id` attribute as the node's id (bare ids: a person and an organisation
        # of the same id would merge); `Label:id` is the node id in GraphML and GEXF alike.
        attrs["business_id"] = attrs.pop("id", None)
        attrs["label"] = str(props.get("name") or props.get("label") or props.get("id"))
        graph.add_node(name, **attrs)
    for i, rel in enumerate(doc["relationships"]):
        if rel["type"] in BUSINESS_TYPES and rel["start"] in names and rel["end"] in names:
            attrs = _flat(rel["props"])
            if "id" in attrs:
                attrs["rel_id"] = attrs.pop("id")
            # "relationship", not "type": GEXF reserves an edge's type for directed/undirected.
            graph.add_edge(names[rel["start"]], names[rel["end"]], key=i, relationship=rel["type"], **attrs)
    return graph


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    """Return attributes Gephi can read: dates as ISO strings, lists joined, nulls left out."""
    flat: dict[str, Any] = {}
    for key, value in props.items():
        if isinstance(value, dict):  # a typed date or datetime from the backup document
            value = next(iter(value.values()))
        if isinstance(value, list):
            value = "; ".join(str(next(iter(v.values())) if isinstance(v, dict) else v) for v in value)
        if value is not None:
            flat[key] = value
    return flat


def write_network(doc: dict[str, Any], path: Path, fmt: str) -> None:
    """Write the business graph as GraphML or GEXF (for Gephi)."""
    graph = network(doc)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
        return
    # networkx writes <graph name="">, which the GEXF 1.2 schema does not allow.
    text = re.sub(r'(<graph\b[^>]*?)\s+name="[^"]*"', r"\1", "\n".join(nx.generate_gexf(graph)), count=1)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", encoding="utf-8")


def json_text(doc: dict[str, Any]) -> str:
    """Return a backup document as JSON text."""
    return json.dumps(doc, ensure_ascii=False, indent=1)
