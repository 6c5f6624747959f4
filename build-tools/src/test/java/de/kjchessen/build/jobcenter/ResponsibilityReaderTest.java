package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ResponsibilityReaderTest {

    public static final String CSV = """
            ags,name,kreis_ags,kreis_name,plz
            06611000,Kassel,06611,Kassel,34117 34127
            06633009,Fuldatal,06633,Kassel,34127 34233
            06434001,Bad Homburg v.d. Höhe,06434,Hochtaunuskreis,61348 61350
            06432011,Ötzberg,06432,Darmstadt-Dieburg,64853
            """;

    public static final String YAML = """
            jobcenter:
              - id: stadt-kassel
                ags: "06611"
                gebiet: Kassel
                art: kreisfreie Stadt
                name: Jobcenter Stadt Kassel
              - id: landkreis-kassel
                ags: "06633"
                gebiet: Landkreis Kassel
                art: Landkreis
                name: Jobcenter Landkreis Kassel
              - id: hochtaunuskreis
                ags: "06434"
                gebiet: Hochtaunuskreis
                art: Landkreis
                name: Kommunales Jobcenter Hochtaunuskreis
              - id: darmstadt-dieburg
                ags: "06432"
                gebiet: Landkreis Darmstadt-Dieburg
                art: Landkreis
                name: null
            """;

    static List<String> problems(Path root, String csv, String yaml) throws Exception {
        write(root, GemeindenCsv.FILE, csv);
        write(root, JobCentre.FILE, yaml);
        List<Problem> out = new ArrayList<>();
        ResponsibilityReader.check(root, out);
        return out.stream().map(Problem::format).toList();
    }

    public static void write(Path root, String rel, String text) throws Exception {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text, StandardCharsets.UTF_8);
    }

    @Test
    void goodDataJoinsEveryGemeindeToItsJobcenter(@TempDir Path root) throws Exception {
        write(root, GemeindenCsv.FILE, CSV);
        write(root, JobCentre.FILE, YAML);
        List<Problem> out = new ArrayList<>();
        Optional<Responsibilities> z = ResponsibilityReader.check(root, out);
        assertEquals(List.of(), out);
        assertEquals(List.of("Bad Homburg v.d. Höhe", "Fuldatal", "Kassel", "Ötzberg"),
                z.orElseThrow().entries().stream().map(e -> e.gemeinde().name()).toList());
        assertEquals(List.of("B", "F", "K", "O"), List.copyOf(z.get().byLetter().keySet()));
        assertEquals(List.of("Fuldatal", "Kassel"), z.get().byPostcode().get("34127").stream()
                .map(e -> e.gemeinde().name()).toList());
        assertEquals("/jobcenter/landkreis-kassel/", z.get().byPostcode().get("34233").get(0).jobcenter().pfad());
    }

    @Test
    void aGemeindeWithoutJobcenterIsReportedWithFileAndLine(@TempDir Path root) throws Exception {
        String csv = CSV + "06999001,Nirgendwo,06999,Nirgends,12345\n";
        String yaml = YAML + """
                  - id: waldeck-frankenberg
                    ags: "06635"
                    gebiet: Landkreis Waldeck-Frankenberg
                    art: Landkreis
                    name: Jobcenter Waldeck-Frankenberg
                """;
        assertEquals(List.of(
                "data/gemeinden.csv, Zeile 6: Für die Gemeinde Nirgendwo (Kreis 06999) gibt es in data/jobcenter.yaml "
                        + "kein Jobcenter. Prüfen Sie den Kreisschlüssel oder ergänzen Sie das Jobcenter mit ags: \"06999\"."),
                problems(root, csv, yaml));
    }

    @Test
    void malformedRowsAreReportedEachOnItsLine(@TempDir Path root) throws Exception {
        String csv = """
                ags,name,kreis_ags,kreis_name,plz
                06611000,Kassel,06611,Kassel,34117
                6611000,Kassel,06611,Kassel,34117
                06633009,Fuldatal,06634,Kassel,34127
                06611000,Kassel doppelt,06611,Kassel,34117
                06633010,,06633,Kassel,3412
                06633011,Ohne PLZ,06633,Kassel,
                06633012,Zu kurz,06633
                """;
        List<String> messages = problems(root, csv, YAML.substring(0, YAML.indexOf("  - id: hochtaunuskreis")));
        assertEquals(List.of(
                "data/gemeinden.csv, Zeile 3: Der Gemeindeschlüssel \u201E6611000\u201C ist kein hessischer AGS. Er hat acht "
                        + "Ziffern und beginnt mit 06, zum Beispiel 06534014.",
                "data/gemeinden.csv, Zeile 4: Der Kreisschlüssel \u201E06634\u201C passt nicht zum Gemeindeschlüssel "
                        + "06633009. Er besteht aus dessen ersten fünf Ziffern: 06633.",
                "data/gemeinden.csv, Zeile 5: Der Gemeindeschlüssel 06611000 steht schon in Zeile 2. Jede Gemeinde darf "
                        + "nur einmal vorkommen.",
                "data/gemeinden.csv, Zeile 6: Der Name der Gemeinde fehlt. Tragen Sie den amtlichen Namen ein.",
                "data/gemeinden.csv, Zeile 6: \u201E3412\u201C ist keine Postleitzahl. Eine Postleitzahl hat fünf Ziffern; "
                        + "mehrere werden durch Leerzeichen getrennt.",
                "data/gemeinden.csv, Zeile 7: Die Gemeinde Ohne PLZ hat keine Postleitzahl. Tragen Sie ihre Postleitzahlen "
                        + "durch Leerzeichen getrennt ein, zum Beispiel: 35037 35039.",
                "data/gemeinden.csv, Zeile 8: Die Zeile hat 3 statt 5 Spalten. Schreiben Sie: ags,name,kreis_ags,"
                        + "kreis_name,plz (Namen mit Komma in Anführungszeichen)."),
                messages);
    }

    @Test
    void wrongHeaderAndMissingJobcenterFactsAreReported(@TempDir Path root) throws Exception {
        String yaml = YAML.replace("    art: kreisfreie Stadt\n", "");
        assertEquals(java.util.Set.of(
                "data/gemeinden.csv, Zeile 1: Die Kopfzeile lautet \u201Eags,name,kreis,plz\u201C. Erwartet wird genau: "
                        + "ags,name,kreis_ags,kreis_name,plz.",
                "data/jobcenter.yaml, Zeile 2: Dem Jobcenter fehlt eine der Angaben id, ags, gebiet oder art. Der "
                        + "Jobcenter-Finder braucht alle vier."),
                java.util.Set.copyOf(problems(root, "ags,name,kreis,plz\n06611000,Kassel,06611,34117\n", yaml)));
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path root) throws Exception {
        write(root, JobCentre.FILE, YAML);
        List<Problem> out = new ArrayList<>();
        ResponsibilityReader.check(root, out);
        assertEquals(List.of("data/gemeinden.csv: Die Datei fehlt. Sie enthält die Gemeinden Hessens mit Kreis und "
                + "Postleitzahlen für den Jobcenter-Finder."), out.stream().map(Problem::format).toList());
    }

    @Test
    void theBakeSeesAnEditedFileAndRefusesBrokenData(@TempDir Path root) throws Exception {
        write(root, GemeindenCsv.FILE, CSV);
        write(root, JobCentre.FILE, YAML);
        Path data = root.resolve("data");
        assertEquals(4, ResponsibilityReader.fromDataFolder(data).entries().size());
        write(root, GemeindenCsv.FILE, CSV + "06611001,Neu,06611,Kassel,34117\n");
        assertEquals(5, ResponsibilityReader.fromDataFolder(data).entries().size());
        write(root, GemeindenCsv.FILE, CSV + "06999001,Nirgendwo,06999,Nirgends,12345\n");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ResponsibilityReader.fromDataFolder(data));
        assertTrue(e.getMessage().contains("data/gemeinden.csv, Zeile 6: Für die Gemeinde Nirgendwo"), e.getMessage());
    }
}
