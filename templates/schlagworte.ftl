<#ftl output_format="HTML">
<#-- All Schlagworte with the number of Pressemitteilungen (JBake's tag index, once per build). -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<@layout.page title="Schlagworte" description="Alle Schlagworte der Meldungen auf dieser Website."
              path="/" + config.tag_path + "/" suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"}]>
<h1>Schlagworte</h1>
<p>Jedes Schlagwort führt zu den Meldungen zu diesem Thema.</p>
<ul class="schlagwortliste linkliste">
  <#list tags?sort_by("name") as t>
  <li><a href="${c.schlagwortUrl(t.name)}">${t.name}</a> (${t.tagged_posts?size} ${(t.tagged_posts?size == 1)?then("Meldung", "Meldungen")})</li>
  </#list>
</ul>
</@layout.page>
