<#ftl output_format="HTML">
<#-- One Schlagwort: rendered by JBake's tag renderer once per tag (variables tag and tag_posts). -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#setting locale="de_DE">
<@layout.page title="Schlagwort „${tag}“" description="Meldungen mit dem Schlagwort „${tag}“."
              path=c.schlagwortUrl(tag) suchindex=false
              breadcrumbs=[{"titel": "Startseite", "url": "/"}, {"titel": "Aktuelles", "url": "/aktuelles/"}, {"titel": "Schlagworte", "url": "/" + config.tag_path + "/"}]>
<h1>Schlagwort „${tag}“</h1>
<p>Meldungen mit diesem Schlagwort, die neuesten zuerst.</p>
<@c.meldungsliste posts=tag_posts />
<p><a href="/${config.tag_path}/">Alle Schlagworte</a></p>
</@layout.page>
