<#ftl output_format="HTML">
<#-- HTML-Sitemap: every published page, Pressemitteilung and Termin, rendered once per build. -->
<@layout.page title=content.title description=content.description suchindex=false>
<h1>${content.title}</h1>
${content.body?no_esc}
<@liste.alle />
</@layout.page>
