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

<#-- Kennzahl: one figure with its label -->
<#macro kennzahl wert text>
<div class="kennzahl">
  <p class="kennzahl__wert">${wert}</p>
  <p class="kennzahl__text">${text}</p>
</div>
</#macro>

<#-- Abbildung: an image with alt text and an optional caption; width and height avoid layout shift. -->
<#macro abbildung src alt width height caption="">
<figure class="abbildung">
  <img src="${src}" alt="${alt}" width="${width}" height="${height}" loading="lazy">
  <#if caption?has_content><figcaption>${caption}</figcaption></#if>
</figure>
</#macro>

<#-- Hinweis: a highlighted box (e.g. "noch nicht bestätigt") -->
<#macro hinweis titel="Hinweis">
<div class="hinweis" role="note">
  <p class="hinweis__titel"><strong>${titel}</strong></p>
  <#nested>
</div>
</#macro>

<#-- Date in German, e.g. "26. November 2018" -->
<#function datum d>
  <#return d?string("d. MMMM yyyy")>
</#function>

<#-- Machine-readable date for <time datetime> -->
<#function isoDatum d>
  <#return d?string("yyyy-MM-dd")>
</#function>
