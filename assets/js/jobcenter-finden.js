/* Jobcenter-Finder (progressive enhancement). Index: build-tools Suchindex. */
(() => {
  'use strict';
  const form = document.querySelector('form[data-index]');
  if (!form || !window.fetch) return;
  const input = form.querySelector('input');
  const status = document.getElementById('finder-status');
  const list = document.getElementById('finder-treffer');
  const MAX = 12;
  let orte = [];
  let kreise = [];
  let timer;

  // Lower case, ß → ss, ä → ae (plain: a), other marks dropped, all but letters and digits → one space.
  const fold = (s, plain) => {
    s = s.toLowerCase().replace(/ß/g, 'ss');
    if (!plain) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  };
  const keys = (names) => names.filter(Boolean).flatMap((n) => [fold(n), fold(n, 1)]).map((k) => [k, k.replace(/ /g, '')]);
  // 0 exact, 1 name starts with the input, 2 a word does, 9 no match
  const rank = (o, q, c) => Math.min(...o.keys.map(([k, kc]) =>
    k === q ? 0 : k.startsWith(q) || kc.startsWith(c) ? 1 : (' ' + k).includes(' ' + q) ? 2 : 9));
  const byName = (q) => {
    const c = q.replace(/ /g, '');
    const hits = orte.map((o) => [rank(o, q, c), o]).filter(([r]) => r < 9);
    // A Kreis is a hit of its own only if no Gemeinde already leads to its Jobcenter (Landkreis Kassel).
    kreise.forEach((k) => {
      const r = rank(k, q, c);
      if (r < 9 && !hits.some(([, o]) => o.jc === k.jc)) hits.push([r + 0.5, k]);
    });
    return hits.sort((a, b) => a[0] - b[0]).map(([, o]) => o);
  };
  const el = (tag, text) => { const e = document.createElement(tag); e.textContent = text || ''; return e; };
  const link = (href, text) => { const a = el('a', text); a.href = href; return a; };
  const show = (hits, plz) => list.replaceChildren(...hits.slice(0, MAX).map((o) => {
    const li = el('li');
    const p = plz && o.plz.find((x) => x.startsWith(plz));
    li.append(el('strong', (p ? p + ' ' : '') + o.name), ' (' + o.detail + '): ', link(o.jc[0], o.jc[1]));
    const w = o.jc[3];
    if (w) li.append(', ' + w[2] + ': ', link(...w));
    li.append(' ', o.hinweis || '');
    return li;
  }));
  // The live region speaks once typing pauses, not at every keystroke.
  const say = (...parts) => { clearTimeout(timer); timer = setTimeout(() => status.replaceChildren(...parts), 250); };
  const elsewhere = ['Wohnen Sie nicht in Hessen? Ihr Jobcenter nennt Ihnen die Bundesagentur für Arbeit: ',
    'https://www.arbeitsagentur.de/vor-ort/', 'Dienststellen vor Ort'];
  const ba = () => [elsewhere[0], link(elsewhere[1], elsewhere[2]), '.'];

  const search = () => {
    const raw = input.value.trim();
    const q = fold(raw);
    const plz = (q.match(/\d+/) || [''])[0];
    const text = q.replace(/\d+/g, ' ').trim().replace(/ +/g, ' ');
    let hits = text ? byName(text) : plz ? orte : [];
    if (plz) hits = hits.filter((o) => o.plz && o.plz.some((p) => p.startsWith(plz)));
    show(hits, plz);
    const n = hits.length + ' Treffer';
    if (!q) say();
    else if (plz.length > 5) say('Eine Postleitzahl hat fünf Ziffern.');
    else if (!hits.length && plz.length === 5) {
      say('Zur Postleitzahl ' + plz + (text ? ' passt kein Ort „' + raw.replace(plz, '').trim() + '“' : ' gehört keine Gemeinde')
        + ' in Hessen. ', ...ba());
    } else if (!hits.length) {
      say('Zu „' + raw + '“ haben wir keine Stadt und keine Gemeinde in Hessen gefunden. Prüfen Sie die Schreibweise '
        + 'oder suchen Sie in der Liste von A bis Z. ', ...ba());
    } else if (plz.length && plz.length < 5) say(n + '. Mit allen fünf Ziffern wird die Liste kürzer.');
    else if (hits.length > MAX) say(n + '. Die ersten ' + MAX + ' stehen unten; geben Sie mehr Buchstaben ein.');
    else if (hits.length === 1) say('Zuständig für ' + hits[0].name + ': ' + hits[0].jc[1] + '. ' + (hits[0].hinweis || ''));
    else {
      const jc = new Set(hits.map((o) => o.jc)).size;
      say(n + (jc > 1 ? ' mit ' + jc + ' verschiedenen Jobcentern. Wählen Sie Ihren Wohnort.' : '.'));
    }
  };

  // Keyboard: arrow down from the field into the hits, up and down between them, Escape back or to clear.
  const links = () => Array.from(list.querySelectorAll('a'));
  form.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && all.length) all[Math.min(i + 1, all.length - 1)].focus();
    else if (e.key === 'ArrowUp' && i >= 0) (i ? all[i - 1] : input).focus();
    else if (e.key === 'Escape') { if (i < 0) input.value = ''; input.focus(); search(); }
    else return;
    e.preventDefault();
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); search(); if (links().length) links()[0].focus(); });
  input.addEventListener('input', search);

  // Shown at once (before the load event), so the page does not shift under the reader; typing before the index
  // has arrived is answered as soon as it is there.
  form.hidden = false;
  fetch(form.dataset.index).then((r) => r.json()).then((index) => {
    const jc = index.jobcenter;
    const count = jc.map(() => 0);
    orte = index.gemeinden.map(([name, j, plz, lang, hinweis]) => {
      count[j]++;
      return { name, jc: jc[j], plz: plz.split(' '), detail: jc[j][2], keys: keys([name, lang]), hinweis };
    });
    kreise = jc.map((j, i) => ({ name: j[2], jc: j, keys: keys([j[2]]),
      detail: count[i] > 1 ? 'alle ' + count[i] + ' Städte und Gemeinden im Kreis' : 'kreisfreie Stadt' }));
    if (input.value) search();
  }).catch(() => { form.hidden = true; /* the lists on the page still answer */ });
})();
