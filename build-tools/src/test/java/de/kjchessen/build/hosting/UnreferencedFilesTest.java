package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnreferencedFilesTest {

    @Test
    void removesOnlyAttachmentsAndPicturesThatNoPublishedFileUses(@TempDir Path site) throws Exception {
        write(site, "index.html", "<a href=\"/downloads/flyer.pdf\">Flyer</a> <img src=\"bilder/varianten/a-960.jpg\" alt=\"A\">"
                + " <a href=\"/downloads/antrag%20neu.docx\">Antrag</a>");
        write(site, "css/site.css", "body { background: url(../bilder/muster.png); }");
        write(site, "aktuelles/2018/neu.html", "<img src=\"bild-nebenan.webp\" alt=\"relativ\">");
        for (String f : List.of("downloads/flyer.pdf", "downloads/antrag neu.docx", "bilder/varianten/a-960.jpg",
                "bilder/muster.png", "aktuelles/2018/bild-nebenan.webp", "downloads/gesperrt.pdf", "bilder/a.jpg",
                "daten/jobcenter.csv")) {
            write(site, f, "x");
        }

        List<String> removed = UnreferencedFiles.prune(site);

        assertEquals(List.of("bilder/a.jpg (von keiner veröffentlichten Seite verwendet)",
                "downloads/gesperrt.pdf (von keiner veröffentlichten Seite verwendet)"), removed);
        assertFalse(Files.exists(site.resolve("downloads/gesperrt.pdf")));
        for (String kept : List.of("downloads/flyer.pdf", "downloads/antrag neu.docx", "bilder/varianten/a-960.jpg",
                "bilder/muster.png", "aktuelles/2018/bild-nebenan.webp", "daten/jobcenter.csv")) {
            assertTrue(Files.exists(site.resolve(kept)), kept);
        }
    }

    private static void write(Path root, String rel, String text) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
