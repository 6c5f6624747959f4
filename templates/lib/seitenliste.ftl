<#ftl output_format="HTML">
<#-- All published pages, the archive years of the Pressemitteilungen and the Termine as link lists: the HTML
     sitemap, also shown on the search page (its no-JavaScript fallback). The Pressemitteilungen themselves are
     reached through their year pages, so the list stays short however large the archive grows. Only for
     once-per-build pages: it reads published_content. -->
<#import "components.ftl" as c>
<#macro alle ebene=2>
<#local docs = published_content?filter(d -> d.uri?ends_with(".html") && d.uri != "404.html")>
<h${ebene}>Seiten</h${ebene}>
<ul class="seitenliste linkliste">
  <#list docs?filter(d -> d.type != "post" && d.type != "termin" && d.type != "archivjahr")?sort_by("title") as p>
  <li><a href="${url(p.uri)}">${p.title}</a></li>
  </#list>
  <li><a href="/${config.tag_path}/">Schlagworte</a></li>
</ul>
<h${ebene}>Meldungen</h${ebene}>
<ul class="seitenliste linkliste">
  <#list docs?filter(d -> d.type == "archivjahr")?sort_by("jahr")?reverse as j>
  <li><a href="${url(j.uri)}">${j.title}</a> (${anzahl(j.anzahl, "eine Meldung", "{n} Meldungen")})</li>
  </#list>
</ul>
<h${ebene}>Termine</h${ebene}>
<ul class="seitenliste linkliste">
  <#list docs?filter(d -> d.type == "termin")?sort_by("termin_beginn")?reverse as p>
  <li><a href="${url(p.uri)}">${p.title}</a> (<time datetime="${p.termin_beginn}">${p.termin_wann}</time>)</li>
  </#list>
</ul>
</#macro>
