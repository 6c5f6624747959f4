<#ftl output_format="HTML">
<#-- Suche: a search box over Pagefind's search API (index in /pagefind/, made by the build after the bake),
     run by /js/suche.js; the box stays hidden without JavaScript. Without JavaScript the page is the HTML sitemap: the hint stays and the list of all pages
     below is the way in. Not in the search index itself. -->
<@c.skript "/js/suche.js" />
<@layout.page title=content.title description=content.description suchindex=false>
<h1>${content.title}</h1>
${content.body?no_esc}
<div id="suche" class="suche" hidden>
  <form id="suche-formular" class="suche__formular" role="search" action="/suche/">
    <label class="suche__label" for="suche-feld">Suchbegriff</label>
    <input class="suche__feld" id="suche-feld" type="search" name="q" autocomplete="off">
    <button class="suche__knopf" type="submit">Suchen</button>
  </form>
  <p class="suche__status" id="suche-status" role="status"></p>
  <ol class="eintraege" id="suche-treffer"></ol>
</div>
<p class="suche__ohne-js" id="suche-ohne-js">Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle
  Seiten in der Übersicht unten.</p>
<section class="suche__alle" aria-labelledby="alle-seiten">
  <h2 id="alle-seiten">Alle Seiten im Überblick</h2>
  <@liste.alle ebene=3 />
</section>
</@layout.page>
