package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishableFilesTest {

    @TempDir
    Path site;

    private void write(String rel) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, rel);
    }

    @Test
    void draftsEditorFilesSourceMapsAndHiddenFilesArePruned() throws IOException {
        for (String f : List.of("index.html", ".htaccess", ".well-known/security.txt", "css/site.css",
                "aktuelles/neu-draft.html", "css/site.css.map", "js/a.js.map", "index.html~", "ueber-uns/.index.md.swp",
                "img/.DS_Store", "img/Thumbs.db", "alt.bak", ".git/HEAD", "daten/.gitkeep", "#notiz#", "~$brief.docx")) {
            write(f);
        }
        List<String> removed = PublishableFiles.prune(site);
        assertEquals(12, removed.size(), removed.toString());
        assertTrue(removed.contains("aktuelles/neu-draft.html (Entwurf)"), removed.toString());
        assertTrue(removed.contains("css/site.css.map (Source-Map)"), removed.toString());
        assertTrue(removed.contains("index.html~ (Hilfsdatei eines Editors oder Betriebssystems)"), removed.toString());
        for (String kept : List.of("index.html", ".htaccess", ".well-known/security.txt", "css/site.css")) {
            assertTrue(Files.exists(site.resolve(kept)), kept);
        }
        assertFalse(Files.exists(site.resolve(".git")), "empty hidden folder left");
        assertFalse(Files.exists(site.resolve("daten")), "empty folder left");
    }

    @Test
    void archiveHoldsExactlyThePublishedFilesAndRefusesOthers(@TempDir Path out) throws IOException {
        write("index.html");
        write(".htaccess");
        write("css/site.0123456789.css");
        Path zip = SiteArchive.write(site, out, "kjc", LocalDate.of(2026, 11, 25));
        assertEquals("kjc-2026-11-25.zip", zip.getFileName().toString());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertEquals(List.of(".htaccess", "css/site.0123456789.css", "index.html"),
                    z.stream().map(ZipEntry::getName).sorted().toList());
        }
        write("pagefind/fragment/de_1.pf_fragment");
        zip = SiteArchive.write(site, out, "kjc", LocalDate.of(2026, 11, 25));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry index = z.getEntry("pagefind/fragment/de_1.pf_fragment");
            assertEquals(ZipEntry.STORED, index.getMethod(), "schon komprimiert: gespeichert, nicht erneut komprimiert");
            assertEquals("pagefind/fragment/de_1.pf_fragment", new String(z.getInputStream(index).readAllBytes()));
            ZipEntry page = z.getEntry("index.html");
            assertEquals(ZipEntry.DEFLATED, page.getMethod());
            assertEquals("index.html", new String(z.getInputStream(page).readAllBytes()));
        }
        write("aktuelles/x-draft.html");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SiteArchive.write(site, out, "kjc", LocalDate.now()));
        assertTrue(e.getMessage().contains("aktuelles/x-draft.html"), e.getMessage());
    }
}
