package de.kjchessen.site.pages;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sitemap.xml and robots.txt: every HTML page (but the 404 page) with its absolute canonical URL and lastmod. */
class SitemapXmlTest {

    static GeneratedSite site;
    static Map<String, LocalDate> urls = new LinkedHashMap<>();
    static String host = Project.host();

    @BeforeAll
    static void load() throws Exception {
        site = GeneratedSite.built();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(site.root().resolve("sitemap.xml").toFile());
        Element root = doc.getDocumentElement();
        assertEquals("urlset", root.getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", root.getNamespaceURI());
        NodeList list = root.getElementsByTagNameNS(root.getNamespaceURI(), "url");
        for (int i = 0; i < list.getLength(); i++) {
            Element url = (Element) list.item(i);
            String loc = url.getElementsByTagNameNS(root.getNamespaceURI(), "loc").item(0).getTextContent();
            String lastmod = url.getElementsByTagNameNS(root.getNamespaceURI(), "lastmod").item(0).getTextContent();
            assertEquals(null, urls.put(loc, LocalDate.parse(lastmod)), "doppelt: " + loc);
        }
    }

    @Test
    void everyHtmlPageIsListedWithItsCanonicalUrl() {
        TreeSet<String> expected = new TreeSet<>();
        site.pages().forEach((path, doc) -> {
            if (!path.equals("404.html")) {
                String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
                expected.add(ascii(canonical));
            }
        });
        assertEquals(expected, new TreeSet<>(urls.keySet()));
    }

    @Test
    void urlsAreAbsoluteUnderTheOneBaseUrlAndPointToFiles() {
        assertTrue(urls.size() > 10);
        for (String loc : urls.keySet()) {
            assertTrue(loc.startsWith(host + "/"), loc);
            String path = URI.create(loc).getPath();
            String file = path.endsWith("/") ? path + "index.html" : path;
            assertTrue(Files.isRegularFile(site.root().resolve(file.substring(1))), "keine Datei für " + loc);
        }
    }

    @Test
    void lastmodIsTheDateOfThePageOrOfItsNewestEntry() {
        for (Project.Source s : Selections.nonEmpty(Project.all(), "content/ ohne Seiten")) {
            if (!s.get("status").equals("published") || s.page().equals("404.html")) {
                continue;
            }
            LocalDate lastmod = urls.get(host + ascii(s.url()));
            assertTrue(lastmod != null, "fehlt in sitemap.xml: " + s.url());
            assertTrue(!lastmod.isBefore(s.date()), s.rel() + ": lastmod " + lastmod + " vor dem Datum " + s.date());
            if (List.of("page", "post", "termin").contains(s.get("type"))) {
                assertEquals(s.date(), lastmod, s.rel());
            }
        }
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() throws Exception {
        List<String> lines = Files.readAllLines(site.root().resolve("robots.txt"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("User-agent: *"));
        assertTrue(lines.contains("Sitemap: " + host + "/sitemap.xml"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.matches("Disallow:\\s*/.*")), "nichts darf gesperrt sein: " + lines);
    }

    /** Canonical hrefs may hold umlauts (tag pages); sitemap.xml has them percent-encoded. */
    static String ascii(String url) {
        try {
            int scheme = url.indexOf("://");
            if (scheme < 0) {
                return new URI(null, null, url, null).toASCIIString();
            }
            int slash = url.indexOf('/', scheme + 3);
            return url.substring(0, slash) + new URI(null, null, url.substring(slash), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(url, e);
        }
    }
}
