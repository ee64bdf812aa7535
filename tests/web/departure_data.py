"""A small network for the departure tests (web and browser), loaded through ingest like a user's file.

    Buurthuis De Haven: Sara Jansen (coordinator, leaves), Ali Demir (staff), Ineke de Vries (volunteer)
    Taalcafé Oost: Tom Bakker — known only by Sara        → Buurthuis–Taalcafé hangs on Sara alone
    Werkplein Zuid: Rik Smit — known by Sara; Noor El Amrani — known by Ineke
                    partnership ps-1 Buurthuis–Werkplein with Sara and Rik as contact persons
    Kerk Noord: Kim Verhoeven, also a volunteer at the Werkplein (someone at two organisations)

Nobody has left yet, so the turnover model uses its default rates: staff (Ali) are expected to stay
longer than volunteers (Ineke). For the Taalcafé, Ali ranks first; for the Werkplein, Ineke does,
because she already knows Noor there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from graph.driver import Graph
from ingest.pipeline import ingest

# Within the alerts' 90 days, whatever day the tests run.
END = dt.date.today() + dt.timedelta(days=30)
FILES = {
    "organisations": "id;naam;soort\no-huis;Buurthuis De Haven;welzijn\no-taal;Taalcafé Oost;taalcafe\n"
                     "o-werk;Werkplein Zuid;werk\no-kerk;Kerk Noord;religieus\n",
    "people": "id;naam\np-sara;Sara Jansen\np-ali;Ali Demir\np-ineke;Ineke de Vries\np-tom;Tom Bakker\n"
              "p-rik;Rik Smit\np-noor;Noor El Amrani\np-kim;Kim Verhoeven\n",
    "affiliations": "persoon_id;organisatie_id;rol;sinds\np-sara;o-huis;coordinator;2022-01-01\n"
                    "p-ali;o-huis;staff;2022-01-01\np-ineke;o-huis;volunteer;2023-01-01\n"
                    "p-tom;o-taal;staff;2022-01-01\np-rik;o-werk;staff;2022-01-01\n"
                    "p-noor;o-werk;volunteer;2023-01-01\np-kim;o-werk;volunteer;2024-01-01\n"
                    "p-kim;o-kerk;board;2024-01-01\n",
    "contacts": "persoon_id;ander_persoon_id;sinds\np-sara;p-tom;2022-06-01\np-ineke;p-noor;2023-06-01\n",
    "partnerships": "id;organisatie_id;partner_id;soort;sinds;contactpersonen\n"
                    "ps-1;o-huis;o-werk;convenant;2022-01-01;p-sara,p-rik\n",
}


def load(graph: Graph, folder: Path) -> str:
    """Ingest the network from CSV files in `folder`; return the run id."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in FILES.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
        paths.append(folder / f"{name}.csv")
    result = ingest(graph, paths)
    assert result.ok, [str(e) for e in result.problems.errors]
    return str(result.run_id)
