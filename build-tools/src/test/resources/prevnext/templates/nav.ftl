<#ftl output_format="HTML">
<#macro links>
<#if content.previousContent??><a rel="prev" href="/${content.previousContent.uri}" data-keys="${content.previousContent?keys?sort?join(',')}">${content.previousContent.title}</a></#if>
<#if content.nextContent??><a rel="next" href="/${content.nextContent.uri}" data-keys="${content.nextContent?keys?sort?join(',')}">${content.nextContent.title}</a></#if>
</#macro>
