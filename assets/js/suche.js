/* Site search: a small search box over Pagefind's search API (self-hosted in /pagefind/, loaded only when
   someone searches, like the index itself). Progressive enhancement: without JavaScript the search page
   shows the list of all pages instead. No inline script, so a strict Content-Security-Policy works;
   Pagefind's WebAssembly needs script-src 'wasm-unsafe-eval'. Pagefind's ready-made UI (126 KB) would
   break the 60 KB page budget; this file is a few KB. */
(function () {
  "use strict";
  var box = document.getElementById("suche");
  var form = document.getElementById("suche-formular");
  var field = document.getElementById("suche-feld");
  var status = document.getElementById("suche-status");
  var list = document.getElementById("suche-treffer");
  if (!box || !form || !field || !status || !list) {
    return;
  }
  var engine = null;
  function pagefind() {
    if (!engine) {
      engine = import("/pagefind/pagefind.js").then(function (pf) {
        return pf.init().then(function () { return pf; });
      });
    }
    return engine;
  }

  function show(term, hits) {
    list.textContent = "";
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      item.className = "eintraege__eintrag";
      var link = document.createElement("a");
      link.href = hit.url;
      link.textContent = (hit.meta && hit.meta.title) || hit.url;
      var heading = document.createElement("h3");
      heading.className = "eintraege__titel";
      heading.appendChild(link);
      var excerpt = document.createElement("p");
      excerpt.className = "eintraege__text";
      excerpt.innerHTML = hit.excerpt; /* Pagefind escapes the page text and only adds <mark> */
      item.appendChild(heading);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    status.textContent = hits.length === 0 ? "Keine Treffer für „" + term + "“."
      : hits.length + (hits.length === 1 ? " Treffer" : " Treffer") + " für „" + term + "“.";
  }

  var latest = 0;
  function run(term) {
    var ticket = ++latest;
    term = term.trim();
    if (term === "") {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    pagefind().then(function (pf) {
      return pf.debouncedSearch(term, {}, 250);
    }).then(function (search) {
      if (search === null || ticket !== latest) {
        return null; /* a newer input replaced this search */
      }
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (hits) {
      if (hits && ticket === latest) {
        show(term, hits);
      }
    }).catch(function () {
      status.textContent = "Die Suche ist gerade nicht verfügbar. Bitte nutzen Sie die Übersicht aller Seiten.";
    });
  }

  field.addEventListener("input", function () { run(field.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(field.value);
  });
  box.hidden = false;
  var hint = document.getElementById("suche-ohne-js");
  if (hint) {
    hint.hidden = true;
  }
  /* /suche/?q=Wort starts a search at once (e.g. from a bookmark). */
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    field.value = q;
    run(q);
  }
}());
