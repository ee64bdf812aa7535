// The network view as tables (its text alternative): every node shown, each a link to its page, and
// every link shown. Waits for network.js to have drawn (body[data-network-ready]) and reads its data.
(function () {
  "use strict";
  const section = document.getElementById("network-list");
  if (!section) return;

  function cell(row, content, numeric) {
    const td = document.createElement("td");
    if (numeric) td.className = "n";
    if (content instanceof Node) td.appendChild(content); else td.textContent = String(content);
    row.appendChild(td);
  }

  function link(node) {
    const name = node.name || node.label || node.id;
    if (!node.url) return document.createTextNode(name);
    const a = document.createElement("a");
    a.href = node.url;
    a.textContent = name;
    return a;
  }

  function fill(part, rows) {
    const box = document.getElementById(part);
    box.querySelector(".count").textContent = String(rows.length);
    const body = box.querySelector("tbody");
    body.textContent = "";
    rows.forEach((row) => body.appendChild(row));
  }

  function build() {
    const view = window.netwerkkaart;
    if (!view) return;
    const nodes = view.nodes.get();
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = view.edges.get().filter((e) => byId.has(e.from) && byId.has(e.to));
    const degree = new Map();
    edges.forEach((e) => [e.from, e.to].forEach((id) => degree.set(id, (degree.get(id) || 0) + 1)));
    const name = (n) => (n.name || n.label || n.id).toLowerCase();
    fill("network-list-orgs", nodes.slice().sort((a, b) => name(a).localeCompare(name(b), "nl")).map((n) => {
      const tr = document.createElement("tr");
      cell(tr, link(n));
      cell(tr, degree.get(n.id) || 0, true);
      return tr;
    }));
    fill("network-list-links", edges.map((e) => {
      const tr = document.createElement("tr");
      cell(tr, link(byId.get(e.from)));
      cell(tr, link(byId.get(e.to)));
      cell(tr, e.carriers === undefined ? "" : e.carriers, true);
      cell(tr, e.broken ? section.dataset.broken : e.bus_factor === 1 ? section.dataset.onePerson : "");
      return tr;
    }));
  }

  function ready() { return document.body.dataset.networkReady === "1"; }
  if (ready()) build();
  else new MutationObserver((changes, observer) => {
    if (!ready()) return;
    observer.disconnect();
    build();
  }).observe(document.body, { attributes: true, attributeFilter: ["data-network-ready"] });
})();
