// The directory searches as you type: the form's values go to /api/organisations and the list, the
// count, the pager, the CSV link, the per-wijk table and the map are drawn again from its answer.
// Without this script the form is an ordinary GET form and the server draws the same page.
(function () {
  "use strict";
  const form = document.getElementById("directory-form");
  const texts = JSON.parse((document.getElementById("dir-texts") || {}).textContent || "null");
  if (!form || !texts) return;
  const $ = (id) => document.getElementById(id);
  const number = new Intl.NumberFormat(texts.lang === "nl" ? "nl-NL" : "en-GB");
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);
  let timer = null, asked = 0, page = 1;

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }
  function link(text, href) { return href ? el("a", text, { href }) : document.createTextNode(text); }
  function row(dl, term, ...content) {
    dl.append(el("dt", term));
    const dd = el("dd"); dd.append(...content); dl.append(dd);
  }
  function entry(o) {
    const li = el("li", null, { class: "dir-entry" });
    const h2 = el("h2"); h2.append(el("a", o.name, { href: "/organisations/" + encodeURIComponent(o.id) }));
    const where = [texts.kinds[o.kind] || o.kind, o.area_name].filter(Boolean).join(" · ");
    const dl = el("dl", null, { class: "props" });
    if (o.address) row(dl, texts.address, [o.address, o.postcode].filter(Boolean).join(", "));
    if (o.phone) row(dl, texts.phone, link(o.phone, o.links.phone));
    if (o.email) row(dl, texts.email, link(o.email, o.links.email));
    if (o.website) { const a = link(o.website, o.links.website); if (a.setAttribute) a.setAttribute("rel", "noopener noreferrer"); row(dl, texts.website, a); }
    row(dl, texts.services, o.services.map((s) => texts.needs[s] || s).join(", ") || texts.none);
    row(dl, texts.languages, o.languages.map((c) => texts.language_names[c] || c).join(", ") || texts.none);
    const room = [o.capacity ? fill(texts.capacity_n, { n: number.format(o.capacity) }) : texts.capacity_unknown];
    if (o.waitlist) room.push(fill(texts.waitlist_n, { n: number.format(o.waitlist) }));
    row(dl, texts.capacity, room.join(" · "));
    if (!o.waitlist && o.has_room) dl.lastChild.append(" · ", el("span", texts.room_left, { class: "room" }));
    row(dl, texts.serves, o.areas.length ? o.areas.map((a) => a.name).join(", ") : texts.citywide);
    li.append(h2, el("p", where, { class: "muted" }), dl);
    return li;
  }
  function pager(doc, query) {
    const nav = $("dir-pager"); nav.replaceChildren();
    const to = (p) => "/organisations?" + (query ? query + "&" : "") + "page=" + p;
    const go = (p) => (event) => { event.preventDefault(); page = p; run(); window.scrollTo(0, 0); };
    if (doc.page > 1) { const a = el("a", "← " + texts.prev, { rel: "prev", href: to(doc.page - 1) }); a.addEventListener("click", go(doc.page - 1)); nav.append(a, " "); }
    nav.append(el("span", fill(texts.page, { page: number.format(doc.page), pages: number.format(doc.pages) })));
    if (doc.page < doc.pages) { const a = el("a", texts.next + " →", { rel: "next", href: to(doc.page + 1) }); a.addEventListener("click", go(doc.page + 1)); nav.append(" ", a); }
  }
  function wijken(doc) {
    const body = $("dir-wijken").tBodies[0]; body.replaceChildren();
    for (const w of doc.wijken) {
      const tr = el("tr"), first = el("td");
      first.append(w.code ? el("a", w.name, { href: "/areas/" + encodeURIComponent(w.code) }) : texts.no_wijk);
      tr.append(first, el("td", w.gebied || ""), el("td", number.format(w.count), { class: "n" }));
      body.append(tr);
    }
    // Recolour the map as the server draws it (palette.sequential: six steps over 0..the largest count).
    const box = $("dir-map"), ramp = box.dataset.ramp.split(" ");
    const counts = Object.fromEntries(doc.wijken.filter((w) => w.code).map((w) => [w.code, w.count]));
    const top = Math.max(0, ...Object.values(counts)) || 1;
    box.querySelectorAll("path[data-code]").forEach((path) => {
      const value = counts[path.dataset.code] || 0;
      path.setAttribute("fill", ramp[Math.min(Math.floor(value / top * ramp.length), ramp.length - 1)]);
      const title = path.querySelector("title");
      if (title) title.textContent = title.textContent.replace(/:[^:]*$/, "") + ": " + number.format(value);
    });
    const caption = box.querySelector("svg text");
    if (caption) caption.textContent = texts.map_label + ": 0 – " + number.format(top);
  }
  function query() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.append(k, v);
    return params.toString();
  }
  async function run() {
    const q = query(), ticket = ++asked;
    const params = q + (q ? "&" : "") + "page=" + page + "&lang=" + texts.lang;
    const response = await fetch("/api/organisations?" + params, { headers: { Accept: "application/json" } });
    if (ticket !== asked) return;  // a later keystroke has asked again
    const doc = await response.json();
    const error = $("dir-error"); error.replaceChildren();
    if (!response.ok) { error.append(el("p", texts.bad_input + " " + doc.detail)); doc.items = []; doc.wijken = []; doc.total = 0; doc.page = doc.pages = 1; }
    $("dir-results").replaceChildren(...doc.items.map(entry));
    $("dir-total").textContent = fill(doc.total === 1 ? texts.total_one : texts.total, { n: number.format(doc.total) });
    $("dir-none").hidden = doc.total > 0;
    $("dir-csv").setAttribute("href", "/api/organisations.csv" + (q ? "?" + q : ""));
    pager(doc, q); wijken(doc);
    history.replaceState(null, "", "/organisations" + (q || page > 1 ? "?" + q + (page > 1 ? (q ? "&" : "") + "page=" + page : "") : ""));
  }
  form.addEventListener("input", () => { page = 1; clearTimeout(timer); timer = setTimeout(run, 200); });
  form.addEventListener("change", () => { page = 1; clearTimeout(timer); timer = setTimeout(run, 50); });
  form.addEventListener("submit", (event) => { event.preventDefault(); page = 1; clearTimeout(timer); run(); });
})();
