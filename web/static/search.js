// The header search: suggestions as you type (an ARIA 1.2 combobox with a listbox), keyboard-operable.
// Up/Down move through the suggestions, Enter opens the chosen one (or the results page), Escape closes.
(function () {
  "use strict";
  const form = document.getElementById("site-search");
  const input = document.getElementById("site-search-q");
  const list = document.getElementById("site-search-list");
  if (!form || !input || !list) return;
  const groups = list.dataset;  // what each kind of suggestion is called, in the page's language
  let options = [], active = -1, timer = null, asked = 0;

  function close() {
    list.hidden = true; input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant"); active = -1;
  }
  function mark(index) {
    options.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
    active = index;
    if (index >= 0) { input.setAttribute("aria-activedescendant", options[index].id); options[index].scrollIntoView({ block: "nearest" }); }
    else input.removeAttribute("aria-activedescendant");
  }
  function show(answer) {
    list.replaceChildren(); options = [];
    for (const group of ["organisations", "areas", "people"]) {
      for (const hit of answer[group] || []) {
        const li = document.createElement("li");
        li.id = "site-search-option-" + options.length; li.setAttribute("role", "option");
        li.dataset.url = hit.url; li.textContent = hit.name;
        const kind = document.createElement("span"); kind.className = "kind"; kind.textContent = groups[group === "areas" ? hit.level : group] || "";
        li.append(" ", kind);
        li.addEventListener("mousedown", (event) => { event.preventDefault(); window.location.assign(hit.url); });
        list.append(li); options.push(li);
      }
    }
    if (!options.length) { close(); return; }
    list.hidden = false; input.setAttribute("aria-expanded", "true"); mark(-1);
  }
  async function suggest() {
    const q = input.value.trim(), ticket = ++asked;
    if (q.length < 2) { close(); return; }
    try {
      const response = await fetch("/api/search?" + new URLSearchParams({ q }), { headers: { Accept: "application/json" } });
      if (response.ok && ticket === asked) show(await response.json());
    } catch (error) { close(); }
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 150); });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length) { event.preventDefault(); list.hidden = false; input.setAttribute("aria-expanded", "true"); mark((active + 1) % options.length); }
    else if (event.key === "ArrowUp" && options.length) { event.preventDefault(); mark(active <= 0 ? options.length - 1 : active - 1); }
    else if (event.key === "Enter" && active >= 0 && !list.hidden) { event.preventDefault(); window.location.assign(options[active].dataset.url); }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
})();
