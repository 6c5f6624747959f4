<#ftl output_format="HTML">
<#-- The Jobcenter-Finder's search form, shared by /jobcenter-finden/ and the Startseite. It stays hidden until
     /js/jobcenter-finden.js has loaded the index; "ohneSkript" is the way in that works without JavaScript and
     stands in the same spot (the lists A–Z and by postcode). -->
<#macro suche ohneSkript=true>
<form class="finder" role="search" aria-label="Jobcenter suchen" data-index="/jobcenter-finden/suchindex.json" hidden>
  <label class="finder__label" for="finder-eingabe">Ihr Wohnort oder Ihre Postleitzahl</label>
  <p class="finder__hilfe" id="finder-hilfe">Zum Beispiel Marburg oder 35037.</p>
  <input class="finder__eingabe" id="finder-eingabe" name="ort" type="search" autocomplete="off" autocapitalize="off"
         spellcheck="false" enterkeyhint="search" aria-describedby="finder-hilfe finder-tasten" aria-controls="finder-treffer">
  <p class="finder__hilfe" id="finder-tasten">Die Treffer erscheinen, während Sie tippen. Mit der Pfeiltaste nach unten
    kommen Sie zu den Treffern.</p>
  <p class="finder__status" id="finder-status" role="status"></p>
  <ul class="finder__treffer" id="finder-treffer" aria-label="Treffer"></ul>
</form>
<#if ohneSkript>
<ul class="finder__wege linkliste">
  <li><a href="/jobcenter-finden/#von-a-bis-z">Alle Städte und Gemeinden von A bis Z</a></li>
  <li><a href="/jobcenter-finden/postleitzahlen/">Jobcenter nach Postleitzahl</a></li>
</ul>
</#if>
<script src="/js/jobcenter-finden.js" defer></script>
</#macro>
