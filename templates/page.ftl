<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<#assign path = layout.cleanUrl(content.uri)>
<@layout.page title=content.title description=content.description path=path suchindex=(path != "/404.html")
              breadcrumbs=(path == "/" || path == "/404.html")?then([], [{"titel": "Startseite", "url": "/"}])>
<h1>${content.title}</h1>
<#-- bild_html: the picture's figure, written in build-tools (PictureHtml) like the pictures of rendered Markdown -->
<#if content.bild_html??>${content.bild_html?no_esc}</#if>
<#if content.baustein??><#include "bausteine/${content.baustein}.ftl"></#if>
${content.body?no_esc}
<#-- stand= in the header: the day the page's facts were last checked (FactDates); else the day of the page -->
<#assign stand = content.stand???then(content.stand?date("yyyy-MM-dd"), content.date)>
<p class="stand" data-pagefind-ignore>Stand: <time datetime="${c.isoDatum(stand)}">${c.datum(stand)}</time></p>
</@layout.page>
