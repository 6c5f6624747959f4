<#ftl output_format="HTML">
<#-- HTML-Sitemap: every published page and Pressemitteilung, rendered once per build. -->
<#import "lib/layout.ftl" as layout>
<#setting locale="de_DE">
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri)
              breadcrumbs=[{"titel": "Startseite", "url": "/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<h2>Seiten</h2>
<ul>
  <#list published_pages?sort_by("title") as p>
    <#if layout.cleanUrl(p.uri) != "/404.html"><li><a href="${layout.cleanUrl(p.uri)}">${p.title}</a></li></#if>
  </#list>
</ul>
<h2>Pressemitteilungen</h2>
<ul>
  <#list published_posts as p><li><a href="${layout.cleanUrl(p.uri)}">${p.title}</a></li></#list>
</ul>
</@layout.page>
