package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPagefindTest {

    @Test
    void aMissingToolFailsWithAGermanAndEnglishMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunPagefind.requireTool("kein-node-auf-diesem-rechner"));
        assertTrue(e.getMessage().startsWith("Die Website-Suche (Pagefind) braucht Node.js und npm, doch "
                + "kein-node-auf-diesem-rechner fehlt auf diesem Rechner."), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install nodejs npm"));
        assertTrue(e.getMessage().contains("The site search (Pagefind) needs Node.js and npm"));
    }

    @Test
    void withoutNodeThePreviewGoesOnWithoutSearchButThePublishedBuildStops(@TempDir Path temp) throws Exception {
        Path npmProject = Path.of("pagefind").toAbsolutePath();
        Path siteRoot = temp.resolve("site");
        Files.createDirectories(siteRoot.resolve("pagefind"));
        Files.writeString(siteRoot.resolve("pagefind/pagefind-ui.js"), "// stale index of an earlier build");
        Path work = temp.resolve("work");

        assertFalse(RunPagefind.index(npmProject, siteRoot, work, false, "kein-node-auf-diesem-rechner"));
        assertFalse(Files.exists(siteRoot.resolve("pagefind")), "no stale search index is served as if current");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunPagefind.index(npmProject, siteRoot, work, true, "kein-node-auf-diesem-rechner"));
        assertTrue(e.getMessage().startsWith("Die Website-Suche (Pagefind) braucht Node.js"), e.getMessage());
    }

    @Test
    void refusesToIndexASiteThatStillHoldsADraft(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("aktuelles"));
        Files.writeString(site.resolve("index.html"), "<main data-pagefind-body>Start</main>");
        RunPagefind.requireOnlyPublishable(site); // a published site passes
        Files.writeString(site.resolve("aktuelles/neu-draft.html"), "<main data-pagefind-body>Geheim</main>");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPagefind.requireOnlyPublishable(site));
        assertTrue(e.getMessage().startsWith("aktuelles/neu-draft.html (Entwurf) darf nicht in den Suchindex"), e.getMessage());
    }

    @Test
    void readsTheNumberOfIndexedPagesFromPagefindsLog() {
        assertEquals(15, RunPagefind.indexedPages("Running Pagefind\n  Indexed 15 pages\n  Indexed 681 words\n"));
        assertEquals(1, RunPagefind.indexedPages("Indexed 1 page"));
        assertEquals(0, RunPagefind.indexedPages("Found 0 files matching **/*.{html}"));
    }

    @Test
    void sizesSeparateIndexUiAndRuntime(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fragment"));
        Files.write(dir.resolve("fragment/de_1.pf_fragment"), new byte[100]);
        Files.write(dir.resolve("pagefind-entry.json"), new byte[10]);
        Files.write(dir.resolve("pagefind-ui.js"), new byte[1000]);
        Files.write(dir.resolve("pagefind-ui.css"), new byte[200]);
        Files.write(dir.resolve("pagefind.js"), new byte[50]);
        Files.write(dir.resolve("wasm.de.pagefind"), new byte[70]);
        Files.write(dir.resolve("pagefind-component-ui.js"), new byte[9999]);
        assertEquals(new RunPagefind.Sizes(110, 1200, 120), RunPagefind.Sizes.of(dir));
    }
}
