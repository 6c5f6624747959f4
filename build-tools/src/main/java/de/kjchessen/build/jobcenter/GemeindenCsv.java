package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads data/gemeinden.csv (columns ags, name, kreis_ags, kreis_name, plz; UTF-8) and reports every
 * malformed row in the editors' message format. A row with a problem is left out of the result.
 */
public final class GemeindenCsv {

    public static final String FILE = "data/gemeinden.csv";
    static final List<String> HEADER = List.of("ags", "name", "kreis_ags", "kreis_name", "plz");
    private static final Pattern AGS = Pattern.compile("06\\d{6}");
    private static final Pattern PLZ = Pattern.compile("\\d{5}");

    private GemeindenCsv() {
    }

    /**
     * The file as the bake reads it. The validator has reported its problems already (and stopped the build);
     * should one remain, reading fails with the first message instead of leaving a Gemeinde out.
     */
    public static List<Gemeinde> read(Path csv) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Gemeinde> gemeinden = read(FILE, Files.readString(csv, StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
            throw new IOException(problems.get(0).format());
        }
        return gemeinden;
    }

    public static List<Gemeinde> read(String file, String text, List<Problem> out) {
        List<Gemeinde> gemeinden = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                out.add(Problem.error(file, 1, "Die Kopfzeile lautet \u201E" + String.join(",", parser.getHeaderNames())
                        + "\u201C. Erwartet wird genau: " + String.join(",", HEADER) + "."));
                return List.of();
            }
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord row : parser) {
                int line = (int) row.getRecordNumber() + 1;
                row(file, row, line, seen, out).ifPresent(gemeinden::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            out.add(Problem.error(file, 0, "Die Datei ist keine gültige CSV-Datei (" + e.getMessage() + "). "
                    + "Jede Zeile braucht fünf durch Kommas getrennte Spalten; Namen mit Komma stehen in Anführungszeichen."));
        }
        return gemeinden;
    }

    private static java.util.Optional<Gemeinde> row(String file, CSVRecord row, int line, Map<String, Integer> seen,
                                                    List<Problem> out) {
        if (row.size() != HEADER.size()) {
            out.add(Problem.error(file, line, "Die Zeile hat " + row.size() + " statt " + HEADER.size() + " Spalten. "
                    + "Schreiben Sie: ags,name,kreis_ags,kreis_name,plz (Namen mit Komma in Anführungszeichen)."));
            return java.util.Optional.empty();
        }
        int before = out.size();
        String ags = row.get("ags");
        String name = row.get("name");
        String kreisAgs = row.get("kreis_ags");
        if (!AGS.matcher(ags).matches()) {
            out.add(Problem.error(file, line, "Der Gemeindeschlüssel \u201E" + ags + "\u201C ist kein hessischer AGS. "
                    + "Er hat acht Ziffern und beginnt mit 06, zum Beispiel 06534014."));
        } else if (!ags.startsWith(kreisAgs) || kreisAgs.length() != 5) {
            out.add(Problem.error(file, line, "Der Kreisschlüssel \u201E" + kreisAgs + "\u201C passt nicht zum "
                    + "Gemeindeschlüssel " + ags + ". Er besteht aus dessen ersten fünf Ziffern: " + ags.substring(0, 5) + "."));
        } else if (seen.containsKey(ags)) {
            out.add(Problem.error(file, line, "Der Gemeindeschlüssel " + ags + " steht schon in Zeile " + seen.get(ags)
                    + ". Jede Gemeinde darf nur einmal vorkommen."));
        }
        if (name.isBlank()) {
            out.add(Problem.error(file, line, "Der Name der Gemeinde fehlt. Tragen Sie den amtlichen Namen ein."));
        }
        List<String> plz = Arrays.stream(row.get("plz").split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (plz.isEmpty()) {
            out.add(Problem.error(file, line, "Die Gemeinde " + name + " hat keine Postleitzahl. Tragen Sie ihre "
                    + "Postleitzahlen durch Leerzeichen getrennt ein, zum Beispiel: 35037 35039."));
        }
        for (String p : plz) {
            if (!PLZ.matcher(p).matches()) {
                out.add(Problem.error(file, line, "\u201E" + p + "\u201C ist keine Postleitzahl. Eine Postleitzahl hat "
                        + "fünf Ziffern; mehrere werden durch Leerzeichen getrennt."));
            }
        }
        seen.putIfAbsent(ags, line);
        if (out.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Gemeinde(ags, name, kreisAgs, plz, line));
    }
}
