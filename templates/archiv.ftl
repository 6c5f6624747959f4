<#ftl output_format="HTML">
<#-- Archiv: the years with Pressemitteilungen, newest first, each linking its year page. The year pages are
     rendered and recorded by build-tools (generate.ArchivJahre) before this page, with "jahr" and "anzahl". -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<#assign jahre = published_archivjahrs>
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri) suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<#if jahre?has_content>
<ul class="seitenliste linkliste">
  <#list jahre as j>
  <li><a href="${c.cleanUrlOf(j.uri)}">${j.jahr}</a> (<@c.anzahlMeldungen j.anzahl />)</li>
  </#list>
</ul>
<#else>
<p>Zurzeit gibt es keine Meldungen.</p>
</#if>
</@layout.page>
