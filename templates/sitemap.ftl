<#ftl output_format="HTML">
<#-- HTML-Sitemap: every published page, Pressemitteilung and Termin, rendered once per build. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/seitenliste.ftl" as liste>
<#setting locale="de_DE">
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri) suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<@liste.alle />
</@layout.page>
