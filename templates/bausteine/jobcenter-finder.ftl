<#ftl output_format="HTML">
<#-- Jobcenter-Finder (content/jobcenter-finden): every Gemeinde A–Z and every postcode with its Jobcenter, joined
     at build time from data/gemeinden.csv and data/jobcenter.yaml (build-tools: FinderModell). Works without
     JavaScript, with a screen reader and on paper; /js/jobcenter-finden.js adds a search that answers as you
     type (the form stays hidden until the script has loaded the index). -->
<#assign buchstaben = finder_buchstaben>
<#assign bereiche = finder_postleitzahlen>
<#assign anzahl = finder_gemeinden?size>
<p class="einleitung">Zuständig ist das Jobcenter des Landkreises oder der kreisfreien Stadt, in der Sie wohnen.
  Suchen Sie Ihre Stadt oder Gemeinde in der <a href="#von-a-bis-z">Liste von A bis Z</a> oder Ihre Postleitzahl
  in der <a href="#postleitzahlen">Liste der Postleitzahlen</a>.</p>

<form class="finder" role="search" aria-label="Jobcenter suchen" data-index="/jobcenter-finden/suchindex.json" hidden>
  <label class="finder__label" for="finder-eingabe">Ihr Wohnort oder Ihre Postleitzahl</label>
  <p class="finder__hilfe" id="finder-hilfe">Zum Beispiel Marburg oder 35037. Die Treffer erscheinen, während Sie tippen.
    Mit der Pfeiltaste nach unten kommen Sie zu den Treffern.</p>
  <input class="finder__eingabe" id="finder-eingabe" name="ort" type="search" autocomplete="off" autocapitalize="off"
         spellcheck="false" enterkeyhint="search" aria-describedby="finder-hilfe" aria-controls="finder-treffer">
  <p class="finder__status" id="finder-status" role="status"></p>
  <ul class="finder__treffer" id="finder-treffer" aria-label="Treffer"></ul>
</form>

<h2 id="von-a-bis-z">Alle ${anzahl} Städte und Gemeinden von A bis Z</h2>
<nav class="sprungliste" aria-label="Anfangsbuchstaben">
  <ul>
    <#list buchstaben as b><li><a href="#${b.anker}">${b.buchstabe}</a></li></#list>
  </ul>
</nav>
<div class="gemeindeliste">
<#list buchstaben as b>
  <section class="gemeindeliste__gruppe" aria-labelledby="${b.anker}">
    <h3 id="${b.anker}">${b.buchstabe}</h3>
    <ul class="gemeinden">
      <#list b.gemeinden as g>
      <li><span class="gemeinden__name">${g.name}</span> <span class="gemeinden__gebiet">(${g.gebiet})</span>:
        <a href="${g.url}">${g.jobcenter}</a></li>
      </#list>
    </ul>
  </section>
</#list>
</div>

<h2 id="postleitzahlen">Nach Postleitzahl</h2>
<p>Eine Postleitzahl kann zu mehreren Gemeinden gehören, manchmal sogar in verschiedenen Kreisen. Dann ist das
  Jobcenter Ihrer Gemeinde zuständig.</p>
<nav class="sprungliste" aria-label="Postleitzahlbereiche">
  <ul>
    <#list bereiche as r><li><a href="#${r.anker}">${r.bereich}…</a></li></#list>
  </ul>
</nav>
<#list bereiche as r>
<h3 id="${r.anker}">Postleitzahlen ${r.bereich}…</h3>
<table class="plz-tabelle">
  <thead><tr><th scope="col">Postleitzahl</th><th scope="col">Stadt oder Gemeinde</th><th scope="col">Zuständiges Jobcenter</th></tr></thead>
  <tbody>
  <#list r.eintraege as e><#list e.gemeinden as g>
    <tr><td>${e.plz}</td><td>${g.name}</td><td><a href="${g.url}">${g.jobcenter}</a></td></tr>
  </#list></#list>
  </tbody>
</table>
</#list>
<script src="/js/jobcenter-finden.js" defer></script>
