<#ftl output_format="HTML">
<#-- The facts of the Datenschutzerklärung (Art. 13 DSGVO) from data/site.yaml, section datenschutz. The page text
     (content/datenschutz/index.md) refers to them as "oben genannt"; an empty fact shows "nicht bestätigt". -->
<#assign d = data.get('site.yaml').datenschutz>
<dl class="angaben">
  <dt>Verantwortlich (Art. 4 Nr. 7 DSGVO)</dt><dd><@c.angabe wert=d.verantwortlicher>${d.verantwortlicher}</@c.angabe></dd>
  <dt>Datenschutzbeauftragte oder Datenschutzbeauftragter</dt><dd><@c.angabe wert=d.datenschutzbeauftragter>${d.datenschutzbeauftragter}</@c.angabe></dd>
  <dt>Hosting-Anbieter (Auftragsverarbeiter nach Art. 28 DSGVO)</dt><dd><@c.angabe wert=d.hosting_anbieter>${d.hosting_anbieter}</@c.angabe></dd>
  <dt>Standort des Webservers</dt><dd><@c.angabe wert=d.hosting_standort>${d.hosting_standort}</@c.angabe></dd>
  <dt>Aufbewahrung der Zugriffsprotokolle (Tage)</dt><dd><@c.angabe wert=(d.server_log_tage?c)!"">${d.server_log_tage?c}</@c.angabe></dd>
</dl>
