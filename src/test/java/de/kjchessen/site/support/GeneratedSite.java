package de.kjchessen.site.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baked output directory, with every HTML page parsed once (source positions kept for line numbers). */
public final class GeneratedSite {

    private final Path root;
    private final Map<String, Document> pages = new LinkedHashMap<>();

    public GeneratedSite(Path root) {
        this.root = root;
        for (Path file : files(root)) {
            String rel = relative(file);
            if (rel.endsWith(".html")) {
                pages.put(rel, parse(file));
            }
        }
    }

    /** Where Maven built the site (system property site.dir, set by surefire). */
    public static final Path DIR = Path.of(System.getProperty("site.dir", "target/site"));

    private static GeneratedSite built;

    /**
     * The real site built by Maven (system property site.dir, set by surefire), parsed once for all test
     * classes of the run (they only read it). Fails when the bake produced no site.
     */
    public static synchronized GeneratedSite built() {
        if (built == null) {
            built = new GeneratedSite(DIR);
        }
        assertTrue(built.pages().size() > 10, "Die Website wurde nicht erzeugt: " + built.root());
        return built;
    }

    public Path root() {
        return root;
    }

    /** Page path relative to the root ("ueber-uns/index.html") → parsed document. */
    public Map<String, Document> pages() {
        return pages;
    }

    /** The parsed page, failing with its name when the site has no such page. */
    public Document page(String rel) {
        Document d = pages.get(rel);
        assertNotNull(d, "Seite fehlt: " + rel);
        return d;
    }

    /**
     * The translations of a German page ("jobcenter-finden/index.html") from its hreflang alternates: language →
     * page file ("ar/jobcenter-finden/index.html"), without German and x-default.
     */
    public Map<String, String> translations(String germanPage) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element link : page(germanPage).select("head link[rel=alternate][hreflang]")) {
            String lang = link.attr("hreflang");
            if (!lang.equals("de") && !lang.equals("x-default")) {
                out.put(lang, URI.create(link.attr("href")).getPath().substring(1) + "index.html");
            }
        }
        return out;
    }

    /**
     * The file the bake wrote as {@code rel} ("css/site.css"), under its fingerprinted name
     * ("css/site.1a2b3c4d5e.css") when the post-bake step gave it one.
     */
    public Path asset(String rel) {
        Path plain = root.resolve(rel);
        if (Files.exists(plain)) {
            return plain;
        }
        return files(root).stream().filter(f -> withoutFingerprint(relative(f)).equals(rel)).findFirst().orElse(plain);
    }

    /** "/js/suche.1a2b3c4d5e.js" → "/js/suche.js": compare asset URLs independent of their content hash. */
    public static String withoutFingerprint(String url) {
        return url.replaceFirst("\\.[0-9a-f]{10}(\\.[a-z0-9]+)$", "$1");
    }

    public List<Path> allFiles() {
        return files(root);
    }

    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Document parse(Path file) {
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
