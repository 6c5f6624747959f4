<#ftl output_format="HTML">
<#-- One Termin: when, where, link, calendar file. termin_wann/termin_beginn are set when the file is parsed
     (build-tools TerminFields); the .ics next to the page is written by SiteGenerators. -->
<#assign kalender = url(content.uri)?remove_ending(".html") + ".ics">
<@layout.page title=content.title description=content.description ogType="article"
              breadcrumbs=[{"titel": "Termine", "url": "/termine/"}]>
<@c.sperrfrist doc=content />
<article class="termin">
  <p class="meldung__art">Termin</p>
  <h1>${content.title}</h1>
  <dl class="angaben">
    <dt>Wann</dt>
    <dd><time datetime="${content.termin_beginn}">${content.termin_wann}</time></dd>
    <dt>Wo</dt>
    <dd>${content.location}</dd>
    <#if content.link?has_content>
    <dt>Weitere Informationen</dt>
    <dd><a href="${content.link}" rel="external">Seite der Veranstaltung (${content.link?remove_beginning("https://")?remove_beginning("http://")?keep_before("/")})</a></dd>
    </#if>
  </dl>
  ${content.body?no_esc}
  <#if content.termin_vorbei!false>
  <p>Dieser Termin ist vorbei. Die <a href="${kalender}" type="text/calendar" download>Kalenderdatei (iCalendar, .ics)</a> bleibt zum Nachschlagen.</p>
  <#else>
  <p class="kalender"><a href="${kalender}" type="text/calendar" download>Termin in den Kalender übernehmen (iCalendar-Datei, .ics)</a></p>
  </#if>
</article>
<p class="zurueck"><a href="/termine/">Alle Termine</a></p>
</@layout.page>
