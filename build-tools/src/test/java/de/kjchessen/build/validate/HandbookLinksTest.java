package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.preview.Handbook;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview links every message of the catalogue to the section of the handbook that quotes it. */
class HandbookLinksTest {

    private static final Pattern FORMAT = Pattern.compile("^(\\S+?)(?:, Zeile (\\d+))?: (.*)$", Pattern.DOTALL);

    static Problem parse(String formatted) {
        Matcher m = FORMAT.matcher(formatted);
        assertTrue(m.matches(), formatted);
        return Problem.error(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3));
    }

    @Test
    void everyMessageLinksToTheSectionThatQuotesIt() throws Exception {
        Handbook handbook = Handbook.of(HandbookTest.handbook());
        List<String> wrong = Stream.of(ValidationCatalogue.CASES, ValidationCatalogue.NOTES, AccessibilityCatalogue.ERRORS, AccessibilityCatalogue.NOTES)
                .flatMap(List::stream).map(ValidationCatalogue.Case::message)
                .filter(message -> {
                    String quotedIn = handbook.entries().stream().filter(e -> e.example().equals(message))
                            .map(Handbook.Entry::id).findFirst().orElse("(nicht zitiert)");
                    Optional<Handbook.Entry> linked = handbook.entryFor(parse(message));
                    return !linked.map(Handbook.Entry::id).orElse("(keine)").equals(quotedIn);
                }).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void aMessageWithOtherValuesStillFindsItsSection() throws Exception {
        Handbook handbook = Handbook.of(HandbookTest.handbook());
        Problem other = Problem.error("content/termine/2019-01-01-x.md", 4, "Das Datum \u201E1.1.2019\u201C hat nicht "
                + "die Form JJJJ-MM-TT. Schreiben Sie: date=2019-01-01");
        String quoted = handbook.entries().stream().filter(e -> e.example().contains("Das Datum \u201E"))
                .map(Handbook.Entry::id).findFirst().orElseThrow();
        assertEquals(Handbook.PATH + "#" + quoted, handbook.linkFor(other));
        assertEquals(Handbook.PATH + "#alle-fehlermeldungen",
                handbook.linkFor(Problem.error("x.md", 1, "Etwas ganz anderes, das nirgends beschrieben ist.")));
    }

    @Test
    void theRenderedHandbookHasAnAnchorForEveryHeadingAndTheSiteStylesheet() throws Exception {
        Handbook handbook = Handbook.of(HandbookTest.handbook());
        String page = handbook.page();
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/__vorschau/site.css\">"));
        assertTrue(page.contains("id=\"alle-fehlermeldungen\""), "the list of all messages");
        assertEquals(List.of(), Pattern.compile("<h[1-6](?![^>]*\\bid=\")[^>]*>").matcher(page).results()
                .map(r -> r.group()).toList(), "every heading has an anchor");
        assertTrue(handbook.entries().size() >= ValidationCatalogue.CASES.size() / 2, "examples found");
    }
}
