<#ftl output_format="HTML">
<#-- Operator facts from data/site.yaml. An empty fact is shown honestly as not yet confirmed. -->
<#assign b = data.get('site.yaml').betreiber>
<#macro angabe wert>
  <#if wert?has_content>${wert}<#else><em>noch nicht bestätigt</em></#if>
</#macro>
<dl class="angaben">
  <dt>Herausgeber</dt><dd><@angabe b.herausgeber/></dd>
  <dt>Anschrift</dt><dd><@angabe b.anschrift/></dd>
  <dt>Vertreten durch</dt><dd><@angabe b.vertreten_durch/></dd>
  <dt>Verantwortlich nach § 18 Abs. 2 MStV</dt><dd><@angabe b.verantwortlich/></dd>
  <dt>E-Mail</dt><dd><#if b.email?has_content><a href="mailto:${b.email}">${b.email}</a><#else><em>noch nicht bestätigt</em></#if></dd>
  <dt>Telefon</dt><dd><#if b.telefon?has_content><a href="tel:${b.telefon?replace(' ', '')}">${b.telefon}</a><#else><em>noch nicht bestätigt</em></#if></dd>
</dl>
