<#ftl output_format="HTML">
<#-- The one base layout of the site, modelled on GOV.UK Frontend's page template:
     head, skip link, header, navigation, main, footer. Page templates call <@layout.page> and fill main. -->
<#import "components.ftl" as c>

<#-- Root-relative URL of a JBake document ("ueber-uns/index.html" -> "/ueber-uns/"). -->
<#function cleanUrl uri>
  <#local u = uri?remove_beginning("/")>
  <#if u == "index.html"><#return "/"></#if>
  <#if u?ends_with("/index.html")><#return "/" + u?remove_ending("index.html")></#if>
  <#return "/" + u>
</#function>

<#-- True while a required legal fact of data/site.yaml is empty (the publish build then fails: SiteDataChecker).
     Only the facts every page depends on are named here; each legal page shows its own missing facts. -->
<#function pflichtangabeFehlt site>
  <#local b = site.betreiber!{}>
  <#local d = site.datenschutz!{}>
  <#return !(b.herausgeber!"")?has_content || !(b.email!"")?has_content || !(d.verantwortlicher!"")?has_content
           || !(d.datenschutzbeauftragter!"")?has_content>
</#function>

<#-- Blocks in the GOV.UK sense are macro parameters: pass a macro as "head" to add to <head>.
     suchindex=false keeps a page out of the site search (lists, search page, 404): only <main> of the
     other pages carries data-pagefind-body, so Pagefind indexes nothing else. -->
<#macro page title description path breadcrumbs=[] ogType="website" head="" suchindex=true>
<#local site = data.get('site.yaml')>
<#local nav = data.get('navigation.yaml')>
<#local host = config.site_host?remove_ending("/")>
<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><#if path == "/">${site.name}<#else>${title} – ${site.name}</#if></title>
  <meta name="description" content="${description}">
  <link rel="canonical" href="${host}${path}">
  <meta property="og:type" content="${ogType}">
  <meta property="og:title" content="${title}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${host}${path}">
  <meta property="og:locale" content="de_DE">
  <meta property="og:site_name" content="${site.name}">
  <#-- A page with a picture (header image=) shares its 1200 × 630 crop (build-tools PostPicture). -->
  <#if (content.bild_og)??>
  <meta property="og:image" content="${host}${content.bild_og}">
  <meta property="og:image:width" content="${content.bild_og_breite?c}">
  <meta property="og:image:height" content="${content.bild_og_hoehe?c}">
  <meta property="og:image:alt" content="${content.image_alt!}">
  </#if>
  <meta name="theme-color" content="#0b4f6c">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="manifest" href="/manifest.webmanifest">
  <link rel="alternate" type="application/atom+xml" title="Meldungen (Atom-Feed)" href="/aktuelles/feed.xml">
  <link rel="stylesheet" href="/css/site.css">
  <#if head?is_macro><@head/></#if>
</head>
<#-- Leichte Sprache pages: larger type and no automatic hyphenation (its rules forbid split words). -->
<body<#if path?starts_with("/leichte-sprache/")> class="leichte-sprache-seite"</#if>>
  <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
  <header class="kopf">
    <div class="breite kopf__inner">
      <div class="kopf__absender">
        <a class="kopf__marke" href="/"><span class="kopf__name">${site.name}</span></a>
        <p class="kopf__herausgeber"><@c.herausgeber betreiber=site.betreiber /></p>
      </div>
      <#-- On small screens the navigation is folded away and "Menü" opens it without JavaScript: the link
           targets the navigation, and CSS shows it while it is the :target (focus and reading order unchanged). -->
      <ul class="kopf__werkzeuge">
        <li class="kopf__menue"><a class="kopf__link" href="#navigation">Menü</a></li>
        <li><a class="kopf__link" href="/suche/"<#if path == "/suche/"> aria-current="page"</#if>>Suche</a></li>
        <li><a class="kopf__link" href="/leichte-sprache/"<#if path == "/leichte-sprache/"> aria-current="page"</#if>><@c.piktogramm "leichte-sprache" /><span class="kopf__link-text">Leichte Sprache</span></a></li>
        <li><a class="kopf__link" href="/gebaerdensprache/"<#if path == "/gebaerdensprache/"> aria-current="page"</#if>><@c.piktogramm "gebaerdensprache" /><span class="kopf__link-text">Gebärdensprache</span></a></li>
      </ul>
    </div>
    <nav class="hauptnavigation" id="navigation" aria-label="Hauptnavigation">
      <ul class="breite hauptnavigation__liste">
        <#list nav.haupt as item>
          <li><a href="${item.url}"<#if path == item.url || (item.url != "/" && path?starts_with(item.url))> aria-current="page"</#if>>${item.titel}</a></li>
        </#list>
      </ul>
    </nav>
  </header>
  <#if pflichtangabeFehlt(site)>
  <div class="vorschau-hinweis" role="note">
    <div class="breite">
      <strong>Vorschau:</strong> Pflichtangaben in data/site.yaml (Betreiber oder Datenschutz) fehlen noch. So darf
      die Website nicht veröffentlicht werden.
    </div>
  </div>
  </#if>
  <div class="breite">
    <#if breadcrumbs?has_content><@c.breadcrumbs items=breadcrumbs current=title /></#if>
    <main id="inhalt" tabindex="-1"<#if suchindex> data-pagefind-body</#if>>
      <#nested>
    </main>
  </div>
  <footer class="fuss">
    <div class="breite">
      <h2 class="unsichtbar">Service und rechtliche Hinweise</h2>
      <ul class="fuss__liste">
        <#list nav.fuss as item>
          <li><a href="${item.url}"<#if path == item.url> aria-current="page"</#if>>${item.titel}</a></li>
        </#list>
      </ul>
      <p class="fuss__text">${site.name} · <@c.herausgeber betreiber=site.betreiber /></p>
    </div>
  </footer>
</body>
</html>
</#macro>
