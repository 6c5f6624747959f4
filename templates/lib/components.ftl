<#ftl output_format="HTML">
<#-- Small presentational macros. German component names follow KERN UX where one exists. -->

<#-- Brotkrümelnavigation: items = [{"titel":…, "url":…}], current = title of this page -->
<#macro breadcrumbs items current>
<nav class="brotkruemel" aria-label="Brotkrümelnavigation">
  <ol>
    <#list items as item><li><a href="${item.url}">${item.titel}</a></li></#list>
    <li><span aria-current="page">${current}</span></li>
  </ol>
</nav>
</#macro>

<#-- Karte: a teaser that links somewhere. The whole heading is the link text. -->
<#macro karte titel url>
<div class="karte">
  <h3 class="karte__titel"><a href="${url}">${titel}</a></h3>
  <div class="karte__text"><#nested></div>
</div>
</#macro>

<#-- Kennzahl: one figure with its label and, if given, the date the source gave it ("Stand November 2018") -->
<#macro kennzahl wert text stand="">
<div class="kennzahl">
  <p class="kennzahl__wert">${wert}</p>
  <p class="kennzahl__text">${text}</p>
  <#if stand?has_content><p class="kennzahl__stand">Stand ${stand}</p></#if>
</div>
</#macro>

<#-- Abbildung: an image with alt text and an optional caption; width and height avoid layout shift. -->
<#macro abbildung src alt width height caption="">
<figure class="abbildung">
  <img src="${src}" alt="${alt}" width="${width}" height="${height}" loading="lazy">
  <#if caption?has_content><figcaption>${caption}</figcaption></#if>
</figure>
</#macro>

<#-- Angabe: a confirmed value (the nested content) or the site's one marker for a missing one, "nicht bestätigt". -->
<#macro angabe wert><#if wert?has_content><#nested><#else><span class="nicht-bestaetigt">nicht bestätigt</span></#if></#macro>

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

<#-- Machine-readable date for <time datetime> -->
<#function isoDatum d>
  <#return d?string("yyyy-MM-dd")>
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

<#-- Meldungsliste: Pressemitteilungen with date, title and teaser (newest first as given).
     ebene = heading level of the titles. -->
<#macro meldungsliste posts ebene=2>
<ul class="meldungsliste">
  <#list posts as p>
  <li class="meldungsliste__eintrag">
    <h${ebene} class="meldungsliste__titel"><a href="${cleanUrlOf(p.uri)}">${p.title}</a></h${ebene}>
    <p class="meldungsliste__datum"><time datetime="${isoDatum(p.date)}">${datum(p.date)}</time></p>
    <#if p.description?has_content><p class="meldungsliste__text">${p.description}</p></#if>
  </li>
  </#list>
</ul>
</#macro>

<#-- "eine Meldung" / "12 Meldungen" -->
<#macro anzahlMeldungen n><#if n == 1>eine Meldung<#else>${n} Meldungen</#if></#macro>

<#-- Terminliste: date text, title and place of each Termin -->
<#macro terminliste termine ebene=3>
<ul class="terminliste">
  <#list termine as t>
  <li class="terminliste__eintrag">
    <h${ebene} class="terminliste__titel"><a href="${cleanUrlOf(t.uri)}">${t.title}</a></h${ebene}>
    <p class="terminliste__wann"><time datetime="${t.termin_beginn}">${t.termin_wann}</time></p>
    <p class="terminliste__wo">${t.location}</p>
  </li>
  </#list>
</ul>
</#macro>

<#-- Same as layout.cleanUrl (components cannot import the layout without a cycle). -->
<#function cleanUrlOf uri>
  <#local u = uri?remove_beginning("/")>
  <#if u == "index.html"><#return "/"></#if>
  <#if u?ends_with("/index.html")><#return "/" + u?remove_ending("index.html")></#if>
  <#return "/" + u>
</#function>
