// Draws the network from /api/network with vis-network: positions come from the server, physics off.
// Names are user data: they only reach the page as canvas labels, plain-text titles and textContent.
(function () {
  "use strict";
  const box = document.getElementById("network");
  if (!box) return;

  function setText(id, value) {
    const el = document.getElementById(id);
    if (el) el.textContent = String(value);
  }

  function legendItem(list, colour, label, kind) {
    const li = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = kind;
    swatch.style.background = colour;
    swatch.style.color = colour;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(label));
    list.appendChild(li);
  }

  function drawLegend(doc) {
    const list = document.getElementById("legend-items");
    if (!list) return;
    list.textContent = "";
    (doc.legend || []).forEach((row) => legendItem(list, row.color, row.label, "swatch"));
    legendItem(list, "#d9480f", box.dataset.labelBf1, "line dashed");
    if (doc.counts && doc.counts.broken) legendItem(list, "#c2255c", box.dataset.labelBroken, "line dashed thick");
  }

  function drawNotes(doc) {
    const list = document.getElementById("network-notes");
    if (!list) return;
    list.textContent = "";
    (doc.notes || []).forEach((note) => {
      const li = document.createElement("li");
      li.textContent = note;
      list.appendChild(li);
    });
  }

  function fillSearch(doc) {
    const names = document.getElementById("network-names");
    if (!names) return;
    names.textContent = "";
    doc.nodes.forEach((n) => {
      const opt = document.createElement("option");
      opt.value = n.name || n.label;
      names.appendChild(opt);
    });
  }

  function nodeRows(doc) {
    const many = doc.nodes.length > 400;
    return doc.nodes.map((n) => Object.assign({}, n, {
      name: n.label,
      // With hundreds of nodes, labels are left to the tooltip and the search box to keep it readable.
      label: many && n.group !== "gebied" ? undefined : n.label,
      physics: false,
    }));
  }

  function draw(doc) {
    const nodes = new vis.DataSet(nodeRows(doc));
    const edges = new vis.DataSet(doc.edges);
    const options = {
      physics: false,
      layout: { improvedLayout: false },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: doc.nodes.length > 500 },
      nodes: { font: { size: 12 }, borderWidth: 1 },
      edges: { smooth: false, selectionWidth: 2 },
    };
    const network = new vis.Network(box, { nodes: nodes, edges: edges }, options);
    network.on("click", (params) => {
      if (params.nodes.length) {
        const node = nodes.get(params.nodes[0]);
        if (node && node.url) window.location.assign(node.url);
      }
    });
    network.once("afterDrawing", () => { document.body.dataset.networkReady = "1"; });
    window.netwerkkaart = { network: network, nodes: nodes, edges: edges, doc: doc };
    return { network: network, nodes: nodes };
  }

  function wireSearch(view) {
    const input = document.getElementById("network-search");
    if (!input) return;
    input.addEventListener("change", () => {
      const wanted = input.value.trim().toLowerCase();
      const hit = view.nodes.get({ filter: (n) => (n.name || "").toLowerCase() === wanted })[0]
        || view.nodes.get({ filter: (n) => (n.name || "").toLowerCase().includes(wanted) })[0];
      if (!hit) return;
      view.network.selectNodes([hit.id]);
      view.network.focus(hit.id, { scale: 1.2, animation: false });
    });
  }

  function wireSlider() {
    const slider = document.getElementById("asof-slider");
    const date = document.getElementById("asof-date");
    const form = document.getElementById("network-form");
    if (!slider || !date || !form) return;
    const today = new Date();
    const chosen = new Date(date.value);
    slider.value = String(Math.max(-96, (chosen.getFullYear() - today.getFullYear()) * 12
      + chosen.getMonth() - today.getMonth()));
    slider.addEventListener("change", () => {
      const d = new Date(today.getFullYear(), today.getMonth() + Number(slider.value), 1);
      const iso = new Date(Date.UTC(d.getFullYear(), d.getMonth(), Math.min(today.getDate(), 28)));
      date.value = iso.toISOString().slice(0, 10);
      form.submit();
    });
  }

  fetch(box.dataset.api, { headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then((doc) => {
      setText("node-count", doc.counts.nodes);
      setText("edge-count", doc.counts.edges);
      drawNotes(doc);
      drawLegend(doc);
      fillSearch(doc);
      wireSearch(draw(doc));
    })
    .catch((err) => {
      setText("network-status", String(err));
      document.body.dataset.networkReady = "error";
    });
  wireSlider();
})();
