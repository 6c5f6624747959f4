<#ftl output_format="HTML">
<#-- Termine: upcoming and past, split at the day of the build by build-tools TermineExtractor
     (termine_kommend, termine_vergangen). A list page, rendered once per build. -->
<@layout.page title=content.title description=content.description suchindex=false>
<h1>${content.title}</h1>
${content.body?no_esc}
<section aria-labelledby="kommende">
  <h2 id="kommende">Kommende Termine</h2>
  <#if termine_kommend?has_content>
  <@c.terminliste termine=termine_kommend />
  <#else>
  <p>Zurzeit sind keine Termine angekündigt.</p>
  </#if>
</section>
<section aria-labelledby="vergangene">
  <h2 id="vergangene">Vergangene Termine</h2>
  <#if termine_vergangen?has_content>
  <@c.terminliste termine=termine_vergangen />
  <#else>
  <p>Es gibt noch keine vergangenen Termine.</p>
  </#if>
</section>
<p class="stand" data-pagefind-ignore>Eingeteilt nach dem Stand vom <time datetime="${bautag[0].iso}" data-build-date>${bautag[0].text}</time>.</p>
</@layout.page>
