<#ftl output_format="HTML">
<#-- Startseite: campaign, figures from data/kennzahlen.yaml, entry points, Leichte Sprache and DGS (HVBIT § 3 Abs. 3). -->
<#assign zahlen = data.get('kennzahlen.yaml')>
<#-- JSON-LD for the organisation: only confirmed facts (name, address of the site, own logo). Address,
     e-mail and phone of the operator are unconfirmed (data/site.yaml, betreiber) and stay out. A data
     block, not a script: browsers never execute it, so no CSP allowance is needed. -->
<#macro organisation>
<#local site = data.get('site.yaml')>
<#local host = config.site_host?remove_ending("/")>
  <script type="application/ld+json">{
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "Organization", "@id": "${(host + "/#organisation")?json_string?no_esc}", "name": "${site.name?json_string?no_esc}",
     "url": "${(host + "/")?json_string?no_esc}", "logo": "${(host + "/favicon.svg")?json_string?no_esc}"},
    {"@type": "WebSite", "@id": "${(host + "/#website")?json_string?no_esc}", "name": "${site.name?json_string?no_esc}",
     "url": "${(host + "/")?json_string?no_esc}", "inLanguage": "de", "publisher": {"@id": "${(host + "/#organisation")?json_string?no_esc}"},
     "potentialAction": {"@type": "SearchAction", "target": "${(host + "/suche/?q={suchbegriff}")?json_string?no_esc}",
       "query-input": "required name=suchbegriff"}}
  ]
}</script>
</#macro>
<@layout.page title=content.title description=content.description head=organisation>
<#-- The campaign's motto once on the page, as a typographic wordmark: "name – motto" from the title. -->
<h1 class="wortmarke"><#if content.title?contains(" – ")><span class="wortmarke__name">${content.title?keep_before(" – ")}</span><span class="unsichtbar"> – </span>
  <span class="wortmarke__motto">${content.title?keep_after(" – ")}</span><#else>${content.title}</#if></h1>
<#-- Most visitors come to find their Jobcenter: the search is the first thing on the page (issue 15). -->
<section class="einstieg-finder" aria-labelledby="einstieg-finder-titel">
  <h2 id="einstieg-finder-titel">Welches Jobcenter ist für Sie zuständig?</h2>
  <@finder.suche />
</section>
${content.body?no_esc}

<h2 id="zahlen">Die Kommunalen Jobcenter in Zahlen</h2>
<ul class="kennzahlen">
  <#list zahlen.bund as z><li><@c.kennzahl wert=z.wert text=z.text stand=z.zahlen_stand!zahlen.zahlen_stand /></li></#list>
</ul>
<#-- Each figure's source once, with the date the source gave it (a figure without its own source has the file's). -->
<#assign quellen = []>
<#list zahlen.bund as z>
  <#assign q = z.quelle!zahlen.quelle>
  <#if !quellen?map(x -> x.url)?seq_contains(q.url)><#assign quellen = quellen + [{"url": q.url, "titel": q.titel, "stand": z.zahlen_stand!zahlen.zahlen_stand}]></#if>
</#list>
<p class="stand" data-pagefind-ignore>Quellen: <#list quellen as q>Stand ${q.stand}: <a href="${q.url}" rel="external">${q.titel}</a><#sep>; </#list></p>
<#-- The Hessen figures are counted in build-tools (JobcenterZahlenModell) from data/jobcenter.yaml. -->
<#assign hessen = jobcenter_zahlen[0]>
<p>In Hessen sind ${hessen.kommunal} der ${hessen.gesamt} Jobcenter Kommunale Jobcenter.
  Die übrigen ${hessen.gemeinsame_einrichtungen} sind gemeinsame Einrichtungen von Kreis oder Stadt und
  Bundesagentur für Arbeit. Seit 2. Januar 2026 hat die Stadt Hanau ein eigenes Jobcenter.
  <a href="/jobcenter/">Alle Jobcenter in Hessen mit Karte</a></p>
<p class="stand" data-pagefind-ignore>Stand der Angaben zu Hessen: ${hessen.stand}. Die Quellen nennt die Seite jedes Jobcenters.</p>

<h2 id="einstieg">Was suchen Sie?</h2>
<div class="kacheln">
  <@c.kachel titel="Jobcenter finden" url="/jobcenter-finden/"><p>Welches Jobcenter ist für Sie zuständig? Suchen Sie nach Ihrem Wohnort oder Ihrer Postleitzahl.</p></@c.kachel>
  <@c.kachel titel="Über die Kommunalen Jobcenter" url="/ueber-uns/"><p>Was ein Kommunales Jobcenter ist und wie es sich von einer gemeinsamen Einrichtung unterscheidet.</p></@c.kachel>
  <@c.kachel titel="Für Bürgerinnen und Bürger" url="/buergerinnen-und-buerger/"><p>Wo Sie Hilfe bekommen, wenn Sie Arbeit suchen oder Grundsicherungsgeld brauchen.</p></@c.kachel>
  <@c.kachel titel="Aktuelles" url="/aktuelles/"><p>Meldungen rund um die Kommunalen Jobcenter in Hessen.</p></@c.kachel>
</div>

<section class="leichte-sprache" aria-labelledby="leichte-sprache-kurz" lang="de">
  <h2 id="leichte-sprache-kurz">Leichte Sprache</h2>
  <p>Hier gibt es Infos über die Job-Center in Hessen.</p>
  <p>Ein Job-Center hilft Menschen. Zum Beispiel bei der Suche nach Arbeit.</p>
  <p>Alle Infos in Leichter Sprache finden Sie hier:
    <a href="/leichte-sprache/">Infos in Leichter Sprache</a></p>
  <p>Infos in Gebärden-Sprache finden Sie hier:
    <a href="/gebaerdensprache/">Infos in Gebärden-Sprache</a></p>
</section>
</@layout.page>
