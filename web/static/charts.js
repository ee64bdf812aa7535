// Robustness curves (random departures with a 5–95 % band, targeted departures) drawn with plotly.js.
(function () {
  "use strict";
  const box = document.getElementById("curves");
  const source = document.getElementById("curves-data");
  if (!box || !source || typeof Plotly === "undefined") return;
  const curves = JSON.parse(source.textContent);
  const r = curves.random || {};
  const tg = curves.targeted || {};
  const traces = [
    { x: r.removed_fraction, y: r.p95, mode: "lines", line: { width: 0 }, showlegend: false, hoverinfo: "skip" },
    { x: r.removed_fraction, y: r.p05, mode: "lines", line: { width: 0 }, fill: "tonexty",
      fillcolor: "rgba(28,126,214,0.18)", showlegend: false, hoverinfo: "skip" },
    { x: r.removed_fraction, y: r.connected_pairs_mean, mode: "lines", name: box.dataset.random,
      line: { color: "#1c7ed6", width: 2 } },
    { x: tg.removed_fraction, y: tg.connected_pairs, mode: "lines", name: box.dataset.targeted,
      line: { color: "#d9480f", width: 2 } },
  ];
  const layout = {
    margin: { l: 60, r: 20, t: 10, b: 50 },
    xaxis: { title: { text: box.dataset.x }, range: [0, 1], tickformat: ".0%" },
    yaxis: { title: { text: box.dataset.y }, range: [0, 1], tickformat: ".0%" },
    legend: { x: 0.6, y: 0.95 },
  };
  Plotly.newPlot(box, traces, layout, { displaylogo: false, responsive: true })
    .then(() => { document.body.dataset.chartReady = "1"; });
})();
