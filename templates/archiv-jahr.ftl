<#ftl output_format="HTML">
<#-- One year of the archive (/aktuelles/archiv/JJJJ/): rendered by build-tools (generate.ArchivJahre) for every
     year with a published Pressemitteilung; content.posts holds that year's posts, newest first. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri) suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"},
                           {"titel": "Archiv", "url": "/aktuelles/archiv/"}]>
<h1>${content.title}</h1>
<p>Aus dem Jahr ${content.jahr} gibt es <@c.anzahlMeldungen content.anzahl /><#if content.anzahl gt 1>, die neueste steht oben</#if>.</p>
<@c.meldungsliste posts=content.posts />
<p><a href="/aktuelles/archiv/">Alle Jahre im Archiv</a></p>
</@layout.page>
