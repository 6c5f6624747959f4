<#ftl output_format="HTML">
<#-- Small presentational macros. German component names follow KERN UX where one exists. -->

<#-- Skript: a component asks for its script; the layout writes each one once at the end of <body> (bodyEnd). -->
<#macro skript src><#if !(skripte![])?seq_contains(src)><#global skripte = (skripte![]) + [src]></#if></#macro>

<#-- Brotkrümelnavigation: items = [{"titel":…, "url":…}], current = title of this page -->
<#macro breadcrumbs items current label="Brotkrümelnavigation">
<nav class="brotkruemel" aria-label="${label}">
  <ol>
    <#list items as item><li><a href="${item.url}">${item.titel}</a></li></#list>
    <li><span aria-current="page">${current}</span></li>
  </ol>
</nav>
</#macro>

<#-- Who publishes the site (header and footer), from data/site.yaml. Empty until a source confirms it: the
     preview says so; a publish build stops before this is ever shown. -->
<#macro herausgeber betreiber t={}>
${(t.texte.herausgeber)!"Herausgeber"}: <@angabe wert=betreiber.herausgeber nicht=(t.texte.nicht_bestaetigt)!"nicht bestätigt">${betreiber.herausgeber}</@angabe>
</#macro>

<#-- Our own pictograms for Leichte Sprache (an open book) and Gebärdensprache (two open hands), drawn white for
     the header (assets/piktogramme); decorative, because the link text says where it goes. -->
<#macro piktogramm name><img class="piktogramm" src="/piktogramme/${name}.svg" alt="" width="24" height="24"></#macro>

<#-- Kachel: a teaser that links somewhere (a card; "karte" is the map of /jobcenter/). The whole heading is the link text. -->
<#macro kachel titel url>
<div class="kachel">
  <h3 class="kachel__titel"><a href="${url}">${titel}</a></h3>
  <div class="kachel__text"><#nested></div>
</div>
</#macro>

<#-- Kennzahl: one figure with its label and, if given, the date the source gave it ("Stand November 2018") -->
<#macro kennzahl wert text stand="">
<div class="kennzahl">
  <#-- a unit never wraps alone onto a line ("22 Mio.") -->
  <p class="kennzahl__wert">${wert?replace(" (Mio\\.|Mrd\\.|€|%)", "\xA0$1", "r")}</p>
  <p class="kennzahl__text">${text}</p>
  <#if stand?has_content><p class="kennzahl__stand">Stand ${stand}</p></#if>
</div>
</#macro>

<#-- Angabe: a confirmed value (the nested content) or the site's one marker for a missing one, "nicht bestätigt". -->
<#macro angabe wert nicht="nicht bestätigt"><#if wert?has_content><#nested><#else><span class="nicht-bestaetigt" data-pagefind-ignore>${nicht}</span></#if></#macro>

<#-- Hinweis: a highlighted box -->
<#macro hinweis titel="Hinweis">
<div class="hinweis" role="note">
  <p class="hinweis__titel"><strong>${titel}</strong></p>
  <#nested>
</div>
</#macro>

<#-- Sperrfrist: only embargoed documents carry sperrfrist_bis (build-tools Sperrfrist); they are baked as drafts,
     so this banner is seen in the preview and never published. -->
<#macro sperrfrist doc>
<#if doc.sperrfrist_bis??>
<@hinweis titel="Sperrfrist bis ${doc.sperrfrist_bis}">
  <p>Diese Seite ist nur in der Vorschau zu sehen. Sie erscheint auf der Website, sobald die Sperrfrist abgelaufen ist und die Website danach gebaut wird (jeden Morgen und bei jeder Änderung).</p>
</@hinweis>
</#if>
</#macro>

<#-- Date in German, e.g. "26. November 2018" -->
<#function datum d>
  <#return d?string("d. MMMM yyyy")>
</#function>

<#-- Stand: the day a page's facts were last checked, as secondary text that the site search leaves out. -->
<#macro stand d text="Stand der Angaben">
<p class="stand" data-pagefind-ignore>${text}: <time datetime="${isoDatum(d)}">${datum(d)}</time></p>
</#macro>

<#-- Machine-readable date for <time datetime> -->
<#function isoDatum d>
  <#-- ISO digits in every language (the Arabic locale would write ٢٠٢٦) -->
  <#return d?date?string.iso>
</#function>

<#-- URL of the page of one Schlagwort (JBake's tag renderer writes it under tag.path). -->
<#function schlagwortUrl tag>
  <#return "/" + config.tag_path + "/" + tag + ".html">
</#function>

<#-- Schlagworte of a Pressemitteilung as links to their pages -->
<#macro schlagworte tags>
<#if tags?has_content>
<p class="schlagworte"><span class="schlagworte__titel">Schlagworte:</span>
  <#list tags as t><a href="${schlagwortUrl(t)}">${t}</a><#sep>, </#sep></#list>
</p>
</#if>
</#macro>

<#-- Eintragsliste: the one list component for Pressemitteilungen, Termine and search results (suche.js builds
     the same markup): a title as a heading of the given level, a line of secondary text (date), and a text. -->
<#macro eintrag titel url ebene meta metaDatum text="">
  <li class="eintraege__eintrag">
    <h${ebene} class="eintraege__titel"><a href="${url}">${titel}</a></h${ebene}>
    <p class="eintraege__meta"><time datetime="${metaDatum}">${meta}</time></p>
    <#if text?has_content><p class="eintraege__text">${text}</p></#if>
  </li>
</#macro>

<#-- Pressemitteilungen with date, title and teaser (newest first as given). ebene = heading level of the titles. -->
<#macro meldungsliste posts ebene=2>
<ul class="eintraege eintraege--meldungen">
  <#list posts as p><@eintrag titel=p.title url=url(p.uri) ebene=ebene meta=datum(p.date) metaDatum=isoDatum(p.date)
      text=p.description!"" /></#list>
</ul>
</#macro>

<#-- Termine: date text, title and place of each -->
<#macro terminliste termine ebene=3>
<ul class="eintraege eintraege--termine">
  <#list termine as t><@eintrag titel=t.title url=url(t.uri) ebene=ebene meta=t.termin_wann metaDatum=t.termin_beginn
      text=t.location /></#list>
</ul>
</#macro>
