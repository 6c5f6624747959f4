<#ftl output_format="HTML">
<#-- A page of content/ (also the start pages of the translations and 404). t and sprache: set by the layout. -->
<@layout.page title=content.title description=content.description>
<h1>${content.title}</h1>
<#-- A translation says that the German text counts and links to it (original= in its header). -->
<#if content.original??>
<p class="hinweis-uebersetzung">${t.texte.uebersetzung} <a href="${url(content.original?replace(".md", ".html"))}" hreflang="de">${t.texte.deutsche_fassung}</a></p>
</#if>
<#-- bild_html: the picture's figure, written in build-tools (PictureHtml) like the pictures of rendered Markdown -->
<#if content.bild_html??>${content.bild_html?no_esc}</#if>
<#if content.baustein??><#include "bausteine/${content.baustein}.ftl"></#if>
${content.body?no_esc}
<#-- stand= in the header: the day the page's facts were last checked (FactDates); else the day of the page -->
<#assign stand = content.stand???then(content.stand?date("yyyy-MM-dd"), content.date)>
<p class="stand" data-pagefind-ignore>${t.texte.stand}: <time datetime="${c.isoDatum(stand)}">${stand?string(t.texte.datum_format)}</time></p>
</@layout.page>
