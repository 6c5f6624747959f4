package de.kjchessen.build.data;

import de.kjchessen.build.Problem;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.jobcenter.GemeindenCsv;
import de.kjchessen.build.jobcenter.KreisGeometry;
import de.kjchessen.build.validate.ValidateSite;
import de.kjchessen.build.validate.ValidateSiteTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule of data/schemas/jobcenter.schema.json and of JobcenterDataChecker, each proven with a broken copy of
 * a small, valid data file: the editor gets one German message with file, line, field and fix. The real schema,
 * Kreis geometry and Gemeinden of the project are used, so these tests break if the rules change.
 */
public class DataSchemaValidatorTest {

    static final Path PROJECT = TestProject.ROOT;

    /** Two valid entries (a gemeinsame Einrichtung and a kommunales Jobcenter). */
    static final String VALID = """
            # yaml-language-server: $schema=schemas/jobcenter.schema.json
            stand: 2026-11-25
            jobcenter:
              - id: darmstadt
                ags: "06411"
                gebiet: Darmstadt
                art: kreisfreie Stadt
                regierungsbezirk: Darmstadt
                traegerform: gemeinsame Einrichtung
                name: Jobcenter Darmstadt
                seit: null
                sitz: Darmstadt
                kontakt:
                  stand: 2026-11-30
                  website:
                    wert: https://www.jobcenter-darmstadt.de/
                    quelle: "Quelle zur Website"
                    quelle_url: https://www.example.org/darmstadt-website
                    datum: 2022-03
                    staerke: mittel
                quellen:
                  - titel: "Quelle zu Darmstadt"
                    url: https://www.example.org/darmstadt
              - id: wiesbaden
                ags: "06414"
                gebiet: Wiesbaden
                art: kreisfreie Stadt
                regierungsbezirk: Darmstadt
                traegerform: kommunal
                name: Kommunales Jobcenter Wiesbaden
                seit: 2005
                sitz: null
                kontakt:
                  stand: 2026-11-30
                hinweise:
                  sitz: "Die heutige Anschrift ist nicht bestätigt."
                quellen:
                  - titel: "Quelle zu Wiesbaden"
                    url: https://www.example.org/wiesbaden
            """;

    /** Validates {@code yaml} as data/jobcenter.yaml of a project that has the real schema, map and Gemeinden. */
    static List<String> messages(Path root, String yaml) throws Exception {
        for (String rel : List.of("data/schemas/jobcenter.schema.json", KreisGeometry.FILE, GemeindenCsv.FILE)) {
            Path target = root.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(PROJECT.resolve(rel), target);
        }
        Files.writeString(root.resolve("data/site.yaml"), ValidateSiteTest.GOOD_SITE, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("data/jobcenter.yaml"), yaml, StandardCharsets.UTF_8);
        return ValidateSite.validate(root).problems().stream().map(Problem::format).toList();
    }

    /** 1-based line of the first line of VALID-derived text containing {@code fragment}, from {@code from}. */
    static int line(String text, String fragment, int from) {
        String[] lines = text.split("\n", -1);
        for (int i = from - 1; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("nicht in der Fixture: " + fragment);
    }

    static String second(String yaml, String from, String to) {
        int at = yaml.indexOf("- id: wiesbaden");
        return yaml.substring(0, at) + yaml.substring(at).replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
    }

    static final String F = "data/jobcenter.yaml, Zeile ";

    @Test
    void validFixtureAndTheRealDataPass(@TempDir Path root) throws Exception {
        assertEquals(List.of(), messages(root, VALID));
        assertEquals(List.of(), ValidateSite.validate(PROJECT).problems().stream()
                .filter(p -> p.file().startsWith("data/") && !p.file().equals("data/site.yaml")).map(Problem::format).toList());
    }

    @Test
    void enumValueWithTypoNamesAllowedValuesAndSuggestion(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "traegerform: kommunal", "traegerform: komunal");
        assertEquals(List.of(F + line(yaml, "komunal", 1) + ": Feld \"traegerform\" hat den Wert \"komunal\". "
                + "Meinten Sie \u201Ekommunal\u201C? Erlaubt sind: \"kommunal\", \"gemeinsame Einrichtung\"."),
                messages(root, yaml));
    }

