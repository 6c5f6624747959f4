<#ftl output_format="HTML">
<#-- Jobcenter-Finder (content/jobcenter-finden): every Gemeinde A–Z with the Kreis or kreisfreie Stadt whose
     Jobcenter is responsible, joined at build time from data/gemeinden.csv and data/jobcenter.yaml (build-tools:
     FinderModell). Works without JavaScript, with a screen reader and on paper; /js/jobcenter-finden.js adds a
     search that answers as you type (the form stays hidden until the script has loaded the index).
     Markup is lean on purpose, so 421 entries stay within the page budget: </li> and the quotes of a plain URL are optional in HTML. -->
<#assign buchstaben = finder_buchstaben>
<p class="einleitung">Zuständig ist das Jobcenter des Landkreises oder der kreisfreien Stadt, in dem oder in der Sie wohnen.
  Wohnen Sie nicht in Hessen? Dann nennt Ihnen die Bundesagentur für Arbeit Ihr Jobcenter:
  <a href="https://www.arbeitsagentur.de/vor-ort/">Dienststellen vor Ort</a>.</p>

<@finder.suche ohneSkript=false />

<h2 id="von-a-bis-z">Alle ${anzahl(finder_gemeinden, "{n} Städte und Gemeinden")} von A bis Z</h2>
<p>Hinter jedem Ort steht der Landkreis oder die kreisfreie Stadt. Der Link führt zum zuständigen Jobcenter.
  Sie kennen nur Ihre Postleitzahl? Dann sehen Sie in der
  <a href="/jobcenter-finden/postleitzahlen/">Liste nach Postleitzahl</a> nach.</p>
<nav class="sprungliste" aria-label="Anfangsbuchstaben">
  <ul>
    <#list buchstaben as b><li><a href="#${b.anker}">${b.buchstabe}</a></li></#list>
  </ul>
</nav>
<#list buchstaben as b>
<h3 id="${b.anker}">${b.buchstabe}</h3>
<ul class="gemeindeliste"><#list b.gemeinden as g><li>${g.name}: <a href=${g.url}>${g.gebiet}</a><#if g.hinweis?has_content><br><small>${g.hinweis}</small></#if></#list></ul>
</#list>
