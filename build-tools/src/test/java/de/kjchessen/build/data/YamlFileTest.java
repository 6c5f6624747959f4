package de.kjchessen.build.data;

import de.kjchessen.build.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax errors as an editor makes them, reported where the editor's fault is. */
class YamlFileTest {

    private static Problem onlyProblem(String text) {
        List<Problem> problems = new ArrayList<>();
        assertTrue(YamlFile.parse("data/site.yaml", text, problems).isEmpty(), "the text must not parse");
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItOpensEvenWhenALaterQuoteClosesIt() {
        // The open quote of line 2 runs on to the quote in line 5; SnakeYAML fails only at line 5 (as "block end").
        Problem p = onlyProblem("""
                name: Kommunale Jobcenter
                kampagne: "Stark. Sozial. Vor Ort.
                betreiber:
                  name:
                  hinweis: "nicht bestätigt"
                """);
        assertEquals(2, p.line(), p.message());
        assertTrue(p.message().startsWith("Die YAML-Schreibweise ist fehlerhaft (Spalte 11): hier beginnt ein Text in "
                + "Anführungszeichen, der nicht geschlossen wird"), p.message());
    }

    @Test
    void anIndentationErrorAfterClosedQuotesStaysAnIndentationError() {
        Problem p = onlyProblem("""
                name: "Kommunale Jobcenter \\" in Hessen"
                kampagne: 'Stark. Sozial. Vor Ort. ''2018'''
                betreiber:
                    name: x
                  hinweis: y
                """);
        assertEquals(5, p.line(), p.message());
        assertTrue(p.message().contains("die Einrückung passt nicht zur Zeile davor"), p.message());
    }
}
