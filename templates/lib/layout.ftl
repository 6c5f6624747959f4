<#ftl output_format="HTML">
<#-- The one base layout of the site, modelled on GOV.UK Frontend's page template. Every page template calls
     <@layout.page title=… description=…> and fills main with its nested content; the blocks head, bodyStart, header,
     beforeContent, footer and bodyEnd are macro parameters (a macro passed as "head" adds to <head>, one passed as
     "header" replaces the header). The layout derives the page's address, language and interface texts itself and
     offers the last two to the page as the globals "sprache" and "t". Templates and bausteine need no <#import>:
     the project's Freemarker engine (build-tools ProjectFreemarkerEngine) imports this file as "layout", the
     components as "c" and sets the locale; it also gives url(uri) and anzahl(n, eins, viele) (TemplateFunctions). -->
<#import "components.ftl" as c>

<#-- The page's own address: JBake's document address, or for the Schlagwort pages (no document) their own. -->
<#function seitenpfad>
  <#if tag??><#return c.schlagwortUrl(tag)></#if>
  <#if (content.uri)??><#return url(content.uri)></#if>
  <#return "/" + config.tag_path + "/">
</#function>

<#-- True while a required legal fact of data/site.yaml is empty (the publish build then fails: SiteDataChecker).
     Only the facts every page depends on are named here; each legal page shows its own missing facts. -->
<#function pflichtangabeFehlt site>
  <#local b = site.betreiber!{}>
  <#local d = site.datenschutz!{}>
  <#return !(b.herausgeber!"")?has_content || !(b.email!"")?has_content || !(d.verantwortlicher!"")?has_content
           || !(d.datenschutzbeauftragter!"")?has_content>
</#function>

<#-- The language of a page: the first folder of its address if data/sprachen/ has that language ("/en/…"), else
     German. Returns the "sprache" entry of the build model (build-tools: SprachenModell). -->
<#function spracheVon path>
  <#local seg = path?remove_beginning("/")?keep_before("/")>
  <#list sprachen as s><#if s.code == seg && s.code != "de"><#return s></#if></#list>
  <#list sprachen as s><#if s.code == "de"><#return s></#if></#list>
  <#return {"code": "de", "richtung": "ltr", "locale": "de_DE", "start": "/", "name": "Deutsch"}>
</#function>

<#-- The interface texts of a language (data/sprachen/<code>.yaml, read by SprachenModell). -->
<#function texte code>
  <#list sprachen as s><#if s.code == code><#return s.texte></#if></#list>
  <#return {}>
</#function>

<#-- Language switcher: each language named in itself, linked to the same page in that language or to its start page. -->
<#macro sprachwahl path sprache fassungen t>
<#if sprachen?size gt 1>
<ul class="breite hauptnavigation__liste sprachwahl" aria-label="${t.texte.sprachen}"><#list sprachen as s><#if s.code != sprache.code><#local ziel = s.start><#list fassungen as f><#if f.lang == s.code><#local ziel = f.url></#if></#list><li><a href=${ziel} lang=${s.code}>${s.name}</a></#if></#list></ul>
</#if>
</#macro>

<#-- suchindex=false keeps a page out of the site search (lists, search page; the 404 page never is in it): only
     <main> of the other pages carries data-pagefind-body, so Pagefind indexes nothing else.
     breadcrumbs = the pages between the start page and this one; every page but a start page and 404 shows them. -->
<#macro page title description breadcrumbs=[] ogType="website" suchindex=true
        head="" bodyStart="" header="" beforeContent="" footer="" bodyEnd="">
<#local path = seitenpfad()>
<#local site = data.get('site.yaml')>
<#local nav = data.get('navigation.yaml')>
<#local host = config.site_host?remove_ending("/")>
<#global sprache = spracheVon(path)>
<#global t = texte(sprache.code)>
<#local fassungen = (sprachfassungen[0][path])![]>
<#if sprache.code != "de"><#local nav = {"haupt": t.navigation, "fuss": t.fuss}></#if>
<#setting locale=sprache.locale>
<#-- compress: the page frame without indentation, and list items without their optional </li> (every page
     carries the frame; the page budget counts each byte).
     The page's own content (nested) is left as it is. -->
