<#ftl output_format="HTML">
<#-- Jobcenter-Finder by postcode (content/jobcenter-finden/postleitzahlen): every postcode of a Hessian Gemeinde
     with the Kreis or kreisfreie Stadt whose Jobcenter is responsible (build-tools: FinderModell). A postcode can
     belong to several Gemeinden, even in different Kreise; then each is named. Lean markup for the page budget
     (</li> and the quotes of a plain URL are optional in HTML). -->
<#assign bereiche = finder_postleitzahlen>
<p class="einleitung">Hinter jeder Postleitzahl stehen die Stadt oder Gemeinde und der Landkreis oder die kreisfreie
  Stadt; der Link führt zum zuständigen Jobcenter. Gehört eine Postleitzahl zu mehreren Gemeinden, ist das Jobcenter
  Ihrer Gemeinde zuständig. Schneller geht es mit der Suche unter <a href="/jobcenter-finden/">Jobcenter finden</a>.</p>
<nav class="sprungliste" aria-label="Postleitzahlbereiche">
  <ul>
    <#list bereiche as r><li><a href="#${r.anker}">${r.bereich}…</a></li></#list>
  </ul>
</nav>
<#list bereiche as r>
<h2 id="${r.anker}">Postleitzahlen ${r.bereich}…</h2>
<ul class="postleitzahlen"><#list r.eintraege as e><li>${e.plz?join(", ")} – <#list e.gemeinden as g>${g.name}: <a href=${g.url}>${g.gebiet}</a><#if g.hinweis?has_content><br><small>${g.hinweis}</small></#if><#sep>; </#list></#list></ul>
</#list>
