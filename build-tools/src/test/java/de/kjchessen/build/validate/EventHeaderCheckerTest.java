package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Broken Termin headers each produce one German message with the right line. */
class EventHeaderCheckerTest {

    static List<String> check(String header) {
        List<Problem> out = new ArrayList<>();
        ContentHeaderChecker.check("content/termine/t.md", "title=T\ndescription=D\ndate=2026-11-25\ntype=termin\n"
                + "status=published\n" + header + "~~~~~~\nText\n", out);
        return out.stream().map(Problem::format).toList();
    }

    @Test
    void aCorrectTerminHasNoProblem() {
        assertEquals(List.of(), check("start=2018-11-26\nend=2018-11-27\nlocation=Berlin\n"));
        assertEquals(List.of(), check("start=2018-11-26 10:00\nend=2018-11-26 16:30\nlocation=Berlin\n"));
        assertEquals(List.of(), check("start=2018-11-26 9:00\nlocation=Berlin\n"));
    }

    @Test
    void missingStartAndPlaceAreReported() {
        assertEquals(List.of("content/termine/t.md, Zeile 1: Beim Termin fehlt der Beginn. Ergänzen Sie im Kopf eine Zeile "
                + "start=JJJJ-MM-TT (ganztägig) oder start=JJJJ-MM-TT HH:MM, zum Beispiel start=2018-11-26 10:00."),
                check("location=Berlin\n"));
        assertEquals(1, check("start=2018-11-26\n").size());
        assertEquals(true, check("start=2018-11-26\n").get(0).contains("fehlt der Ort"));
    }

    @Test
    void aWrongDateFormNamesTheLineAndTheExpectedForm() {
        assertEquals(List.of("content/termine/t.md, Zeile 6: Die Angabe start=26.11.2018 ist kein gültiger Zeitpunkt. "
                + "Schreiben Sie JJJJ-MM-TT (ganztägig) oder JJJJ-MM-TT HH:MM, zum Beispiel start=2018-11-26 10:00."),
                check("start=26.11.2018\nlocation=Berlin\n"));
        assertEquals(1, check("start=2018-11-26 25:00\nlocation=Berlin\n").size(), "25 Uhr gibt es nicht");
        assertEquals(1, check("start=2018-02-30\nlocation=Berlin\n").size(), "30. Februar gibt es nicht");
    }

    @Test
    void endBeforeStartOrMixedFormsAreReportedAtTheEndLine() {
        assertEquals(List.of("content/termine/t.md, Zeile 7: Das Ende des Termins (2018-11-25) liegt vor dem Beginn "
                + "(2018-11-26). Prüfen Sie start und end."), check("start=2018-11-26\nend=2018-11-25\nlocation=Berlin\n"));
        List<String> mixed = check("start=2018-11-26 10:00\nend=2018-11-27\nlocation=Berlin\n");
        assertEquals(1, mixed.size());
        assertEquals(true, mixed.get(0).startsWith("content/termine/t.md, Zeile 7: Beginn und Ende des Termins müssen beide"));
    }
}