    @Test
    void unknownKeyGetsMeintenSie(@TempDir Path root) throws Exception {
        String yaml = VALID.replace("    sitz: Darmstadt\n", "    sitz: Darmstadt\n    kontakte: null\n");
        List<String> m = messages(root, yaml);
        assertEquals(1, m.size(), m.toString());
        assertEquals(F + line(yaml, "kontakte:", 1) + ": Das Feld \"kontakte\" ist unbekannt. Meinten Sie \u201Ekontakt\u201C?",
                m.get(0).substring(0, m.get(0).indexOf(" Erlaubt sind:")));
        assertEquals(true, m.get(0).contains("Erlaubt sind: \"id\", \"ags\", \"gebiet\""), m.get(0));
    }

    @Test
    void missingRequiredFieldNamesFieldAndHowToMarkItUnconfirmed(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "    sitz: null\n", "");
        assertEquals(List.of(F + line(yaml, "- id: wiesbaden", 1) + ": Das Pflichtfeld \"sitz\" fehlt (Eintrag ab Zeile "
                + line(yaml, "- id: wiesbaden", 1) + "). Ergänzen Sie die Zeile \"sitz: …\"; ist der Wert nicht bestätigt, "
                + "schreiben Sie \"sitz: null\". Ort, an dem das Jobcenter seinen Sitz hat; null, wenn er nicht bestätigt ist."),
                messages(root, yaml));
    }

    @Test
    void unquotedAgsIsANumberAndTheFixIsQuotes(@TempDir Path root) throws Exception {
        String yaml = VALID.replace("ags: \"06411\"", "ags: 06411");
        List<String> m = messages(root, yaml);
        assertEquals(List.of(F + line(yaml, "ags: 06411", 1) + ": Feld \"ags\" hat den Wert \"06411\" (eine Zahl); "
                + "erwartet wird ein Text. Setzen Sie den Wert in Anführungszeichen: ags: \"06411\". Der Kreisschlüssel "
                + "hat fünf Ziffern, beginnt in Hessen mit 06 und steht in Anführungszeichen, z. B. ags: \"06411\"."), m);
    }

    @Test
    void agsPatternOutsideHessen(@TempDir Path root) throws Exception {
        String yaml = VALID.replace("ags: \"06411\"", "ags: \"6411\"");
        assertEquals(List.of(F + line(yaml, "ags: \"6411\"", 1) + ": Feld \"ags\" hat den Wert \"6411\" in falscher "
                + "Schreibweise. Der Kreisschlüssel hat fünf Ziffern, beginnt in Hessen mit 06 und steht in "
                + "Anführungszeichen, z. B. ags: \"06411\"."), messages(root, yaml));
    }

    @Test
    void seitOnlyForKommunaleJobcenter(@TempDir Path root) throws Exception {
        String yaml = VALID.replace("    seit: null\n", "    seit: 2011\n");
        assertEquals(List.of(F + line(yaml, "seit: 2011", 1) + ": Feld \"seit\" muss hier leer bleiben (null), es steht "
                + "aber \"2011\" darin. Eine gemeinsame Einrichtung hat kein Jahr der kommunalen Trägerschaft: "
                + "schreiben Sie seit: null."), messages(root, yaml));
    }

    @Test
    void seitIsAYear(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "seit: 2005", "seit: 1999");
        assertEquals(List.of(F + line(yaml, "seit: 1999", 1) + ": Feld \"seit\" hat den Wert 1999; erlaubt ist mindestens "
                + "2005. Das Jahr (vierstellig, ohne Anführungszeichen), seit dem der Kreis oder die Stadt das Jobcenter "
                + "allein trägt, z. B. seit: 2005; null, wenn es nicht bestätigt ist."), messages(root, yaml));
    }

    @Test
    void hinweiseOnlyForKnownFields(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "  sitz: \"Die heutige", "  standort: \"Die heutige");
        List<String> m = messages(root, yaml);
        assertEquals(1, m.size(), m.toString());
        assertEquals(true, m.get(0).startsWith(F + line(yaml, "standort:", 1) + ": Das Feld \"standort\" ist hier unbekannt."),
                m.get(0));
        assertEquals(true, m.get(0).contains("Erlaubt sind: \"traegerform\", \"name\", \"seit\", \"sitz\""), m.get(0));
    }

    @Test
    void everyEntryNeedsASource(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "    quellen:\n      - titel: \"Quelle zu Wiesbaden\"\n"
                + "        url: https://www.example.org/wiesbaden\n", "    quellen: []\n");
        assertEquals(List.of(F + line(yaml, "quellen: []", 1) + ": Die Liste \"quellen\" braucht mindestens 1 "
                + "Eintrag/Einträge. Ergänzen Sie sie. Mindestens eine Quelle, je mit titel (eigener kurzer Text) und url."),
                messages(root, yaml));
    }

    @Test
    void standIsADate(@TempDir Path root) throws Exception {
        String yaml = VALID.replace("stand: 2026-11-25", "stand: 25.11.2026");
        assertEquals(List.of(F + "2: Feld \"stand\" hat den Wert \"25.11.2026\"; das ist keine gültige Datumsangabe "
                + "(JJJJ-MM-TT). Das Datum, an dem die Einträge zuletzt mit ihren Quellen abgeglichen wurden, in der Form "
                + "JJJJ-MM-TT, z. B. stand: 2026-11-25."), messages(root, yaml));
    }

    @Test
    void idsAndAgsAreUnique(@TempDir Path root) throws Exception {
        String yaml = second(second(VALID, "ags: \"06414\"", "ags: \"06411\""), "id: wiesbaden", "id: darmstadt");
        int first = line(yaml, "- id: darmstadt", 1);
        int secondId = line(yaml, "- id: darmstadt", first + 1);
        assertEquals(List.of(
                F + secondId + ": Feld \"id\" hat den Wert \"darmstadt\", den schon der Eintrag in Zeile " + first
                        + " hat. Jede id ist die Adresse einer Seite und darf nur einmal vorkommen. Wählen Sie eine andere id.",
                F + (secondId + 1) + ": Feld \"ags\" hat den Wert \"06411\", den schon der Eintrag in Zeile " + (first + 1)
                        + " hat. Für jeden Kreis und jede kreisfreie Stadt gibt es genau ein Jobcenter. Prüfen Sie den "
                        + "Kreisschlüssel."), messages(root, yaml));
    }

    @Test
    void agsMustBeOnTheMapWithTheSameKindOfArea(@TempDir Path root) throws Exception {
        String yaml = second(VALID, "ags: \"06414\"", "ags: \"06499\"");
        long areas = KreisGeometry.read(PROJECT.resolve(KreisGeometry.FILE)).values().stream().filter(k -> !k.gemeinde()).count();
        assertEquals(List.of(F + line(yaml, "06499", 1) + ": Feld \"ags\" hat den Wert \"06499\", diesen Kreisschlüssel "
                + "gibt es in der Karte (" + KreisGeometry.FILE + ") nicht. Meinten Sie \u201E06439\u201C? Gültig sind "
                + "die Schlüssel der " + areas + " Gebiete der Karte mit fünf Ziffern, z. B. \"06411\" für Darmstadt."),
                messages(root, yaml));

        String landkreis = second(VALID, "ags: \"06414\"", "ags: \"06434\"");
        assertEquals(List.of(F + line(landkreis, "art: kreisfreie Stadt", line(landkreis, "- id: wiesbaden", 1))
                + ": Feld \"art\" hat den Wert \"kreisfreie Stadt\", aber der Kreisschlüssel \"06434\" gehört laut Karte zu "
                + "Hochtaunuskreis (Landkreis). Schreiben Sie art: Landkreis oder prüfen Sie den Kreisschlüssel."),
                messages(root.resolve("zwei"), landkreis));
    }
}
