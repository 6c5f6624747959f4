<#ftl output_format="HTML">
<#-- All Schlagworte with the number of Pressemitteilungen (JBake's tag index, once per build). -->
<@layout.page title="Schlagworte" description="Alle Schlagworte der Meldungen auf dieser Website." suchindex=false
              breadcrumbs=[{"titel": "Aktuelles", "url": "/aktuelles/"}]>
<h1>Schlagworte</h1>
<p>Jedes Schlagwort führt zu den Meldungen zu diesem Thema.</p>
<ul class="schlagwortliste linkliste">
  <#list tags?sort_by("name") as t>
  <li><a href="${c.schlagwortUrl(t.name)}">${t.name}</a> (${anzahl(t.tagged_posts, "{n} Meldung", "{n} Meldungen")})</li>
  </#list>
</ul>
</@layout.page>
