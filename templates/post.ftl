<#ftl output_format="HTML">
<#-- One Meldung (a post; it may report a press release of someone else, so the page never calls it ours). Previous/next come from JBake's document model (previousContent = older,
     nextContent = newer), never from a lookup of all posts. -->
<#assign tags = (content.tags)![]>
<#macro artikelMeta>
  <meta property="article:published_time" content="${c.isoDatum(content.date)}">
  <#list tags as t><meta property="article:tag" content="${t}"></#list>
</#macro>
<@layout.page title=content.title description=content.description ogType="article" head=artikelMeta
              breadcrumbs=[{"titel": "Aktuelles", "url": "/aktuelles/"}]>
<@c.sperrfrist doc=content />
<article class="meldung">
  <p class="meldung__art">Meldung vom <time datetime="${c.isoDatum(content.date)}">${c.datum(content.date)}</time><#if content.meldung_aelter!false> – <strong>ältere Meldung</strong></#if></p>
  <h1>${content.title}</h1>
  <#if content.summary?has_content><p class="einleitung">${content.summary}</p></#if>
  <#-- bild_html: the picture's figure, written in build-tools (PictureHtml) like the pictures of rendered Markdown -->
  <#if content.bild_html??>${content.bild_html?no_esc}</#if>
  ${content.body?no_esc}
  <@c.schlagworte tags=tags />
</article>
<#if content.previousContent?? || content.nextContent??>
<nav class="blaettern" aria-label="Weitere Meldungen">
  <ul>
    <#if content.nextContent??><li class="blaettern__neuer"><a href="${url(content.nextContent.uri)}"><span class="blaettern__richtung">Neuere Meldung:</span> ${content.nextContent.title}</a></li></#if>
    <#if content.previousContent??><li class="blaettern__aelter"><a href="${url(content.previousContent.uri)}"><span class="blaettern__richtung">Ältere Meldung:</span> ${content.previousContent.title}</a></li></#if>
  </ul>
</nav>
</#if>
<p class="zurueck"><a href="/aktuelles/">Alle Meldungen</a></p>
</@layout.page>
