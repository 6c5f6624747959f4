<#ftl output_format="HTML">
<#-- Archiv: the Pressemitteilungen grouped by year, newest year first (once per build). -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<#-- published_posts runs a full query on every access: read it once. -->
<#assign posts = published_posts>
<#assign jahre = []>
<#list posts as p>
  <#assign jahr = p.date?string("yyyy")>
  <#if !jahre?seq_contains(jahr)><#assign jahre += [jahr]></#if>
</#list>
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri) suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<#if jahre?has_content>
<nav aria-label="Jahre">
  <ul class="jahre">
    <#list jahre as jahr><li><a href="#jahr-${jahr}">${jahr}</a></li></#list>
  </ul>
</nav>
<#list jahre as jahr>
<section aria-labelledby="jahr-${jahr}">
  <h2 id="jahr-${jahr}">${jahr}</h2>
  <@c.meldungsliste posts=posts?filter(p -> p.date?string("yyyy") == jahr) ebene=3 />
</section>
</#list>
<#else>
<p>Zurzeit gibt es keine Pressemitteilungen.</p>
</#if>
</@layout.page>
