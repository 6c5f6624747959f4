<#ftl output_format="HTML">
<#import "nav.ftl" as n>
<h1>${content.title}</h1>
<@n.links/>
${content.body?no_esc}
