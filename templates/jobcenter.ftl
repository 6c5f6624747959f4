<#ftl output_format="HTML">
<#-- One Jobcenter, rendered by build-tools (JobcenterPages) for each entry of data/jobcenter.yaml.
     content.jobcenter = the entry (null = nicht bestätigt), content.gemeinden = names from data/gemeinden.csv,
     content.jsonld = schema.org JSON built and escaped in Java (a data block, never executed),
     content.kontakt = how to reach it, confirmed values only, each with its source number and date (JobcenterPages.kontakt). -->
<#assign j = content.jobcenter>
<#assign hinweise = j.hinweise>
<#macro jsonld>
  <script type="application/ld+json">${content.jsonld?no_esc}</script>
</#macro>
<#-- One fact: its value, or "nicht bestätigt"; a caveat from hinweise underneath. -->
<#macro angabe feld wert="">
  <dd><@c.angabe wert=wert><#nested></@c.angabe>
    <#if hinweise[feld]??><p class="angabe__hinweis" data-pagefind-ignore>${hinweise[feld]}</p></#if></dd>
</#macro>
<@layout.page title=content.title description=content.description head=jsonld
              breadcrumbs=[{"titel": "Jobcenter in Hessen", "url": "/jobcenter/"}]>
<h1>${j.anzeigename}</h1>
<#assign k = content.kontakt>
<section aria-labelledby="kontakt">
<h2 id="kontakt">So erreichen Sie das Jobcenter</h2>
<#if k.zeilen?has_content>
<dl class="angaben">
  <#list k.zeilen as z>
  <dt data-pagefind-ignore>${z.titel}</dt>
  <#list z.werte as v>
  <dd><#if v.allgemein??>Gemeinsame Einrichtungen nutzen <a href="${v.href}" rel="external">${v.wert}</a>.
    Ob dieses Jobcenter es anbietet, ist nicht einzeln bestätigt.<#else><#if v.name?has_content>${v.name}: </#if><#if v.href?has_content><a href="${v.href}"<#if z.feld != "telefon"> rel="external"</#if>>${v.wert}</a><#else>${v.wert}</#if><#if v.zeiten?has_content>, erreichbar ${v.zeiten}</#if></#if>
    <#if v.zusatz?has_content><br>${v.zusatz}</#if>
    <p class="angabe__hinweis" data-pagefind-ignore>${v.stand} (<a href="#kontakt-quelle-${v.quelle}">Quelle ${v.quelle}</a>)</p></dd>
  </#list>
  </#list>
</dl>
</#if>
<#if k.leer>
<p>Für dieses Jobcenter ist bisher keine Website, Anschrift oder Telefonnummer aus einer Quelle von 2022 oder später
  bestätigt. Anschrift und Öffnungszeiten nennt Ihnen die Bundesagentur für Arbeit: <a href="${k.ba_suche}" rel="external">Dienststellen vor Ort</a>.</p>
<#elseif k.fehlt?has_content>
<p>${k.fehlt} <#if k.website>Mehr finden Sie auf der Website des Jobcenters.<#else>Mehr nennt Ihnen auch die Bundesagentur für Arbeit: <a href="${k.ba_suche}" rel="external">Dienststellen vor Ort</a>.</#if></p>
</#if>
<#if k.quellen?has_content>
<h3 id="kontakt-quellen">Quellen der Kontaktangaben</h3>
<ol class="quellen" data-pagefind-ignore>
  <#list k.quellen as q><li id="kontakt-quelle-${q.nummer}"><a href="${q.url}" rel="external">${q.titel}</a>, ${q.stand}</li></#list>
</ol>
</#if>
<#if k.stand?has_content><p class="stand" data-pagefind-ignore>Kontaktangaben geprüft am <time datetime="${k.stand_iso}">${k.stand}</time>. Wir zeigen nur Angaben aus starken oder mittleren Quellen von 2022 oder später.</p></#if>
</section>
<p class="einleitung">
  <#if j.kommunal>
    Dieses Jobcenter ist ein Kommunales Jobcenter: ${j.traeger} erfüllt
    die Aufgaben des Jobcenters allein und in eigener Verantwortung, ohne die Bundesagentur für Arbeit.
  <#else>
    Dieses Jobcenter ist eine gemeinsame Einrichtung: ${j.traeger} betreibt
    es zusammen mit der Bundesagentur für Arbeit.
  </#if>
</p>
<#list content.wechsel as w><@c.hinweis titel="Zuständigkeit"><p class="wechsel">${w}</p></@c.hinweis></#list>

<h2 id="angaben">Angaben</h2>
<dl class="angaben">
  <dt data-pagefind-ignore>Name</dt>
  <@angabe feld="name" wert=j.name!"">${j.name}</@angabe>
  <dt data-pagefind-ignore>Trägerform</dt>
  <@angabe feld="traegerform" wert=j.traegerform><#if j.kommunal>Kommunales Jobcenter (zugelassener kommunaler Träger)<#else>Gemeinsame Einrichtung von ${j.traeger_kurz} und Bundesagentur für Arbeit</#if></@angabe>
  <#if j.kommunal>
  <dt data-pagefind-ignore>Kommunaler Träger seit</dt>
  <@angabe feld="seit" wert=(j.seit?c)!"">${j.seit?c}</@angabe>
  </#if>
  <dt data-pagefind-ignore>Zuständig für</dt>
  <dd>${j.gebiet} (${j.art})</dd>
  <dt data-pagefind-ignore>Regierungsbezirk</dt>
  <dd>${j.regierungsbezirk}</dd>
  <dt data-pagefind-ignore>Sitz</dt>
  <@angabe feld="sitz" wert=j.sitz!"">${j.sitz}</@angabe>
</dl>

<h2 id="gemeinden">Zuständig für ${anzahl(content.gemeinden, "1 Gemeinde", "{n} Städte und Gemeinden")}</h2>
<ul class="gemeinden">
  <#list content.gemeinden as g><li>${g}</li></#list>
</ul>
<p class="stand" data-pagefind-ignore>Gemeinden: © GeoBasis-DE / BKG 2021 (Daten verändert), Gebietsstand 1. Januar 2023. Mehr dazu unter
  <a href="/open-data/">Open Data und Quellen</a>.</p>

<h2 id="quellen">Quellen</h2>
<ul class="quellen" data-pagefind-ignore>
  <#list j.quellen as q><li><a href="${q.url}" rel="external">${q.titel}</a></li></#list>
</ul>
<@c.stand content.date />
<p class="zurueck"><a href="/jobcenter/">Alle Jobcenter in Hessen</a></p>
</@layout.page>
