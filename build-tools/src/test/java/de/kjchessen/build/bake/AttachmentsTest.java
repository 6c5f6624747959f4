package de.kjchessen.build.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentsTest {

    @Test
    void aLinkToADocumentShowsTypeAndSizeFromTheFileTheBakeCopies(@TempDir Path tmp) throws Exception {
        Path assets = Files.createDirectories(tmp.resolve("assets/downloads"));
        Path content = Files.createDirectories(tmp.resolve("content/presse"));
        Files.write(assets.resolve("flyer.pdf"), new byte[486_200]);
        Files.write(content.resolve("antrag.docx"), new byte[1_234_567]);
        Attachments attachments = new Attachments(List.of(tmp.resolve("assets"), tmp.resolve("content")));

        String html = ProjectMarkdownEngine.toHtml("""
                Der [Flyer](/downloads/flyer.pdf), der [Antrag](/presse/antrag.docx?v=2),
                eine [fehlende Datei](/downloads/fehlt.pdf), eine [Seite](/kontakt/)
                und ein [fremdes PDF](https://www.example.org/a.pdf).
                """, new ProjectMarkdownEngine.Bake(attachments, null));

        assertTrue(html.contains("<a href=\"/downloads/flyer.pdf\">Flyer (PDF, 486 kB)</a>"), html);
        assertTrue(html.contains("<a href=\"/presse/antrag.docx?v=2\">Antrag (Word, 1,2 MB)</a>"), html);
        assertTrue(html.contains(">fehlende Datei</a>"), html);   // the validator reports it; nothing invented
        assertTrue(html.contains(">Seite</a>"), html);
        assertTrue(html.contains(">fremdes PDF</a>"), html);       // another site's file: size unknown
    }

    @Test
    void sizesAndTypesAreWrittenAsGermanSitesDo() {
        assertEquals("1 kB", Attachments.size(12));
        assertEquals("486 kB", Attachments.size(486_499));
        assertEquals("1,2 MB", Attachments.size(1_234_567));
        assertEquals("23 MB", Attachments.size(23_456_789));
        assertEquals(Optional.of("PDF"), Attachments.type("/a/B.PDF#seite=2"));
        assertEquals(Optional.empty(), Attachments.type("mailto:a@b.de?subject=x.pdf"));
        assertEquals(Optional.empty(), Attachments.type("/kontakt/"));
    }
}
