package de.kjchessen.site.pages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page metadata: Open Graph, favicon, web app manifest, JSON-LD of the organisation, all from the one base URL. */
class MetadataTest {

    static GeneratedSite site;
    static String host = Project.host();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
    }

    static String meta(Document doc, String property) {
        Element e = doc.selectFirst("head meta[property=" + property + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void everyPageHasOpenGraphMatchingTitleDescriptionAndCanonical() {
        site.pages().forEach((path, doc) -> {
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith(host + "/"), path + ": canonical nicht unter site.host: " + canonical);
            assertEquals(canonical, meta(doc, "og:url"), path);
            assertEquals(doc.selectFirst("meta[name=description]").attr("content"), meta(doc, "og:description"), path);
            assertEquals(doc.selectFirst("h1").text(), meta(doc, "og:title"), path);
            assertNotNull(meta(doc, "og:type"), path);
            String lang = doc.selectFirst("html").attr("lang");
            if (lang.equals("de")) {
                assertEquals("de_DE", meta(doc, "og:locale"), path);
            } else {
                assertTrue(meta(doc, "og:locale").startsWith(lang), path + ": og:locale in der Sprache der Seite");
            }
        });
    }

    @Test
    void pressemitteilungenAreOpenGraphArticlesWithDateAndTags() {
        for (Project.Source post : Selections.nonEmpty(Project.published("post"), "keine Pressemitteilung")) {
            Document doc = site.pages().get(post.page());
            assertEquals("article", meta(doc, "og:type"), post.rel());
            assertEquals(post.get("date"), meta(doc, "article:published_time"), post.rel());
            assertEquals(post.tags(), doc.select("head meta[property=article:tag]").eachAttr("content"), post.rel());
        }
    }

    @Test
    void faviconIsOurOwnSvgAndTheManifestIsValid() throws Exception {
        site.pages().forEach((path, doc) -> {
            assertEquals("/favicon.svg", doc.selectFirst("head link[rel=icon]").attr("href"), path);
            assertEquals("/manifest.webmanifest", doc.selectFirst("head link[rel=manifest]").attr("href"), path);
        });
        String svg = Files.readString(site.root().resolve("favicon.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), "favicon.svg ist kein SVG");
        assertFalse(svg.matches("(?s).*(href|src)=\"(https?:)?//.*"), "favicon.svg lädt nichts von außen");

        JsonNode manifest = JSON.readTree(site.root().resolve("manifest.webmanifest").toFile());
        assertEquals("Kommunale Jobcenter in Hessen", manifest.get("name").asString());
        assertEquals("de", manifest.get("lang").asString());
        assertEquals("/", manifest.get("start_url").asString());
        assertFalse(manifest.get("icons").isEmpty(), "das Manifest nennt kein Icon");
        for (JsonNode icon : manifest.get("icons")) {
            assertTrue(Files.isRegularFile(site.root().resolve(icon.get("src").asString().substring(1))), icon.toString());
        }
    }

    @Test
    void startPageDescribesTheOrganisationWithConfirmedFactsOnly() throws Exception {
        Document home = site.pages().get("index.html");
        Element ld = home.selectFirst("head script[type=application/ld+json]");
        assertNotNull(ld, "JSON-LD fehlt auf der Startseite");
        JsonNode graph = JSON.readTree(ld.data()).get("@graph");
        JsonNode org = null;
        for (JsonNode n : graph) {
            if ("Organization".equals(n.get("@type").asString())) {
                org = n;
            }
        }
        assertNotNull(org, "kein Organization-Knoten");
        assertEquals("Kommunale Jobcenter in Hessen", org.get("name").asString());
        assertEquals(host + "/", org.get("url").asString());
        // data/site.yaml: the operator's address, e-mail and phone are not confirmed, so they must not appear.
        List<String> names = new ArrayList<>();
        names.addAll(org.propertyNames());
        for (String unconfirmed : List.of("address", "email", "telephone", "founder", "legalName")) {
            assertFalse(names.contains(unconfirmed), "unbestätigte Angabe im JSON-LD: " + unconfirmed);
        }
        assertTrue(site.root().resolve(org.get("logo").asString().substring(host.length() + 1)).toFile().isFile());
    }

    @Test
    void noPageHasAnInlineScript() {
        site.pages().forEach((path, doc) -> {
            for (Element script : doc.select("script")) {
                boolean data = script.attr("type").equals("application/ld+json");
                assertTrue(data || (script.hasAttr("src") && script.data().isBlank()),
                        path + ": Skript im HTML (nur externe Dateien erlaubt): " + script.outerHtml());
            }
            assertTrue(doc.select("[style]").isEmpty(), path + ": style-Attribut");
            for (Map.Entry<String, String> a : List.of(Map.entry("onclick", ""), Map.entry("onload", ""))) {
                assertTrue(doc.select("[" + a.getKey() + "]").isEmpty(), path + ": " + a.getKey());
            }
        });
    }
}
