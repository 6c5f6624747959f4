package de.kjchessen.build.content;

import de.kjchessen.build.DatedFact;
import de.kjchessen.build.Problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check becomes due twelve months after its stand; a validity ends the day after gueltig_bis. */
class FactDatesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void dueAfterTwelveMonthsAndExpiredTheDayAfter() {
        assertFalse(FactDates.due(new DatedFact("a", 1, FactDates.STAND, LocalDate.of(2025, 11, 30)), DAY));
        assertTrue(FactDates.due(new DatedFact("a", 1, FactDates.STAND, LocalDate.of(2025, 11, 29)), DAY));
        assertFalse(FactDates.expired(new DatedFact("a", 1, FactDates.GUELTIG_BIS, DAY), DAY));
        assertTrue(FactDates.expired(new DatedFact("a", 1, FactDates.GUELTIG_BIS, DAY.minusDays(1)), DAY));
        List<Problem> out = new ArrayList<>();
        FactDates.check(List.of(new DatedFact("data/x.yaml", 3, FactDates.GUELTIG_BIS, DAY.minusDays(1)),
                new DatedFact("content/y.md", 4, FactDates.STAND, DAY)), DAY, out);
        assertEquals(1, out.size());
        assertTrue(out.get(0).warningInPreview(), "a note in the preview, an error when publishing");
        assertTrue(out.get(0).format().startsWith("data/x.yaml, Zeile 3: Diese Angabe gilt nur bis 29. November 2026"));
    }

    @Test
    void theReviewPageListsTheDueFactsFirst() {
        String html = FactDates.reviewPage(List.of(new DatedFact("content/neu.md", 2, FactDates.STAND, DAY),
                new DatedFact("content/alt.md", 5, FactDates.STAND, LocalDate.of(2020, 1, 1))), DAY);
        assertTrue(html.indexOf("content/alt.md, Zeile 5") < html.indexOf("content/neu.md, Zeile 2"), html);
        assertTrue(html.contains("erneut prüfen"));
    }
}
