<#ftl output_format="HTML">
<#-- One Schlagwort: rendered by JBake's tag renderer once per tag (variables tag and tag_posts). -->
<@layout.page title="Schlagwort „${tag}“" description="Meldungen mit dem Schlagwort „${tag}“." suchindex=false
              breadcrumbs=[{"titel": "Aktuelles", "url": "/aktuelles/"}, {"titel": "Schlagworte", "url": "/" + config.tag_path + "/"}]>
<h1>Schlagwort „${tag}“</h1>
<p>Meldungen mit diesem Schlagwort, die neuesten zuerst.</p>
<@c.meldungsliste posts=tag_posts />
<p><a href="/${config.tag_path}/">Alle Schlagworte</a></p>
</@layout.page>
