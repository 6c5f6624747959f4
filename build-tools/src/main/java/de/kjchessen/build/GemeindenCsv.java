package de.kjchessen.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * data/gemeinden.csv (header ags,name,kreis_ags,kreis_name,plz). The file has no quoted fields and no commas
 * inside values (checked here), so a split is enough and no CSV library is needed.
 */
public final class GemeindenCsv {

    public static final String HEADER = "ags,name,kreis_ags,kreis_name,plz";

    public record Gemeinde(String ags, String name, String kreisAgs, String kreisName, List<String> plz) {
    }

    private GemeindenCsv() {
    }

    public static List<Gemeinde> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IOException(csv + ": erste Zeile muss \"" + HEADER + "\" sein");
        }
        List<Gemeinde> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5 || line.contains("\"")) {
                throw new IOException(csv + ", Zeile " + (i + 1) + ": erwartet 5 Spalten ohne Anführungszeichen");
            }
            out.add(new Gemeinde(f[0], f[1], f[2], f[3], f[4].isBlank() ? List.of() : List.of(f[4].split(" "))));
        }
        return out;
    }
}
