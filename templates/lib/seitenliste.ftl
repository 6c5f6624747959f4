<#ftl output_format="HTML">
<#-- All published pages, Pressemitteilungen and Termine as link lists: the HTML sitemap, also shown on the
     search page (its no-JavaScript fallback). Only for once-per-build pages: it reads published_content. -->
<#import "components.ftl" as c>
<#macro alle ebene=2>
<#local docs = published_content?filter(d -> d.uri?ends_with(".html") && d.uri != "404.html")>
<h${ebene}>Seiten</h${ebene}>
<ul class="seitenliste">
  <#list docs?filter(d -> d.type != "post" && d.type != "termin")?sort_by("title") as p>
  <li><a href="${c.cleanUrlOf(p.uri)}">${p.title}</a></li>
  </#list>
  <li><a href="/${config.tag_path}/">Schlagworte</a></li>
</ul>
<h${ebene}>Pressemitteilungen</h${ebene}>
<ul class="seitenliste">
  <#list docs?filter(d -> d.type == "post")?sort_by("date")?reverse as p>
  <li><a href="${c.cleanUrlOf(p.uri)}">${p.title}</a> (<time datetime="${c.isoDatum(p.date)}">${c.datum(p.date)}</time>)</li>
  </#list>
</ul>
<h${ebene}>Termine</h${ebene}>
<ul class="seitenliste">
  <#list docs?filter(d -> d.type == "termin")?sort_by("termin_beginn")?reverse as p>
  <li><a href="${c.cleanUrlOf(p.uri)}">${p.title}</a> (<time datetime="${p.termin_beginn}">${p.termin_wann}</time>)</li>
  </#list>
</ul>
</#macro>
