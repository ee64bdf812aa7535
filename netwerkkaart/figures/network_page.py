"""The network drawn with pyvis: vis-network rows for the web view, and one self-contained offline page.

pyvis's `Network` holds the nodes and edges (`add_node`/`add_edge`, read back with
`get_network_data()`). Its own HTML templates link Bootstrap from a CDN, so the page is rendered with
our template (`templates/network_page.html`) with vis-network's JavaScript and CSS inlined from the
installed pyvis package (`VIS_DIR`, which the web app also serves). Titles are plain text: vis-network
shows string titles as text, so names from the data never become HTML.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cache, partial
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from analysis.i18n import format_date, format_number, plural, text
from analysis.pseudonyms import pseudonym
from graph.areas import areas
from graph.driver import Graph
from graph.model import ORGANISATION_KINDS
from graph.organisations import org_links, organisations
from graph.people import people_names
from graph.rows import OrgLink, OrgSummary
from netwerkkaart.figures import palette

VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
Row = dict[str, Any]


class _Network(Network):
    """pyvis's Network whose add_edge checks its ends in O(1) and keeps every edge.

    pyvis's own add_edge scans all edges added so far (quadratic on the city's thousands of links)
    and drops a second edge between the same two nodes, which would lose a person's second role.
    """

    def add_edge(self, source: Any, to: Any, **options: Any) -> None:
        if source not in self.node_map or to not in self.node_map:
            raise ValueError(f"edge {source!r}–{to!r} names a node that is not in the network")
        self.edges.append(Edge(source, to, self.directed, **options).options)


def _add_node(net: Network, row: Row) -> None:
    node_id, group = row.pop("id"), row.pop("group", None)
    net.add_node(node_id, label=row.pop("label", None), shape=row.pop("shape", "dot"),
                 color=row.pop("color", palette.EDGE), **row)
    if group is not None:
        # pyvis drops `color` when a node has a group (the group would style it); ours keep both.
        net.node_map[node_id]["group"] = group


def vis_rows(nodes: Iterable[Mapping[str, Any]], edges: Iterable[Mapping[str, Any]]
             ) -> tuple[list[Row], list[Row]]:
    """Return (nodes, edges) as a pyvis Network emits them for these vis-network rows (keys kept)."""
    net = _Network()
    for node in nodes:
        _add_node(net, dict(node))
    for edge in edges:
        row = dict(edge)
        net.add_edge(row.pop("from"), row.pop("to"), **row)
    got_nodes, got_edges, *_ = net.get_network_data()
    return got_nodes, got_edges


def hangs_on_one_person(link: OrgLink) -> bool:
    """Return True when one person is in every carrier: their leaving alone breaks the link."""
    return bool(set.intersection(*(set(c) for c in link.carriers))) if link.carriers else False


def _carriers_text(link: OrgLink, person: Callable[[str], str], shown: int = 8) -> str:
    names = [" & ".join(person(p) for p in carrier) for carrier in link.carriers[:shown]]
    more = len(link.carriers) - shown
    return "\n".join(names + ([f"… +{more}"] if more > 0 else []))


def _link_row(link: OrgLink, names: Mapping[str, str], person: Callable[[str], str], lang: str) -> Row:
    single = hangs_on_one_person(link)
    n = len(link.carriers)
    title = (f"{names.get(link.a, link.a)} — {names.get(link.b, link.b)}\n"
             f"{plural('n_carriers', n, lang)}"
             + (f" · {text('link_one_person', lang)}" if single else "")
             + "\n" + _carriers_text(link, person))
    # Not by colour alone: a link that hangs on one person is also dashed and thin.
    return {"id": f"{link.a}|{link.b}", "from": link.a, "to": link.b, "title": title,
            "dashes": single, "width": 1.0 if single else round(1.5 + min(n, 8) * 0.5, 1),
            "color": palette.WARNING if single else palette.EDGE, "carriers": n, "one_person": single}


def _org_row(org: OrgSummary, degree: int, area_names: Mapping[str, str], lang: str) -> Row:
    title = f"{org.name}\n{text('kind', lang)}: {text(f'kind_{org.kind}', lang)}"
    if org.area:
        title += f"\n{text('area', lang)}: {area_names.get(org.area, org.area)}"
    return {"id": org.id, "label": org.name, "title": title, "shape": "dot", "kind": org.kind,
            "color": palette.KIND_COLOURS.get(org.kind, palette.EDGE), "size": 8 + 3 * min(degree, 12) ** 0.8}


@cache
def _templates() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]))


@cache
def _vendor(name: str) -> Markup:
    # The installed pyvis package's own copy: no CDN, and nothing fetched at run time.
    return Markup((VIS_DIR / name).read_text(encoding="utf-8"))


def page_html(orgs: list[OrgSummary], links: list[OrgLink], *, as_of: dt.date, lang: str,
              person: Callable[[str], str], pseudonymised: bool, area_names: Mapping[str, str]) -> str:
    """Return the offline network page: organisations coloured by kind, links carried by people."""
    degree = Counter(end for link in links for end in (link.a, link.b))
    names = {o.id: o.name for o in orgs}
    nodes, edges = vis_rows((_org_row(o, degree[o.id], area_names, lang) for o in orgs),
                            (_link_row(k, names, person, lang) for k in links))
    present = {o.kind for o in orgs}
    legend = [{"label": text(f"kind_{k}", lang), "color": palette.KIND_COLOURS[k]}
              for k in ORGANISATION_KINDS if k in present]
    one = sum(1 for e in edges if e["one_person"])
    number = partial(format_number, lang=lang)
    intro = text("export_intro", lang).format(date=format_date(as_of, lang), orgs=number(len(nodes)),
                                              links=number(len(edges)), one=number(one))
    return _templates().get_template("network_page.html").render(
        lang=lang, t=lambda key: text(key, lang), intro=intro, nodes=nodes, edges=edges, legend=legend,
        pseudonymised=pseudonymised, warning=palette.WARNING, edge=palette.EDGE,
        vis_js=_vendor("vis-network.min.js"), vis_css=_vendor("vis-network.css"))


def network_page(graph: Graph, *, as_of: dt.date, lang: str = "nl", secret: bytes | None = None) -> str:
    """Return one offline HTML page of the organisation network on `as_of`.

    People appear in the links' tooltips by name, or only as keyed pseudonyms when `secret` is given
    (then no name, e-mail, phone or person id is in the page).
    """
    links = org_links(graph, as_of=as_of)
    if secret is None:
        names = people_names(graph, ids=sorted({p for k in links for c in k.carriers for p in c}))

        def person(pid: str) -> str:
            return names.get(pid, pid)
    else:
        def person(pid: str) -> str:
            return pseudonym(pid, secret)
    return page_html(organisations(graph), links, as_of=as_of, lang=lang, person=person,
                     pseudonymised=secret is not None, area_names={a.code: a.name for a in areas(graph)})
