package de.kjchessen.build.hosting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprinterTest {

    @TempDir
    Path site;

    @BeforeEach
    void fixture() throws IOException {
        write("css/site.css", "@import \"base.css\";\nbody{background:url(../img/bg.png)}\n.l{background:url('/img/logo.svg?v=1#x')}");
        write("css/base.css", "h1{color:red}");
        write("img/bg.png", "PNG");
        write("img/logo.svg", "<svg/>");
        write("img/foto.jpg", "JPG1");
        write("img/foto-2x.jpg", "JPG2");
        write("js/suche.js", "console.log(1)");
        write("pagefind/pagefind.js", "import('./pagefind-entry.json')");
        write("pagefind/pagefind-ui.css", "x{}");
        write("favicon.svg", "<svg/>");
        write("termine/t.ics", "BEGIN:VCALENDAR");
        write("feed.xml", "<feed/>");
        write("index.html", "<link rel=\"stylesheet\" href=\"/css/site.css\"><script src='js/suche.js' defer></script>"
                + "<img src=\"/img/foto.jpg\" srcset=\"/img/foto.jpg 1x, /img/foto-2x.jpg 2x\" alt=\"„/img/foto.jpg“\">"
                + "<meta property=\"og:image\" content=\"https://www.example.org/img/logo.svg\">"
                + "<script type=\"application/ld+json\">{\"logo\":\"https://www.example.org/img/logo.svg\"}</script>"
                + "<link rel=\"stylesheet\" href=\"/pagefind/pagefind-ui.css\"><a href=\"/feed.xml\">Feed</a>"
                + "<a href=\"https://elsewhere.example/img/logo.svg\">x</a><p>Text /img/logo.svg bleibt</p>");
        write("a/b/seite.html", "<img src=\"../../img/logo.svg\" alt=\"\">");
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String read(String rel) throws IOException {
        return Files.readString(site.resolve(rel), StandardCharsets.UTF_8);
    }

    @Test
    void assetsGetContentHashesAndReferencesAreRewritten() throws IOException {
        Map<String, String> renamed = new Fingerprinter(site, "https://www.example.org/").run();
        String logo = "/img/logo." + Fingerprinter.hash("<svg/>".getBytes(StandardCharsets.UTF_8)) + ".svg";
        assertEquals(logo, renamed.get("/img/logo.svg"));
        assertEquals(7, renamed.size(), renamed.toString());
        assertFalse(Files.exists(site.resolve("img/logo.svg")));
        assertTrue(Files.exists(site.resolve(logo.substring(1))));

        String css = read(renamed.get("/css/site.css").substring(1));
        String base = renamed.get("/css/base.css");
        assertTrue(css.contains("@import \"" + base.substring("/css/".length()) + "\""), css);
        assertTrue(css.contains("url(../img/" + renamed.get("/img/bg.png").substring(5) + ")"), css);
        assertTrue(css.contains("url('" + logo + "?v=1#x')"), css);
        // The stylesheet's own hash covers the rewritten URLs.
        assertEquals("/css/site." + Fingerprinter.hash(css.getBytes(StandardCharsets.UTF_8)) + ".css", renamed.get("/css/site.css"));

        String html = read("index.html");
        assertTrue(html.contains("href=\"" + renamed.get("/css/site.css") + "\""), html);
        assertTrue(html.contains("src='js/" + renamed.get("/js/suche.js").substring(4) + "'"), html);
        assertTrue(html.contains("srcset=\"" + renamed.get("/img/foto.jpg") + " 1x, " + renamed.get("/img/foto-2x.jpg") + " 2x\""), html);
        assertTrue(html.contains("content=\"https://www.example.org" + logo + "\""), html);
        assertTrue(html.contains("{\"logo\":\"https://www.example.org" + logo + "\"}"), html);
        assertTrue(html.contains("alt=\"„/img/foto.jpg“\""), "text is not a reference: " + html);
        assertTrue(html.contains("href=\"/pagefind/pagefind-ui.css\"") && html.contains("href=\"/feed.xml\""), html);
        assertTrue(html.contains("https://elsewhere.example/img/logo.svg") && html.contains("Text /img/logo.svg bleibt"), html);
        assertTrue(read("a/b/seite.html").contains("src=\"../../img/" + logo.substring(5) + "\""));
    }

    @Test
    void pagefindRootFilesFeedsAndCalendarsKeepTheirNames() throws IOException {
        new Fingerprinter(site, "").run();
        for (String kept : new String[] {"pagefind/pagefind.js", "pagefind/pagefind-ui.css", "favicon.svg", "termine/t.ics", "feed.xml"}) {
            assertTrue(Files.exists(site.resolve(kept)), kept);
        }
        assertEquals("import('./pagefind-entry.json')", read("pagefind/pagefind.js"));
    }

    @Test
    void secondRunIsANoOpAndARebakeReplacesStaleVersions() throws IOException {
        Map<String, String> first = new Fingerprinter(site, "").run();
        String html = read("index.html");
        assertEquals(Map.of(), new Fingerprinter(site, "").run());
        assertEquals(html, read("index.html"));
        // The next bake copies the changed original again and writes HTML with the plain name.
        write("img/logo.svg", "<svg id=\"neu\"/>");
        write("a/b/seite.html", "<img src=\"/img/logo.svg\" alt=\"\">");
        Map<String, String> second = new Fingerprinter(site, "").run();
        assertFalse(Files.exists(site.resolve(first.get("/img/logo.svg").substring(1))), "stale version left");
        try (Stream<Path> s = Files.list(site.resolve("img"))) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("logo.")).count());
        }
        assertTrue(read("a/b/seite.html").contains(second.get("/img/logo.svg")));
    }
}
