/* Site search: starts Pagefind's UI (self-hosted in /pagefind/) in #suche. Progressive enhancement:
   without JavaScript the search page shows the list of all pages instead. No inline script, so a strict
   Content-Security-Policy works; Pagefind's WebAssembly needs script-src 'wasm-unsafe-eval'. */
(function () {
  "use strict";
  var box = document.getElementById("suche");
  if (!box || typeof window.PagefindUI !== "function") {
    return;
  }
  var ui = new window.PagefindUI({
    element: "#suche",
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  var hint = document.getElementById("suche-ohne-js");
  if (hint) {
    hint.hidden = true;
  }
  /* /suche/?q=Wort starts a search at once (e.g. from a bookmark). */
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    ui.triggerSearch(q);
  }
}());
