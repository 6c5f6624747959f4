package de.kjchessen.site.languages;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Languages (issue 18): every hreflang alternate, in the pages' head and in sitemap.xml, points back; each page's
 * &lt;html lang&gt; is the language its alternates give it; Arabic pages are right-to-left; the language switcher names
 * each language in itself with its own lang. The languages come from the built site, not from this file.
 */
class HreflangTest {

    static final String XHTML = "http://www.w3.org/1999/xhtml";

    static Map<String, Map<String, String>> pageAlternates(GeneratedSite site) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        site.pages().forEach((file, doc) -> {
            Map<String, String> versions = new LinkedHashMap<>();
            for (Element link : doc.select("head link[rel=alternate][hreflang]")) {
                versions.put(link.attr("hreflang"), link.attr("href"));
            }
            out.put(doc.select("link[rel=canonical]").attr("href"), versions);
        });
        return out;
    }

    @Test
    void everyAlternateOfEveryPagePointsBackAndGivesTheLanguageOfThePage() {
        GeneratedSite site = GeneratedSite.built();
        Map<String, Map<String, String>> alternates = pageAlternates(site);
        assertEquals(List.of(), HreflangCheck.check(alternates, "Seite").stream().map(Fault::toString).toList());
        long translated = alternates.values().stream().filter(v -> !v.isEmpty()).count();
        assertTrue(translated > 0, "keine Seite mit Sprachfassungen");
        Map<String, Document> byUrl = new LinkedHashMap<>();
        site.pages().values().forEach(d -> byUrl.put(d.select("link[rel=canonical]").attr("href"), d));
        alternates.forEach((page, versions) -> versions.forEach((lang, url) -> {
            if (!lang.equals("x-default")) {
                Element html = byUrl.get(url).selectFirst("html");
                assertEquals(lang, html.attr("lang"), url);
                assertEquals(lang.equals("ar") ? "rtl" : "", html.attr("dir"), url + " dir");
            }
        }));
    }

    @Test
    void theSitemapPairsTheSameVersions() throws Exception {
        GeneratedSite site = GeneratedSite.built();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var xml = f.newDocumentBuilder().parse(site.root().resolve("sitemap.xml").toFile());
        Map<String, Map<String, String>> sitemap = new LinkedHashMap<>();
        NodeList urls = xml.getDocumentElement().getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
            Map<String, String> versions = new LinkedHashMap<>();
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element l = (org.w3c.dom.Element) links.item(j);
                versions.put(l.getAttribute("hreflang"), l.getAttribute("href"));
            }
            sitemap.put(loc, versions);
        }
        assertEquals(List.of(), HreflangCheck.check(sitemap, "sitemap.xml").stream().map(Fault::toString).toList());
        Map<String, Map<String, String>> translated = new LinkedHashMap<>(pageAlternates(site));
        translated.values().removeIf(Map::isEmpty);
        Selections.nonEmpty(translated.keySet(), "keine Seite mit Sprachfassungen");
        translated.forEach((page, versions) ->
                assertEquals(versions, sitemap.get(page), "sitemap.xml und Seite nennen verschiedene Sprachfassungen: " + page));
    }

    @Test
    void theCheckCatchesAMissingWayBack() {
        Map<String, Map<String, String>> broken = new LinkedHashMap<>();
        broken.put("/a/", Map.of("de", "/a/", "en", "/en/a/", "x-default", "/a/"));
        broken.put("/en/a/", Map.of("en", "/en/a/"));
        List<Fault> faults = HreflangCheck.check(broken, "Seite");
        assertFalse(faults.isEmpty());
        assertTrue(faults.stream().anyMatch(x -> x.message().contains("/en/a/ (en) nennt andere Sprachfassungen")), faults.toString());
        assertTrue(faults.stream().anyMatch(x -> x.file().equals("/en/a/") && x.message().contains("x-default")), faults.toString());
    }

    @Test
    void theSwitcherNamesEachLanguageInItselfWithItsOwnLang() {
        GeneratedSite site = GeneratedSite.built();
        Document home = site.pages().get("index.html");
        List<Element> links = home.select("ul.sprachwahl a");
        assertFalse(links.isEmpty(), "keine Sprachauswahl auf der Startseite");
        for (Element a : links) {
            String lang = a.attr("lang");
            Document target = site.pages().get(a.attr("href").substring(1) + "index.html");
            assertEquals(lang, target.selectFirst("html").attr("lang"), a.attr("href"));
            // on the start page of that language, the link back to German is named in German
            assertTrue(target.select("ul.sprachwahl a[lang=de]").text().equals("Deutsch"), a.attr("href"));
            // the page says that the German text is authoritative and links to it
            assertEquals("/", target.select(".hinweis-uebersetzung a").attr("href"), a.attr("href"));
        }
        Document finder = site.pages().get("jobcenter-finden/index.html");
        for (Element a : Selections.select(finder, "ul.sprachwahl a", "jobcenter-finden/index.html")) {
            assertTrue(finder.select("link[hreflang=" + a.attr("lang") + "]").attr("href").endsWith(a.attr("href")),
                    "die Sprachauswahl führt zur selben Seite in der anderen Sprache: " + a.attr("href"));
        }
    }
}
