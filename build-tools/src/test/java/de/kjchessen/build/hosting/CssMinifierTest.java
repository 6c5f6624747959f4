package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CssMinifierTest {

    @Test
    void dropsCommentsAndSpaceButKeepsEveryRule() {
        String css = "/* tokens */\n:root {\n  --farbe-text: #1b1b1b;\n}\n\nbody { color: var(--farbe-text); }\n"
                + "@media (min-width: 40rem) {\n  .kopf__menue { display: none; }\n}\n";
        assertEquals(":root{--farbe-text:#1b1b1b}body{color:var(--farbe-text)}"
                + "@media (min-width:40rem){.kopf__menue{display:none}}", CssMinifier.minify(css, Path.of("x.css")));
    }

    @Test
    void minifiesTheSiteStylesheetsButNotPagefindsOwn(@org.junit.jupiter.api.io.TempDir Path site) throws Exception {
        java.nio.file.Files.createDirectories(site.resolve("css"));
        java.nio.file.Files.createDirectories(site.resolve("pagefind"));
        java.nio.file.Files.writeString(site.resolve("css/site.css"), "/* x */ body { margin: 0; }");
        java.nio.file.Files.writeString(site.resolve("pagefind/pagefind-ui.css"), "/* theirs */ .pf { margin: 0; }");
        assertEquals(1, CssMinifier.minifyAll(site));
        assertEquals("body{margin:0}", java.nio.file.Files.readString(site.resolve("css/site.css")));
        assertTrue(java.nio.file.Files.readString(site.resolve("pagefind/pagefind-ui.css")).startsWith("/* theirs */"));
    }

    @Test
    void aStylesheetItCannotParseStopsTheBuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CssMinifier.minify("body { color: red; \n .karte { }", Path.of("css/site.css")));
        assertTrue(e.getMessage().startsWith("Das Stylesheet css/site.css lässt sich nicht lesen"), e.getMessage());
    }
}
