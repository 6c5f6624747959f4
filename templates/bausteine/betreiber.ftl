<#ftl output_format="HTML">
<#-- Operator facts from data/site.yaml. An empty fact is shown honestly as "nicht bestätigt" (components: angabe). -->
<#assign b = data.get('site.yaml').betreiber>
<dl class="angaben">
  <dt>Herausgeber</dt><dd><@c.angabe wert=b.herausgeber>${b.herausgeber}</@c.angabe></dd>
  <dt>Anschrift</dt><dd><@c.angabe wert=b.anschrift>${b.anschrift}</@c.angabe></dd>
  <dt>Vertreten durch</dt><dd><@c.angabe wert=b.vertreten_durch>${b.vertreten_durch}</@c.angabe></dd>
  <dt>Verantwortlich nach § 18 Abs. 2 MStV</dt><dd><@c.angabe wert=b.verantwortlich>${b.verantwortlich}</@c.angabe></dd>
  <dt>E-Mail</dt><dd><@c.angabe wert=b.email><a href="mailto:${b.email}">${b.email}</a></@c.angabe></dd>
  <dt>Telefon</dt><dd><@c.angabe wert=b.telefon!""><a href="tel:${b.telefon?replace(' ', '')}">${b.telefon}</a></@c.angabe></dd>
</dl>
