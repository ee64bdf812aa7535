// Every page: the menu button on narrow windows, and keyboard access to tables that scroll sideways.
(function () {
  "use strict";
  const header = document.getElementById("top");
  const button = document.getElementById("menu-toggle");
  if (header && button) {
    // Without this script the menu stays open and wraps; with it, narrow windows fold it behind a button.
    header.classList.add("foldable");
    button.hidden = false;
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      header.classList.toggle("open", open);
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && header.classList.contains("open")) {
        button.setAttribute("aria-expanded", "false");
        header.classList.remove("open");
        button.focus();
      }
    });
  }
  // A table wider than its box scrolls inside it: it must take keyboard focus to scroll without a mouse.
  function markScrolling() {
    document.querySelectorAll("table.data").forEach((table) => {
      if (table.scrollWidth > table.clientWidth + 1) table.setAttribute("tabindex", "0");
      else if (table.getAttribute("tabindex") === "0") table.removeAttribute("tabindex");
    });
  }
  markScrolling();
  window.addEventListener("resize", markScrolling);
})();
