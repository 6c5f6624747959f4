/* Jobcenter-Finder: answers "Welches Jobcenter ist für mich zuständig?" while the visitor types a town or a
   postcode. Progressive enhancement of /jobcenter-finden/: without this script the page still lists every
   Gemeinde (A–Z) and every postcode. The search index is generated at build time from data/gemeinden.csv and
   data/jobcenter.yaml (build-tools: Suchindex); its layout:
     { jobcenter: [[url, name, gebiet], …], gemeinden: [[name, jobcenterIndex, "plz plz …", langform], …] } */
(() => {
  'use strict';
  const form = document.querySelector('form[data-index]');
  if (!form || !window.fetch) return;
  const input = form.querySelector('input');
  const status = document.getElementById('finder-status');
  const list = document.getElementById('finder-treffer');
  const BA = 'https://www.arbeitsagentur.de/vor-ort/';
  const MAX = 12;
  let orte = [];
  let kreise = [];
  let timer;

  // Lower case, ß → ss, umlauts → ae/oe/ue (or, with plain, → a/o/u), every other mark dropped,
  // everything but letters and digits → one space. Index and input go through the same function.
  const fold = (s, plain) => {
    s = s.toLowerCase().replace(/ß/g, 'ss');
    if (!plain) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  };
  const keys = (names) => names.filter(Boolean).flatMap((n) => [fold(n), fold(n, true)])
    .map((k) => [k, k.replace(/ /g, '')]);

  // 0 = exact, 1 = the name starts with the input, 2 = a word of the name starts with it; -1 = no match.
  const rank = (entry, q, compact) => {
    let best = -1;
    for (const [k, c] of entry.keys) {
      const r = k === q ? 0 : (k.startsWith(q) || c.startsWith(compact)) ? 1 : (' ' + k).includes(' ' + q) ? 2 : -1;
      if (r >= 0 && (best < 0 || r < best)) best = r;
    }
    return best;
  };

  const distance = (a, b) => {
    const d = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = d[0];
      d[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const t = d[j];
        d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = t;
      }
    }
    return d[b.length];
  };

  const byName = (q) => {
    const compact = q.replace(/ /g, '');
    const hits = [];
    orte.forEach((o) => { const r = rank(o, q, compact); if (r >= 0) hits.push([r, o]); });
    // A Kreis is a hit of its own only if no Gemeinde already leads to its Jobcenter (Landkreis Kassel).
    kreise.forEach((k) => {
      const r = rank(k, q, compact);
      if (r >= 0 && !hits.some(([, o]) => o.jc === k.jc)) hits.push([r + 0.5, k]);
    });
    return hits.sort((a, b) => a[0] - b[0]).map(([, o]) => o);
  };

  const suggestions = (q) => {
    if (q.length < 4) return [];
    const limit = q.length > 6 ? 2 : 1;
    return orte.map((o) => [Math.min(...o.keys.map(([k]) => Math.min(distance(q, k), distance(q, k.slice(0, q.length))))), o])
      .filter(([d]) => d <= limit).sort((a, b) => a[0] - b[0]).slice(0, 3).map(([, o]) => o);
  };

  const el = (tag, text) => { const e = document.createElement(tag); if (text) e.textContent = text; return e; };
  const link = (href, text) => { const a = el('a', text); a.href = href; return a; };

  const item = (o, plz) => {
    const li = el('li');
    li.append(el('strong', (plz ? plz + ' ' : '') + o.name), ' (' + o.detail + '): ', link(o.jc[0], o.jc[1]));
    return li;
  };

  const say = (parts) => {
    clearTimeout(timer);
    // The live region speaks once typing pauses, not at every keystroke.
    timer = setTimeout(() => status.replaceChildren(...parts), 250);
  };

  const show = (hits, plz) => list.replaceChildren(...hits.slice(0, MAX).map((o) => item(o, plz && o.plz.find((p) => p.startsWith(plz)))));

  const elsewhere = () => ['Wenn Sie nicht in Hessen wohnen: Die Bundesagentur für Arbeit nennt Ihnen das Jobcenter an Ihrem Wohnort unter ',
    link(BA, 'Dienststellen vor Ort'), '.'];

  const search = () => {
    const raw = input.value.trim();
    const q = fold(raw);
    if (!q) { show([]); say([]); return; }
    const plz = (q.match(/\b\d+\b/) || [''])[0];
    const text = q.replace(/\b\d+\b/g, ' ').replace(/ +/g, ' ').trim();
    let hits = text ? byName(text) : orte;
    if (plz) hits = hits.filter((o) => o.plz && o.plz.some((p) => p.startsWith(plz)));
    show(hits, plz);
    const count = hits.length === 1 ? '1 Treffer' : hits.length + ' Treffer';
    if (plz.length > 5) {
      say(['Eine Postleitzahl hat fünf Ziffern. Bitte prüfen Sie Ihre Eingabe.']);
    } else if (hits.length === 0 && plz.length === 5) {
      say(['Die Postleitzahl ' + plz + (text ? ' passt zu keinem Ort „' + raw.replace(plz, '').trim() + '“' : ' gehört zu keiner Gemeinde')
        + ' in Hessen. ', ...elsewhere()]);
    } else if (hits.length === 0) {
      const maybe = plz ? [] : suggestions(text);
      show(maybe);
      say(['Zu „' + raw + '“ haben wir keine Stadt und keine Gemeinde in Hessen gefunden. '
        + (maybe.length ? 'Meinten Sie ' + maybe.map((o) => o.name).join(' oder ') + '? ' : 'Prüfen Sie die Schreibweise oder suchen Sie in der Liste von A bis Z. '),
        ...elsewhere()]);
    } else if (plz && plz.length < 5) {
      say([count + '. Geben Sie alle fünf Ziffern der Postleitzahl ein, dann wird die Liste kürzer.']);
    } else if (hits.length > MAX) {
      say([count + '. Die ersten ' + MAX + ' stehen unten; geben Sie mehr Buchstaben ein.']);
    } else if (hits.length === 1) {
      say(['Zuständig für ' + hits[0].name + ' ist: ' + hits[0].jc[1] + '.']);
    } else {
      const gebiete = new Set(hits.map((o) => o.jc)).size;
      say([count + (gebiete > 1 ? ' bei ' + gebiete + ' verschiedenen Jobcentern. Wählen Sie Ihren Wohnort aus.' : '.')]);
    }
  };

  const links = () => Array.from(list.querySelectorAll('a'));
  const move = (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      all[Math.min(i + 1, all.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]).focus();
    } else if (e.key === 'Escape') {
      if (document.activeElement === input) { input.value = ''; search(); } else input.focus();
    }
  };

  fetch(form.dataset.index).then((r) => r.json()).then((index) => {
    const jc = index.jobcenter;
    const count = new Map();
    orte = index.gemeinden.map(([name, j, plz, lang]) => {
      count.set(j, (count.get(j) || 0) + 1);
      return { name, jc: jc[j], plz: plz.split(' '), detail: jc[j][2], keys: keys([name, lang]) };
    });
    kreise = jc.map((j, i) => ({ name: j[2], jc: j, detail: count.get(i) > 1 ? 'alle ' + count.get(i) + ' Städte und Gemeinden im Kreis' : 'kreisfreie Stadt', keys: keys([j[2]]) }));
    form.hidden = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); search(); if (links().length) links()[0].focus(); });
    input.addEventListener('input', search);
    form.addEventListener('keydown', move);
    if (input.value) search();
  }).catch(() => { /* the lists below still answer the question */ });
})();
