<#ftl output_format="HTML">
<#-- Aktuelles: the newest Pressemitteilungen with date and teaser; older ones are in the archive by year
     (generate.ArchivJahre). A list page, rendered once per build, so it may read published_posts. -->
<@layout.page title=content.title description=content.description suchindex=false>
<h1>${content.title}</h1>
${content.body?no_esc}
<#-- published_posts runs a full query on every access: read it once. -->
<#assign posts = published_posts>
<#assign neueste = 10>
<#if posts?has_content>
<@c.meldungsliste posts=posts[0..*neueste] />
<#if (posts[neueste])??>
<p><a href="/aktuelles/archiv/">Alle ${anzahl(posts, "eine Meldung", "{n} Meldungen")} im Archiv nach Jahren</a></p>
</#if>
<#else>
<p>Zurzeit gibt es keine Meldungen.</p>
</#if>
<h2>Mehr zu den Meldungen</h2>
<ul>
  <li><a href="/aktuelles/archiv/">Archiv nach Jahren</a></li>
  <li><a href="/${config.tag_path}/">Alle Schlagworte</a></li>
  <li><a href="/termine/">Termine</a></li>
  <li><a href="/aktuelles/feed.xml" type="application/atom+xml">Meldungen als Feed abonnieren (Atom)</a></li>
</ul>
</@layout.page>
