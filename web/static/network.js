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
    swatch.style.background = kind.includes("dashed")
      ? "repeating-linear-gradient(90deg, " + colour + " 0 6px, transparent 6px 10px)" : colour;
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
    if (doc.aggregated) return;
    // The swatch is dashed like the line it stands for: not told apart by colour alone.
    legendItem(list, "#d9480f", box.dataset.labelOnePerson || box.dataset.labelBf1, "line dashed");
    if (doc.counts && doc.counts.broken) legendItem(list, "#c2255c", box.dataset.labelBroken, "line");
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

  // Organisations without a link in view: a list of links beside the drawing, not a ring of dots.
  function drawIsolated(doc) {
    const panel = document.getElementById("isolated");
    const list = document.getElementById("isolated-items");
    if (!panel || !list) return;
    const rows = doc.isolated || [];
    list.textContent = "";
    rows.forEach((row) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = row.url;
      a.textContent = row.name;
      li.appendChild(a);
      list.appendChild(li);
    });
    setText("isolated-count", rows.length);
    panel.hidden = rows.length === 0;
    panel.open = rows.length > 0 && rows.length <= 12;
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

  const LABEL_ZOOM = 0.8; // past this scale every organisation is named

  function nodeRows(doc) {
    return doc.nodes.map((n) => Object.assign({}, n, {
      name: n.label,
      // Only the organisations that matter are named from the start (the server marks them).
      label: n.labelled || n.group === "gebied" ? n.label : undefined,
      physics: false,
    }));
  }

  // Labels are drawn in the drawing's units: zoomed out, the named few get a larger font so that
  // they stay readable on screen (about 13 px, the focus 16 px).
  function labelFont(node, scale) {
    const px = node.distance === 0 ? 16 : 13;
    return { size: Math.max(12, px / Math.max(scale, 0.02)), bold: node.distance === 0 };
  }

  // Names follow the reader: the marked ones always, hovered and selected ones, all when zoomed in.
  function wireLabels(network, nodes) {
    const pinned = new Set();
    let zoomed = false;
    const show = (n) => n.labelled || n.group === "gebied" || zoomed || pinned.has(n.id);
    const refresh = (ids) => {
      const scale = network.getScale();
      // The whole row goes back: a partial update lets vis-network repaint the node in its group's colour.
      nodes.update(nodes.get(ids).map((n) => Object.assign({}, n, {
        label: show(n) ? n.name : undefined, font: labelFont(n, zoomed ? 1 : scale) })));
    };
    const named = () => nodes.getIds({ filter: (n) => n.labelled || pinned.has(n.id) });
    network.on("zoom", () => {
      const now = network.getScale() >= LABEL_ZOOM;
      if (now !== zoomed) { zoomed = now; refresh(nodes.getIds()); } else if (!zoomed) refresh(named());
    });
    network.on("hoverNode", (p) => { pinned.add(p.node); refresh([p.node]); });
    network.on("blurNode", (p) => {
      if (!network.getSelectedNodes().includes(p.node)) pinned.delete(p.node);
      refresh([p.node]);
    });
    network.on("selectNode", (p) => { p.nodes.forEach((id) => pinned.add(id)); refresh(p.nodes); });
    return () => refresh(named());
    network.on("deselectNode", (p) => {
      const gone = p.previousSelection.nodes.map((n) => (typeof n === "object" ? n.id : n));
      gone.forEach((id) => pinned.delete(id));
      refresh(gone.filter((id) => nodes.get(id)));
    });
  }

  // A gebied node drills down: the same view, filtered to that gebied's organisations.
  function drillUrl(gebied) {
    const url = new URL(window.location.href);
    url.searchParams.set("gebied", gebied);
    return url.pathname + url.search;
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
        if (node && node.group === "gebied") window.location.assign(drillUrl(node.id));
        else if (node && node.url) window.location.assign(node.url);
      }
    });
    const relabel = wireLabels(network, nodes);
    // Refit to what is in view once the canvas has its size (a fit before the first drawing is
    // lost): after a filter the selection fills the drawing. Then size the names for that scale.
    network.once("afterDrawing", () => {
      network.fit({ animation: false });
      relabel();
      document.body.dataset.networkReady = "1";
    });
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
      view.nodes.update({ id: hit.id, label: hit.name });
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
      drawIsolated(doc);
      fillSearch(doc);
      wireSearch(draw(doc));
    })
    .catch((err) => {
      setText("network-status", String(err));
      document.body.dataset.networkReady = "error";
    });
  wireSlider();
})();