<#compress>
<!DOCTYPE html>
<html lang="${sprache.code}"<#if sprache.richtung == "rtl"> dir="rtl"</#if>>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><#if path == "/">${site.name}<#else>${title} – ${site.name}</#if></title>
  <meta name="description" content="${description}">
  <link rel="canonical" href="${host}${path}">
  <#list fassungen as f>
  <link rel=alternate hreflang=${f.lang} href=${host}${f.url}>
  <#if f?is_first><link rel=alternate hreflang=x-default href=${host}${f.url}></#if>
  </#list>
  <meta property="og:type" content="${ogType}">
  <meta property="og:title" content="${title}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${host}${path}">
  <meta property="og:locale" content="${sprache.locale}">
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
  <#if bodyStart?is_macro><@bodyStart/></#if>
  <a class="skip-link" href="#inhalt">${t.texte.zum_inhalt}</a>
  <#if header?is_macro><@header/><#else><@kopf path=path site=site nav=nav fassungen=fassungen /></#if>
  <#if pflichtangabeFehlt(site)>
  <div class="vorschau-hinweis" role="note"<#if sprache.code != "de"> lang="de" dir="ltr"</#if>>
    <div class="breite">
      <strong>Vorschau:</strong> Pflichtangaben in data/site.yaml (Betreiber oder Datenschutz) fehlen noch. So darf
      die Website nicht veröffentlicht werden.
    </div>
  </div>
  </#if>
  <div class="breite">
    <#if beforeContent?is_macro><@beforeContent/></#if>
    <#if path != sprache.start && path != "/404.html"><@c.breadcrumbs items=[{"titel": t.texte.startseite, "url": sprache.start}] + breadcrumbs current=title label=t.texte.brotkruemel /></#if>
    <main id="inhalt" tabindex="-1"<#if suchindex && path != "/404.html"> data-pagefind-body</#if>>
</#compress>
      <#nested>
<#compress>
    </main>
  </div>
  <#if footer?is_macro><@footer/><#else><@fuss path=path site=site nav=nav /></#if>
  <#if bodyEnd?is_macro><@bodyEnd/></#if>
  <#-- Scripts that components on this page asked for (c.skript), after the content. -->
  <#list skripte![] as s><script src="${s}" defer></script></#list>
</body>
</html>
</#compress>
</#macro>

<#-- The default header block: sender, tools (Menü, Suche, Leichte Sprache, Gebärdensprache), navigation. -->
<#macro kopf path site nav fassungen>
  <header class="kopf">
    <div class="breite kopf__inner">
      <div class="kopf__absender">
        <a class="kopf__marke" href="${sprache.start}"><span class="kopf__name"<#if sprache.code != "de"> lang="de"</#if>>${site.name}</span></a>
        <p class="kopf__herausgeber"><@c.herausgeber betreiber=site.betreiber t=t /></p>
      </div>
      <#-- On small screens the navigation is folded away and "Menü" opens it without JavaScript: the link
           targets the navigation, and CSS shows it while it is the :target (focus and reading order unchanged). -->
      <ul class="kopf__werkzeuge">
        <li class="kopf__menue"><a class="kopf__link" href="#navigation">${t.texte.menue}</a>
        <#if sprache.code == "de"><li><a class="kopf__link" href="/suche/"<#if path == "/suche/"> aria-current="page"</#if>>Suche</a>
        <li><a class="kopf__link" href="/leichte-sprache/"<#if path == "/leichte-sprache/"> aria-current="page"</#if>><@c.piktogramm "leichte-sprache" /><span class="kopf__link-text">Leichte Sprache</span></a>
        <li><a class="kopf__link" href="/gebaerdensprache/"<#if path == "/gebaerdensprache/"> aria-current="page"</#if>><@c.piktogramm "gebaerdensprache" /><span class="kopf__link-text">Gebärdensprache</span></a></#if>
      </ul>
    </div>
    <nav class="hauptnavigation" id="navigation" aria-label="${t.texte.hauptnavigation}">
      <ul class="breite hauptnavigation__liste">
        <#list nav.haupt as item>
          <li><a href="${item.url}"<#if path == item.url || (item.url != sprache.start && path?starts_with(item.url))> aria-current="page"</#if>>${item.titel}</a>
        </#list>
      </ul>
    <#-- In the navigation: open on wide screens, behind "Menü" on a phone, so the first screen keeps the search. -->
      <@sprachwahl path=path sprache=sprache fassungen=fassungen t=t />
    </nav>
  </header>
</#macro>

<#-- The default footer block: the footer navigation and the publisher. -->
<#macro fuss path site nav>
  <footer class="fuss">
    <div class="breite">
      <h2 class="unsichtbar">${t.texte.fuss_titel}</h2>
      <ul class="fuss__liste">
        <#list nav.fuss as item>
          <li><a href="${item.url}"<#if path == item.url> aria-current="page"</#if>>${item.titel}</a>
        </#list>
      </ul>
      <p class="fuss__text"><#if sprache.code != "de"><span lang="de">${site.name}</span><#else>${site.name}</#if> · <@c.herausgeber betreiber=site.betreiber t=t /></p>
    </div>
  </footer>
</#macro>
