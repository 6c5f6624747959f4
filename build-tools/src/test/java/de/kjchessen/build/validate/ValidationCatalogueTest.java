package de.kjchessen.build.validate;

import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.ValidationFailedException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of editor mistakes: each case breaks the valid fixture site in one place; the validator must
 * fail (as the Maven build does) with exactly the one German message naming file and line.
 */
class ValidationCatalogueTest {

    @Test
    void theFixtureSiteItselfIsValidInBothModes(@TempDir Path root) throws Exception {
        FixtureSite.create(root);
        assertEquals(List.of(), ValidateSite.validate(root).problems());
        ValidateSite.main(new String[]{root.toString(), "publish"});
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.kjchessen.build.validate.ValidationCatalogue#CASES")
    void eachMistakeFailsTheBuildWithOneGermanMessage(ValidationCatalogue.Case c, @TempDir Path root) {
        FixtureSite.create(root);
        c.breakIt().accept(root);

        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ValidateSite.main(new String[]{root.toString(), c.mode().name().toLowerCase()}));

        assertEquals(List.of(c.message()), e.problems().stream().map(Problem::format).toList());
        Problem p = e.problems().get(0);
        assertTrue(c.message().startsWith(p.file() + (p.line() > 0 ? ", Zeile " + p.line() + ": " : ": ")));
        assertTrue(e.getMessage().contains(c.message()), "the build log shows the message");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.kjchessen.build.validate.ValidationCatalogue#CASES")
    void publishOnlyMistakesAreNoticesInThePreview(ValidationCatalogue.Case c, @TempDir Path root) throws Exception {
        FixtureSite.create(root);
        c.breakIt().accept(root);
        if (c.mode() == SiteMode.PUBLISH) {
            ValidateSite.main(new String[]{root.toString(), "preview"});
            assertEquals(List.of(c.message()), ValidateSite.validate(root).warnings(SiteMode.PREVIEW).stream()
                    .map(Problem::format).toList());
        } else {
            assertEquals(List.of(), ValidateSite.validate(root).warnings(SiteMode.PREVIEW));
        }
    }

    @Test
    void theCatalogueCoversAtLeastTwentyKindsEachOnce() {
        Set<String> kinds = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (ValidationCatalogue.Case c : ValidationCatalogue.CASES) {
            assertTrue(kinds.add(c.kind()), "kind twice: " + c.kind());
            assertTrue(messages.add(c.message()), "message twice: " + c.message());
        }
        assertTrue(kinds.size() >= 20, "only " + kinds.size() + " kinds");
    }
}
