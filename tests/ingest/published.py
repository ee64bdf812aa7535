"""Inputs shaped as their tools publish them: HSDS 1.1 and 3.x folders, zips and data packages, Kumu CSVs.

Written for these tests (nothing copied from a publisher): the file names, headers and the
datapackage.json layout are those of the HSDS 1.1 and 3.x specifications and of Kumu's exports.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

# HSDS 1.1 / 2.0: plural file names, `language` column, physical_addresses.csv, contacts.csv.
HSDS_1 = {
    "organizations": "id,name,alternate_name,description,email,url,tax_status\n"
                     "hs1,Taalhuis Noord,,Taallessen,info@th.nl,https://th.nl,\n"
                     "hs2,Juridisch Loket,,,,,\n",
    "services": "id,organization_id,program_id,name,status\ns1,hs1,,Taal,active\n"
                "s2,hs1,,Maatje / mentor,active\ns3,hs2,,Juridisch advies,active\n",
    "locations": "id,organization_id,name,latitude,longitude\nl1,hs1,Vestiging Noord,51.93,4.48\n",
    "physical_addresses": "id,location_id,attention,address_1,city,region,state_province,postal_code,"
                          "country\na1,l1,,Bergweg 1,Rotterdam,,Zuid-Holland,3036 BA,NL\n",
    "service_areas": "id,service_id,service_area,description\nsa1,s1,Noord,\nsa2,s2,Oude Noorden,\n",
    "languages": "id,service_id,location_id,language\nla1,s1,,Dutch\nla2,,l1,Arabic\n"
                 "la3,s2,,Haitian Creole\nla4,s2,,language line available\n",
    "contacts": "id,organization_id,service_id,service_at_location_id,name,title,department,email\n"
                "c1,hs1,,,Mieke Jansen,Coördinator,,mieke@th.nl\n",
}

# HSDS 3.x: `website`, address.csv with address_type, languages with name and code.
HSDS_3 = {
    "organizations": "id,name,alternate_name,description,email,website,legal_status\n"
                     "o-3a,Buurtwerk Zuid,,Spreekuur,zuid@bw.nl,https://bw.nl,\n",
    "services": "id,organization_id,program_id,name,alternate_name,description,status\n"
                "sv1,o-3a,,Taalcoaching / taal,,,active\n",
    "locations": "id,location_type,organization_id,name\nloc1,physical,o-3a,Kantoor Zuid\n",
    "address": "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,"
               "country,address_type\n"
               "ad1,loc1,,Postbus 99,,Rotterdam,,Zuid-Holland,3000 AA,NL,postal\n"
               "ad2,loc1,,Zuidplein 5,,Rotterdam,,Zuid-Holland,3083 CW,NL,physical\n",
    "service_areas": "id,service_id,service_at_location_id,name,description,extent,extent_type,uri\n"
                     "ar1,sv1,,Rotterdam,,,,\n",
    "languages": "id,service_id,location_id,phone_id,name,code,note\n"
                 "lg1,sv1,,,Hebrew,,\nlg2,sv1,,,Mandarin,,\nlg3,sv1,,,,yi,\nlg4,sv1,,,Tigrinya,tir,\n",
    "phones": "id,location_id,service_id,organization_id,contact_id,number,extension,type,description\n"
              "ph1,,,o-3a,,010-1234567,,voice,\n",
}


def write_folder(folder: Path, tables: dict[str, str]) -> Path:
    """Write each table as `<name>.csv` into `folder`; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def write_package(folder: Path, tables: dict[str, str], *, subfolder: str = "data") -> Path:
    """Write a Frictionless data package: datapackage.json naming each table's file; return its path."""
    write_folder(folder / subfolder, tables)
    resources = [{"name": name, "path": f"{subfolder}/{name}.csv", "format": "csv",
                  "mediatype": "text/csv", "profile": "tabular-data-resource"} for name in tables]
    package = folder / "datapackage.json"
    package.write_text(json.dumps({"name": "hsds-test", "profile": "tabular-data-package",
                                   "resources": resources}, indent=1), encoding="utf-8")
    return package


def write_zip(path: Path, tables: dict[str, str]) -> Path:
    """Write a zip as publishers share HSDS: a data package with its CSVs in a folder; return it."""
    with zipfile.ZipFile(path, "w") as archive:
        resources = [{"name": name, "path": f"{name}.csv"} for name in tables]
        archive.writestr("hsds/datapackage.json", json.dumps({"resources": resources}))
        for name, text in tables.items():
            archive.writestr(f"hsds/{name}.csv", text)
    return path


KUMU_ELEMENTS = ("Label,Type,Description,Tags,Soort\n"
                 "Acme BV,Company,Makes things,,\n"
                 "Taalcafé Spangen,Initiative,,taalcafe,\n"
                 "Fonds Zuid,Investor,,,\n"
                 "Buurtkerk,Church,,,religieus\n"
                 "Anne de Vries,Person,,,\n"
                 "Omar Haddou,Person,,,\n")
KUMU_CONNECTIONS = ("From,To,Type,Strength\n"
                    "Anne de Vries,Acme BV,Employee/Founder,\n"
                    "Anne de Vries,Acme BV,Investor,\n"
                    "Anne de Vries,Acme BV,Investor,\n"
                    "Omar Haddou,Taalcafé Spangen|Buurtkerk,vrijwilliger,\n"
                    "Anne de Vries,Omar Haddou,,\n"
                    "Omar Haddou,Anne de Vries,project,Strong\n"
                    "Fonds Zuid,Acme BV,funding,\n"
                    "Acme BV,Fonds Zuid,advice,\n"
                    "Anne de Vries,Omar Haddou,,Weak\n")


def write_kumu(folder: Path, connections: str = KUMU_CONNECTIONS) -> Path:
    """Write Kumu's two CSVs (Elements.csv, Connections.csv) into `folder`; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Elements.csv").write_text(KUMU_ELEMENTS, encoding="utf-8")
    (folder / "Connections.csv").write_text(connections, encoding="utf-8")
    return folder
