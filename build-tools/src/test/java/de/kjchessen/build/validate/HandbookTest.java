package de.kjchessen.build.validate;

import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.Problem;
import de.kjchessen.build.TestProject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/redaktion.md explains every message, and the templates in docs/vorlagen/ work as the handbook says. */
class HandbookTest {

    static final Path PROJECT = TestProject.ROOT;

    static String handbook() throws Exception {
        return Files.readString(PROJECT.resolve("docs/redaktion.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theHandbookQuotesEveryMessageOfTheCatalogue() throws Exception {
        String handbook = handbook();
        List<String> missing = java.util.stream.Stream.concat(ValidationCatalogue.CASES.stream(),
                        ValidationCatalogue.NOTES.stream()).map(ValidationCatalogue.Case::message)
                .filter(m -> !handbook.contains(m)).toList();
        assertEquals(List.of(), missing, "docs/redaktion.md, Abschnitt \u201EAlle Fehlermeldungen\u201C");
    }

    @Test
    void theHandbookCoversTheTasksTheIssueAsksFor() throws Exception {
        String handbook = handbook();
        for (String heading : List.of("## Eine Pressemitteilung anlegen", "## Einen Termin anlegen",
                "## Eine Seite anlegen", "## Bilder mit Alternativtext", "### Jobcenter-Daten bearbeiten",
                "## Vorschau", "## Veröffentlichen", "## Alle Fehlermeldungen")) {
            assertTrue(handbook.contains("\n" + heading + "\n"), heading);
        }
        for (String template : List.of("docs/vorlagen/seite.md", "docs/vorlagen/pressemitteilung.md",
                "docs/vorlagen/termin.md", "docs/vorlagen/pressemitteilung-mit-bild.md")) {
            assertTrue(handbook.contains("`" + template + "`"), template);
            assertTrue(Files.isRegularFile(PROJECT.resolve(template)), template);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "seite.md, content/ausbildung/index.md",
            "pressemitteilung.md, content/aktuelles/2018/2018-11-27-neue-meldung.md",
            "termin.md, content/termine/2018-11-27-fachtag.md",
            "pressemitteilung-mit-bild.md, content/aktuelles/2018/2018-11-27-meldung-mit-bild.md"})
    void aCopiedTemplateReportsOnlyItsPlaceholdersAndIsValidOnceFilledIn(String template, String target,
                                                                          @TempDir Path root) throws Exception {
        FixtureSite.create(root);
        String text = Files.readString(PROJECT.resolve("docs/vorlagen").resolve(template), StandardCharsets.UTF_8);
        FixtureSite.write(root, target, text);

        List<Problem> problems = ValidateSite.validate(root).problems();
        assertFalse(problems.isEmpty(), "a forgotten placeholder must not be published");
        for (Problem p : problems) {
            assertEquals(target, p.file());
            assertTrue(p.message().contains("Platzhalter"), p.format());
        }

        // The template with picture and attachment names files: here they exist (a real JPEG, a PDF's bytes).
        FixtureSite.writeBytes(root, "assets/bilder/kampagnenstart.jpg", FixtureSite.jpeg(1600, 1000));
        FixtureSite.write(root, "assets/downloads/pressemitteilung.pdf", "%PDF-1.7\n");
        String filled = text
                .replaceAll("/bilder/\\[BITTE ERSETZEN:[^\\]]*\\]", "/bilder/kampagnenstart")
                .replaceAll("/downloads/\\[BITTE ERSETZEN:[^\\]]*\\]", "/downloads/pressemitteilung")
                .replaceAll("link=\\[BITTE ERSETZEN:[^\\]]*\\]", "link=https://example.org/fachtag")
                .replaceAll("tags=\\[BITTE ERSETZEN:[^\\]]*\\]", "tags=Kampagne")
                .replaceAll("\\[BITTE ERSETZEN:[^\\]]*\\]", "Ein Text der Redaktion.")
                .replace("JJJJ-MM-TT", "2018-11-27");
        FixtureSite.write(root, target, filled);
        assertEquals(List.of(), ValidateSite.validate(root).problems().stream().map(Problem::format).toList());
    }
}
