package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Suggest;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.data.YamlFile;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What data/jobcenter.yaml must satisfy beyond its schema, across entries and files: ids and Kreisschlüssel are
 * unique, and every Kreisschlüssel joins the map (data/geo/hessen-jobcenter-gebiete-2026.geojson, with the same kind of area)
 * and the Gemeinden (data/gemeinden.csv).
 */
public final class JobcenterDataChecker {

    public static final String FILE = JobCentre.FILE;

    private JobcenterDataChecker() {
    }

    public static void check(Path root, YamlFile yaml, List<Problem> out) throws IOException {
        // The joins are checked against the files that exist; without the map the bake fails with its own message.
        Map<String, KreisGeometry.Kreis> kreise = Files.isRegularFile(root.resolve(KreisGeometry.FILE))
                ? KreisGeometry.read(root.resolve(KreisGeometry.FILE)) : Map.of();
        Set<String> gemeindeKreise = gemeindeKreise(root.resolve(GemeindenCsv.FILE));
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> agsLines = new HashMap<>();
        List<Node> entries = YamlFile.items(YamlFile.get(yaml.root(), "jobcenter").orElse(null));
        for (Node entry : entries) {
            unique(entry, "id", ids, "Jede id ist die Adresse einer Seite und darf nur einmal vorkommen. "
                    + "Wählen Sie eine andere id.", out);
            unique(entry, "ags", agsLines, "Für jeden Kreis und jede kreisfreie Stadt gibt es genau ein Jobcenter. "
                    + "Prüfen Sie den Kreisschlüssel.", out);
            Node agsNode = YamlFile.get(entry, "ags").orElse(null);
            String ags = agsNode == null ? null : YamlFile.text(agsNode);
            if (ags == null || !ags.matches("06[0-9]{3}([0-9]{3})?")) {
                continue; // the schema reports a missing or malformed ags
            }
            if (ags.length() == 8) {
                // A kreisfreie Stadt whose Kreisschlüssel is not confirmed yet: its key is its Gemeindeschlüssel,
                // and the Jobcenter must list that Gemeinde under zustaendig_fuer.
                boolean listed = YamlFile.items(YamlFile.get(entry, "zustaendig_fuer").orElse(null)).stream()
                        .anyMatch(a -> ags.equals(YamlFile.get(a, "gemeinde").map(YamlFile::text).orElse(null)));
                if (!listed) {
                    out.add(Problem.error(FILE, YamlFile.line(agsNode), "Feld \"ags\" hat den Gemeindeschlüssel \"" + ags
                            + "\". Das geht nur, wenn dieses Jobcenter die Gemeinde unter zustaendig_fuer nennt. Ergänzen Sie "
                            + "zustaendig_fuer mit gemeinde: \"" + ags + "\" und ab: (erster Tag der Zuständigkeit) oder "
                            + "schreiben Sie den Kreisschlüssel (5 Ziffern)."));
                }
                continue;
            }
            if (kreise.isEmpty()) {
                continue;
            }
            KreisGeometry.Kreis kreis = kreise.get(ags);
            if (kreis == null) {
                out.add(Problem.error(FILE, YamlFile.line(agsNode), "Feld \"ags\" hat den Wert \"" + ags
                        + "\", diesen Kreisschlüssel gibt es in der Karte (" + KreisGeometry.FILE + ") nicht."
                        + Suggest.hint(ags, new TreeSet<>(kreise.keySet())) + " Gültig sind die Schlüssel der "
                        + kreise.values().stream().filter(k -> !k.gemeinde()).count()
                        + " Gebiete der Karte mit fünf Ziffern, z. B. \"06411\" für Darmstadt."));
                continue;
            }
            String art = YamlFile.get(entry, "art").map(YamlFile::text).orElse(null);
            String expected = kreis.kreisfrei() ? "kreisfreie Stadt" : "Landkreis";
            if (art != null && (art.equals("kreisfreie Stadt") || art.equals("Landkreis")) && !art.equals(expected)) {
                int line = YamlFile.get(entry, "art").map(YamlFile::line).orElse(YamlFile.line(entry));
                out.add(Problem.error(FILE, line, "Feld \"art\" hat den Wert \"" + art + "\", aber der Kreisschlüssel \""
                        + ags + "\" gehört laut Karte zu " + kreis.name() + " (" + kreis.bez() + "). Schreiben Sie art: "
                        + expected + " oder prüfen Sie den Kreisschlüssel."));
            }
            if (Files.isRegularFile(root.resolve(GemeindenCsv.FILE)) && !gemeindeKreise.contains(ags)) {
                out.add(Problem.error(FILE, YamlFile.line(agsNode), "Zum Kreisschlüssel \"" + ags + "\" gibt es in "
                        + GemeindenCsv.FILE + " keine Gemeinde. Prüfen Sie den Schlüssel oder stellen Sie die Gemeindeliste "
                        + "wieder her."));
            }
        }
    }

    private static void unique(Node entry, String key, Map<String, Integer> seen, String fix, List<Problem> out) {
        YamlFile.get(entry, key).ifPresent(node -> {
            String value = YamlFile.text(node);
            if (value == null) {
                return;
            }
            Integer first = seen.putIfAbsent(value, YamlFile.line(node));
            if (first != null) {
                out.add(Problem.error(FILE, YamlFile.line(node), "Feld \"" + key + "\" hat den Wert \"" + value
                        + "\", den schon der Eintrag in Zeile " + first + " hat. " + fix));
            }
        });
    }

    /**
     * Kreisschlüssel that have at least one Gemeinde (column kreis_ags). Rows with a mistake are left out here:
     * the validator reports them once, with the Jobcenter-Finder's check of the same file (ResponsibilityReader).
     */
    static Set<String> gemeindeKreise(Path csv) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        List<Problem> reportedByFinderDaten = new ArrayList<>();
        for (Gemeinde g : GemeindenCsv.read(GemeindenCsv.FILE, Files.readString(csv, StandardCharsets.UTF_8),
                reportedByFinderDaten)) {
            out.add(g.kreisAgs());
        }
        return out;
    }
}
