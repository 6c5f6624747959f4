<#ftl output_format="HTML">
<#-- One year of the archive (/aktuelles/archiv/JJJJ/): rendered by build-tools (generate.ArchivJahre) for every
     year with a published Pressemitteilung; content.posts holds that year's posts, newest first. -->
<@layout.page title=content.title description=content.description suchindex=false
              breadcrumbs=[{"titel": "Aktuelles", "url": "/aktuelles/"}, {"titel": "Archiv", "url": "/aktuelles/archiv/"}]>
<h1>${content.title}</h1>
<p>Aus dem Jahr ${content.jahr} gibt es ${anzahl(content.anzahl, "eine Meldung", "{n} Meldungen, die neueste steht oben")}.</p>
<@c.meldungsliste posts=content.posts />
<p><a href="/aktuelles/archiv/">Alle Jahre im Archiv</a></p>
</@layout.page>
