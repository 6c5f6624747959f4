package de.kjchessen.build.validate;

import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.Problem;
import de.kjchessen.build.Report;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.ValidationFailedException;
import de.kjchessen.build.bake.ProjectMarkdownEngine;
import de.kjchessen.build.content.MarkdownSyntax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility part of the catalogue of editor mistakes: each error fails the build with exactly its one
 * German message (file, line, fix); each note is listed in every mode and never fails the build; the handbook
 * quotes every message.
 */
class AccessibilityCatalogueTest {

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.kjchessen.build.validate.AccessibilityCatalogue#ERRORS")
    void eachMistakeFailsTheBuildWithOneGermanMessage(ValidationCatalogue.Case c, @TempDir Path root) throws Exception {
        FixtureSite.create(root);
        c.breakIt().accept(root);

        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ValidateSite.main(new String[]{root.toString(), "preview"}));

        assertEquals(List.of(c.message()), e.problems().stream().map(Problem::format).toList());
        Problem p = e.problems().get(0);
        assertTrue(p.line() > 0 && c.message().startsWith(p.file() + ", Zeile " + p.line() + ": "));
        assertTrue(e.getMessage().contains(c.message()), "the build log shows the message");
        assertEquals(List.of(), ValidateSite.validate(root).warnings(SiteMode.PREVIEW));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource({"de.kjchessen.build.validate.AccessibilityCatalogue#NOTES", "de.kjchessen.build.validate.ValidationCatalogue#NOTES"})
    void eachNoteIsShownInBothModesAndNeverFailsTheBuild(ValidationCatalogue.Case c, @TempDir Path root)
            throws Exception {
        FixtureSite.create(root);
        c.breakIt().accept(root);

        ValidateSite.main(new String[]{root.toString(), "preview"});
        ValidateSite.main(new String[]{root.toString(), "publish"});
        Report report = ValidateSite.validate(root);
        assertEquals(List.of(c.message()), report.notes().stream().map(Problem::format).toList());
        for (SiteMode mode : SiteMode.values()) {
            assertEquals(List.of(c.message()), report.warnings(mode).stream().map(Problem::format).toList());
            assertEquals(List.of(), report.errors(mode));
        }
        Problem p = report.notes().get(0);
        assertTrue(p.line() > 0 && c.message().startsWith(p.file() + ", Zeile " + p.line() + ": "));
    }

    @Test
    void eachKindOnceAndNoKindOfTheMainCatalogueTwice() {
        Set<String> kinds = new HashSet<>();
        ValidationCatalogue.CASES.forEach(c -> kinds.add(c.kind()));
        for (ValidationCatalogue.Case c : all().toList()) {
            assertTrue(kinds.add(c.kind()), "kind twice: " + c.kind());
        }
    }

    @Test
    void theHandbookQuotesEveryMessage() throws Exception {
        String handbook = HandbookTest.handbook();
        assertEquals(List.of(), all().map(ValidationCatalogue.Case::message).filter(m -> !handbook.contains(m)).toList(),
                "docs/redaktion.md, Abschnitt \u201EBarrierefreiheit\u201C unter \u201EAlle Fehlermeldungen\u201C");
    }

    @Test
    void aDecorativeImageIsMarkedAndRenderedWithAnEmptyAltText(@TempDir Path root) throws Exception {
        FixtureSite.create(root);
        FixtureSite.replace(root, ValidationCatalogue.K, FixtureSite.KONTAKT_IMAGE,
                "![](/bilder/beratung.jpg \"" + MarkdownSyntax.DECORATIVE + "\")");
        assertEquals(List.of(), ValidateSite.validate(root).problems());

        String html = ProjectMarkdownEngine.toHtml("![](/bilder/linie.svg \"dekorativ\")");
        assertTrue(html.contains("<img src=\"/bilder/linie.svg\" alt=\"\""), html);
        assertFalse(html.contains("title="), html);
        // without the mark, an empty alt text is still the error of the main catalogue
        FixtureSite.replace(root, ValidationCatalogue.K, " \"dekorativ\"", "");
        assertFalse(ValidateSite.validate(root).errors(SiteMode.PREVIEW).isEmpty());
    }

    @Test
    void whatIsRightIsNotReported(@TempDir Path root) throws Exception {
        FixtureSite.create(root);
        FixtureSite.replace(root, ValidationCatalogue.K, "So erreichen Sie uns.\n\n", "So erreichen Sie uns.\n\n"
                + "## Telefon\n\n### Sprechzeiten\n\n## Anschrift\n\n"
                + "[" + FixtureSite.KONTAKT_IMAGE + "](/kontakt/) und "
                + "[Kontakt](/kontakt/) und noch einmal [Kontakt](/kontakt/) und www.example.org\n\n"
                + "| Tag | Zeit |\n|---|---|\n| Montag | 8 bis 12 Uhr |\n| Dienstag | 8 bis 12 Uhr |\n\n"
                + "<p lang=\"en\">Welcome</p>\n\n");
        FixtureSite.write(root, AccessibilityCatalogue.LS, "title=Leichte Sprache\ndescription=Infos.\ndate=2018-11-26\n"
                + "type=page\nstatus=published\n~~~~~~\nDas Job-Center hilft zum Beispiel bei der Arbeits-Suche. "
                + "Es zahlt Grundsicherungs·geld.\n");
        assertEquals(List.of(), ValidateSite.validate(root).problems().stream().map(Problem::format).toList());
    }

    @Test
    void theVagueLinkTextsAreOneListInTheHandbook() throws Exception {
        String handbook = HandbookTest.handbook();
        List<String> missing = AccessibilityChecker.VAGUE_LINK_TEXTS.stream()
                .filter(t -> !handbook.contains("\u201E" + t + "\u201C")).toList();
        assertEquals(List.of(), missing, "docs/redaktion.md lists every vague link text");
    }

    private static Stream<ValidationCatalogue.Case> all() {
        return Stream.concat(AccessibilityCatalogue.ERRORS.stream(), AccessibilityCatalogue.NOTES.stream());
    }
}
