<#ftl output_format="HTML">
<#-- Suche: Pagefind's search box (index and UI in /pagefind/, made by the build after the bake), started by
     /js/suche.js. Without JavaScript the page is the HTML sitemap: the hint stays and the list of all pages
     below is the way in. Not in the search index itself. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/seitenliste.ftl" as liste>
<#setting locale="de_DE">
<#macro sucheKopf>
  <link rel="stylesheet" href="/pagefind/pagefind-ui.css">
  <script src="/pagefind/pagefind-ui.js" defer></script>
  <script src="/js/suche.js" defer></script>
</#macro>
<@layout.page title=content.title description=content.description path=layout.cleanUrl(content.uri) suchindex=false head=sucheKopf
              breadcrumbs=[{"titel": "Startseite", "url": "/"}]>
<h1>${content.title}</h1>
${content.body?no_esc}
<div id="suche" class="suche" role="search" aria-label="Website durchsuchen"></div>
<p class="suche__ohne-js" id="suche-ohne-js">Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle
  Seiten in der Übersicht unten.</p>
<section class="suche__alle" aria-labelledby="alle-seiten">
  <h2 id="alle-seiten">Alle Seiten im Überblick</h2>
  <@liste.alle ebene=3 />
</section>
</@layout.page>
