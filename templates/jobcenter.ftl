<#ftl output_format="HTML">
<#-- One Jobcenter, rendered by build-tools (JobcenterPages) for each entry of data/jobcenter.yaml.
     content.jobcenter = the entry (null = nicht bestätigt), content.gemeinden = names from data/gemeinden.csv,
     content.jsonld = schema.org JSON built and escaped in Java (a data block, never executed). -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<#assign j = content.jobcenter>
<#assign hinweise = j.hinweise>
<#assign stadt = j.art == "kreisfreie Stadt">
<#macro jsonld>
  <script type="application/ld+json">${content.jsonld?no_esc}</script>
</#macro>
<#-- One fact: its value, or "nicht bestätigt"; a caveat from hinweise underneath. -->
<#macro angabe feld wert="">
  <dd><#if wert?has_content><#nested><#else><span class="nicht-bestaetigt">nicht bestätigt</span></#if>
    <#if hinweise[feld]??><p class="angabe__hinweis">${hinweise[feld]}</p></#if></dd>
</#macro>
<@layout.page title=content.title description=content.description path="/jobcenter/${j.id}/" head=jsonld
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Jobcenter in Hessen", "url": "/jobcenter/"}]>
<h1>${j.anzeigename}</h1>
<p class="einleitung">
  <#if j.kommunal>
    Dieses Jobcenter ist ein Kommunales Jobcenter: <#if stadt>Die Stadt<#else>Der</#if> ${j.gebiet} erfüllt
    die Aufgaben des Jobcenters allein und in eigener Verantwortung, ohne die Bundesagentur für Arbeit.
  <#else>
    Dieses Jobcenter ist eine gemeinsame Einrichtung: <#if stadt>Die Stadt<#else>Der</#if> ${j.gebiet} betreibt
    es zusammen mit der Bundesagentur für Arbeit.
  </#if>
</p>
<#list content.wechsel as w><@c.hinweis titel="Zuständigkeit"><p class="wechsel">${w}</p></@c.hinweis></#list>

<h2 id="angaben">Angaben</h2>
<dl class="angaben">
  <dt>Name</dt>
  <@angabe feld="name" wert=j.name!"">${j.name}</@angabe>
  <dt>Trägerform</dt>
  <@angabe feld="traegerform" wert=j.traegerform><#if j.kommunal>Kommunales Jobcenter (zugelassener kommunaler Träger)<#else>Gemeinsame Einrichtung von <#if stadt>Stadt<#else>Kreis</#if> und Bundesagentur für Arbeit</#if></@angabe>
  <#if j.kommunal>
  <dt>Kommunaler Träger seit</dt>
  <@angabe feld="seit" wert=(j.seit?c)!"">${j.seit?c}</@angabe>
  </#if>
  <dt>Zuständig für</dt>
  <dd>${j.gebiet} (${j.art})</dd>
  <dt>Regierungsbezirk</dt>
  <dd>${j.regierungsbezirk}</dd>
  <dt>Sitz</dt>
  <@angabe feld="sitz" wert=j.sitz!"">${j.sitz}</@angabe>
  <dt>Website</dt>
  <@angabe feld="website" wert=j.website!""><a href="${j.website}" rel="external">${j.website?remove_beginning("https://")?remove_beginning("http://")?remove_ending("/")}<span class="unsichtbar"> (externe Website)</span></a></@angabe>
</dl>
<p>Eine Anschrift, Öffnungszeiten und Telefonnummern finden Sie auf der Website des Jobcenters<#if !j.website??> oder bei der Verwaltung <#if stadt>der Stadt<#else>des Kreises</#if></#if>.</p>

<h2 id="gemeinden">Zuständig für ${content.gemeinden?size} <#if content.gemeinden?size == 1>Gemeinde<#else>Städte und Gemeinden</#if></h2>
<ul class="gemeinden">
  <#list content.gemeinden as g><li>${g}</li></#list>
</ul>
<p class="stand">Gemeinden: © GeoBasis-DE / BKG 2021 (Daten verändert), Gebietsstand 1. Januar 2023. Mehr dazu unter
  <a href="/open-data/">Open Data und Quellen</a>.</p>

<h2 id="quellen">Quellen</h2>
<ul class="quellen">
  <#list j.quellen as q><li><a href="${q.url}" rel="external">${q.titel}<span class="unsichtbar"> (externe Website)</span></a></li></#list>
</ul>
<p class="stand">Stand der Angaben: <time datetime="${c.isoDatum(content.date)}">${c.datum(content.date)}</time></p>
<p class="zurueck"><a href="/jobcenter/">Alle Jobcenter in Hessen</a></p>
</@layout.page>
