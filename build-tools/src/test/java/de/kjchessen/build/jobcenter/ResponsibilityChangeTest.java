package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Gemeinde that changes to a Jobcenter other than its Kreis's on a given day (zustaendig_fuer): before that
 * day its Kreis's Jobcenter is responsible and the change is announced ("Ab …"), from that day the new one is,
 * named "Seit …" for a year, then plainly.
 */
class ResponsibilityChangeTest {

    static final String CSV = """
            ags,name,kreis_ags,kreis_name,plz
            06435014,Neustadt,06435,Altkreis,63450
            06435001,Dorf,06435,Altkreis,63451
            """;

    static final String YAML = """
            jobcenter:
              - id: altkreis
                ags: "06435"
                gebiet: Altkreis
                art: Landkreis
                name: Jobcenter Altkreis
              - id: neustadt
                ags: "06435014"
                gebiet: Neustadt
                art: kreisfreie Stadt
                name: Jobcenter Neustadt
                zustaendig_fuer:
                  - gemeinde: "06435014"
                    ab: 2026-01-02
            """;

    static Responsibilities on(Path root, LocalDate day, String yaml, List<Problem> out) throws Exception {
        ResponsibilityReaderTest.write(root, GemeindenCsv.FILE, CSV);
        ResponsibilityReaderTest.write(root, JobCentre.FILE, yaml);
        return ResponsibilityReader.read(root.resolve(GemeindenCsv.FILE), root.resolve(JobCentre.FILE), day, out).orElse(null);
    }

    static Responsibilities on(Path root, LocalDate day) throws Exception {
        List<Problem> out = new ArrayList<>();
        Responsibilities z = on(root, day, YAML, out);
        assertEquals(List.of(), out.stream().map(Problem::format).toList());
        return z;
    }

    @Test
    void aFutureChangeIsAnnouncedAndTheKreisStaysResponsible(@TempDir Path root) throws Exception {
        Responsibilities z = on(root, LocalDate.of(2025, 12, 15));
        Responsibilities.Entry neustadt = z.gemeinde("06435014").orElseThrow();
        assertEquals("altkreis", neustadt.jobcenter().id());
        assertEquals("Ab 2. Januar 2026 zuständig: Jobcenter Neustadt (bis dahin: Jobcenter Altkreis).", neustadt.hinweis());
        // both pages: the old one keeps the Gemeinde and names the change, the new one lists it as coming
        assertEquals(List.of("Dorf", "Neustadt"), z.gemeindenOf("altkreis").stream().map(e -> e.gemeinde().name()).sorted().toList());
        assertEquals(List.of("Neustadt"), z.gemeindenOf("neustadt").stream().map(e -> e.gemeinde().name()).toList());
        assertEquals("Ab 2. Januar 2026 ist für Neustadt ein anderes Jobcenter zuständig: Jobcenter Neustadt.",
                neustadt.wechsel().sentenceForPrevious("Neustadt"));
        assertEquals("Ab 2. Januar 2026: Stadt Neustadt.", neustadt.shortNote(), "short form for the lists");
        assertEquals("", z.gemeinde("06435001").orElseThrow().hinweis(), "die übrigen Gemeinden wechseln nicht");
    }

    @Test
    void aPastChangeReadsSeitForAYearThenPlainly(@TempDir Path root) throws Exception {
        Responsibilities onTheDay = on(root, LocalDate.of(2026, 1, 2));
        assertEquals("neustadt", onTheDay.gemeinde("06435014").orElseThrow().jobcenter().id());
        assertEquals("Seit 2. Januar 2026 zuständig: Jobcenter Neustadt (vorher: Jobcenter Altkreis).",
                onTheDay.gemeinde("06435014").orElseThrow().hinweis());
        Responsibilities later = on(root, LocalDate.of(2026, 11, 30));
        assertEquals(List.of("Dorf"), later.gemeindenOf("altkreis").stream().map(e -> e.gemeinde().name()).toList());
        assertTrue(later.gemeinde("06435014").orElseThrow().hinweis().startsWith("Seit 2. Januar 2026"));
        assertEquals("Seit 2. Januar 2026; vorher: Altkreis.", later.gemeinde("06435014").orElseThrow().shortNote());
        Responsibilities ayearOn = on(root, LocalDate.of(2027, 1, 2));
        assertEquals("neustadt", ayearOn.gemeinde("06435014").orElseThrow().jobcenter().id());
        assertEquals("", ayearOn.gemeinde("06435014").orElseThrow().hinweis());
        assertEquals(List.of(), ayearOn.changesFor("altkreis"));
    }

    @Test
    void anExceptionForAnUnknownGemeindeOrTwiceForOneIsReported(@TempDir Path root) throws Exception {
        List<Problem> out = new ArrayList<>();
        on(root, LocalDate.of(2026, 6, 1), YAML.replace("gemeinde: \"06435014\"", "gemeinde: \"06435099\""), out);
        assertEquals(List.of("data/jobcenter.yaml, Zeile 13: Eine Gemeinde mit dem Schlüssel 06435099 gibt es in "
                + "data/gemeinden.csv nicht. Schreiben Sie bei gemeinde: den achtstelligen Gemeindeschlüssel aus der Spalte ags."),
                out.stream().map(Problem::format).toList());
        out.clear();
        on(root.resolve("zwei"), LocalDate.of(2026, 6, 1), YAML.replace("    name: Jobcenter Altkreis\n",
                "    name: Jobcenter Altkreis\n    zustaendig_fuer:\n      - gemeinde: \"06435014\"\n"
                        + "        ab: 2020-01-01\n"), out);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).format().contains("Die Gemeinde Neustadt steht schon bei altkreis unter zustaendig_fuer."),
                out.get(0).format());
    }
}
