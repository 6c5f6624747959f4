<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<#assign path = layout.cleanUrl(content.uri)>
<@layout.page title=content.title description=content.description path=path ogType="article"
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"}]>
<article class="meldung">
  <p class="meldung__art">Pressemitteilung vom <time datetime="${c.isoDatum(content.date)}">${c.datum(content.date)}</time></p>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</article>
</@layout.page>
