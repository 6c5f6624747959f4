/* Site search (progressive enhancement): a small search box over Pagefind's search API (self-hosted in /pagefind/,
   loaded only when someone searches, like the index itself). Without JavaScript the search page shows the list of
   all pages instead. No inline script, so a strict Content-Security-Policy works; Pagefind's WebAssembly needs
   script-src 'wasm-unsafe-eval'. Pagefind's ready-made UI (126 KB) would break the 60 KB page budget. */
(() => {
  'use strict';
  const box = document.getElementById('suche');
  const form = document.getElementById('suche-formular');
  const field = document.getElementById('suche-feld');
  const status = document.getElementById('suche-status');
  const list = document.getElementById('suche-treffer');
  if (!box || !form || !field || !status || !list) return;
  const MAX = 20;
  let engine = null;
  let latest = 0;

  const pagefind = () => {
    if (!engine) engine = import('/pagefind/pagefind.js').then((pf) => pf.init().then(() => pf));
    return engine;
  };
  const el = (tag, className) => { const e = document.createElement(tag); e.className = className; return e; };
  const show = (term, hits) => {
    list.textContent = '';
    hits.forEach((hit) => {
      const item = el('li', 'eintraege__eintrag');
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = (hit.meta && hit.meta.title) || hit.url;
      const heading = el('h3', 'eintraege__titel');
      heading.appendChild(link);
      const excerpt = el('p', 'eintraege__text');
      excerpt.innerHTML = hit.excerpt; // Pagefind escapes the page text and only adds <mark>
      item.appendChild(heading);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    status.textContent = hits.length === 0 ? 'Keine Treffer für „' + term + '“.'
      : hits.length + ' Treffer für „' + term + '“.';
  };

  const run = (raw) => {
    const ticket = ++latest;
    const term = raw.trim();
    if (term === '') {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    pagefind().then((pf) => pf.debouncedSearch(term, {}, 250)).then((search) => {
      if (search === null || ticket !== latest) return null; // a newer input replaced this search
      return Promise.all(search.results.slice(0, MAX).map((r) => r.data()));
    }).then((hits) => {
      if (hits && ticket === latest) show(term, hits);
    }).catch(() => {
      status.textContent = 'Die Suche ist gerade nicht verfügbar. Bitte nutzen Sie die Übersicht aller Seiten.';
    });
  };

  field.addEventListener('input', () => run(field.value));
  form.addEventListener('submit', (e) => { e.preventDefault(); run(field.value); });
  box.hidden = false;
  const hint = document.getElementById('suche-ohne-js');
  if (hint) hint.hidden = true;
  // /suche/?q=Wort starts a search at once (e.g. from a bookmark).
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    field.value = q;
    run(q);
  }
})();
