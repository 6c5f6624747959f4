<#ftl output_format="HTML">
<#-- The Jobcenter-Finder on a translated page (content/<code>/…, baustein=finder-uebersetzt): the same form and script
     as /jobcenter-finden/, with the texts of data/sprachen/<code>.yaml (t, set by page.ftl). Without JavaScript the
     German lists answer: they hold only names and links. -->
<@finder.suche />
