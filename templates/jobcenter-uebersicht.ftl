<#ftl output_format="HTML">
<#-- /jobcenter/: rendered once per build by build-tools (JobcenterPages) from data/jobcenter.yaml.
     content.zahlen = counts, content.gruppen = entries by Regierungsbezirk, content.karte = the SVG map, drawn and
     escaped in Java from data/geo/hessen-jobcenter-gebiete-2026.geojson. The grouped list is the map's text alternative. -->
<#assign z = content.zahlen>
<@layout.page title=content.title description=content.description>
<h1>${content.title}</h1>
<p class="einleitung">In Hessen gibt es ${z.gesamt} Jobcenter: eines für jeden der ${z.landkreise} Landkreise und eines
  für jede der ${z.kreisfreie_staedte} kreisfreien Städte. ${z.kommunal} davon sind Kommunale Jobcenter. Sie gehören
  zum Kreis oder zur Stadt und erfüllen ihre Aufgaben allein. Die übrigen ${z.gemeinsame_einrichtungen} sind
  gemeinsame Einrichtungen: Kreis oder Stadt betreibt sie zusammen mit der Bundesagentur für Arbeit.</p>

<figure class="karte" aria-labelledby="karte-beschreibung">
  ${content.karte?no_esc}
  <figcaption id="karte-beschreibung">
    <ul class="karte__legende">
      <li><svg class="karte__muster" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect class="karte__flaeche--kommunal" width="24" height="16"/></svg>
        Kommunales Jobcenter (${z.kommunal}, gestreift)</li>
      <li><svg class="karte__muster" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect class="karte__flaeche--ge" width="24" height="16"/></svg>
        Gemeinsame Einrichtung (${z.gemeinsame_einrichtungen}, gepunktet)</li>
    </ul>
    <p>Jede Fläche ist ein Link zur Seite des Jobcenters. Dieselben Angaben stehen in der Liste unten.
      Kreisgrenzen: © GeoBasis-DE / BKG 2021 (Daten verändert), siehe <a href="/open-data/">Open Data und Quellen</a>.</p>
  </figcaption>
</figure>

<#list content.gruppen as g>
<h2 id="regierungsbezirk-${g.regierungsbezirk?lower_case?replace("ß", "ss")}">Regierungsbezirk ${g.regierungsbezirk} <span class="anzahl">(${anzahl(g.jobcenter, "{n} Jobcenter")})</span></h2>
<ul class="jobcenter-liste">
  <#list g.jobcenter as j>
  <li class="jobcenter-liste__eintrag">
    <a href="${j.pfad}">${j.gebiet}</a>
    <span class="jobcenter-liste__art">${j.art}</span>
    <span class="traegerform traegerform--${j.kommunal?then("kommunal", "ge")}">${j.kommunal?then("Kommunales Jobcenter", "Gemeinsame Einrichtung")}</span>
    <#if j.name??><span class="jobcenter-liste__name">${j.name}</span><#else><span class="jobcenter-liste__name nicht-bestaetigt" data-pagefind-ignore>Name nicht bestätigt</span></#if>
    <#-- a caveat belongs to its value: wherever the value is shown, so is the caveat -->
    <#if j.hinweise.traegerform??><p class="angabe__hinweis" data-pagefind-ignore>Zur Trägerform: ${j.hinweise.traegerform}</p></#if>
    <#if j.hinweise.name??><p class="angabe__hinweis" data-pagefind-ignore>Zum Namen: ${j.hinweise.name}</p></#if>
  </li>
  </#list>
</ul>
</#list>

<p>Die Angaben aller Jobcenter gibt es auch als Tabelle zum Herunterladen:
  <a href="/open-data/">Open Data und Quellen</a>.</p>
<@c.stand content.date />
</@layout.page>
