package de.kjchessen.site.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check over a selection fails when the selection is empty, not only when an element is wrong. */
class SelectionsTest {

    static final String MARKED = "<main><p>Quelle: <a href=\"https://www.hlt.de/\" rel=\"external\">HLT</a></p></main>";
    static final String UNMARKED = "<main><p>Quelle: <a href=\"https://www.hlt.de/\">HLT</a></p></main>";
    static final String WITHOUT_LINKS = "<main><p>Kein Link, etwa weil das Template die Quellen nicht mehr schreibt.</p></main>";

    @Test
    void theExternalLinkCheckPassesOnlyWithMarkedLinks() {
        assertDoesNotThrow(() -> Selections.assertExternalLinksMarked(Jsoup.parse(MARKED), "main a[href^=http]", "gut"));
        assertThrows(AssertionFailedError.class,
                () -> Selections.assertExternalLinksMarked(Jsoup.parse(UNMARKED), "main a[href^=http]", "ohne rel"));
    }

    @Test
    void aCheckOverAnEmptySelectionFailsWhereAForEachWouldPass() {
        Document page = Jsoup.parse(WITHOUT_LINKS);
        // the old form: nothing to loop over, nothing asserted, green
        assertDoesNotThrow(() -> page.select("main a[href^=http]").forEach(a -> assertTrue(a.hasAttr("rel"))));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Selections.assertExternalLinksMarked(page, "main a[href^=http]", "ohne Links"));
        assertTrue(e.getMessage().contains("ohne Links: nichts gefunden für „main a[href^=http]“"), e.getMessage());
        assertThrows(AssertionFailedError.class, () -> Selections.nonEmpty(List.of(), "Termine"));
    }
}
