<#ftl output_format="HTML">
<#-- Archiv: the years with Pressemitteilungen, newest first, each linking its year page. The year pages are
     rendered and recorded by build-tools (generate.ArchivJahre) before this page, with "jahr" and "anzahl". -->
<#assign jahre = published_archivjahrs>
<@layout.page title=content.title description=content.description suchindex=false
              breadcrumbs=[{"titel": "Aktuelles", "url": "/aktuelles/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<#if jahre?has_content>
<ul class="seitenliste linkliste">
  <#list jahre as j>
  <li><a href="${url(j.uri)}">${j.jahr}</a> (${anzahl(j.anzahl, "eine Meldung", "{n} Meldungen")})</li>
  </#list>
</ul>
<#else>
<p>Zurzeit gibt es keine Meldungen.</p>
</#if>
</@layout.page>
