<#ftl output_format="HTML">
<#-- The Jobcenter-Finder's search form, shared by /jobcenter-finden/ and the Startseite. It stays hidden until
     /js/jobcenter-finden.js has loaded the index; "ohneSkript" is the way in that works without JavaScript and
     stands in the same spot (the lists A–Z and by postcode).
     The texts come from data/sprachen/<code>.yaml of the page's language (the layout's globals t and sprache); the
     script fetches its answers (finder.skript) from the file the form names in data-texte, so one script serves every
     language. -->
<#import "components.ftl" as c>
<#macro suche ohneSkript=true>
<form class="finder" role="search" aria-label="${t.finder.suchen}" data-index="/jobcenter-finden/suchindex.json" data-texte="/jobcenter-finden/texte-${sprache.code}.json" hidden>
  <label class="finder__label" for="finder-eingabe">${t.finder.label}</label>
  <p class="finder__hilfe" id="finder-hilfe">${t.finder.hilfe}</p>
  <input class="finder__eingabe" id="finder-eingabe" name="ort" type="search" autocomplete="off" autocapitalize="off"
         spellcheck="false" enterkeyhint="search" aria-describedby="finder-hilfe finder-tasten" aria-controls="finder-treffer">
  <p class="finder__hilfe" id="finder-tasten">${t.finder.tasten}</p>
  <p class="finder__status" id="finder-status" role="status"></p>
  <ul class="finder__treffer" id="finder-treffer" aria-label="${t.finder.trefferliste}"></ul>
</form>
<#if ohneSkript>
<ul class="finder__wege linkliste">
  <li><a href="/jobcenter-finden/#von-a-bis-z">${t.finder.liste_az}</a></li>
  <li><a href="/jobcenter-finden/postleitzahlen/">${t.finder.liste_plz}</a></li>
</ul>
</#if>
<@c.skript "/js/jobcenter-finden.js" />
</#macro>
