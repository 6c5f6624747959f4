package de.kjchessen.build.finder;

import de.kjchessen.build.Problem;
import de.kjchessen.build.YamlFile;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads from data/jobcenter.yaml what the finder joins on and shows: id, Kreis AGS, area (gebiet, art) and the
 * name if it is confirmed. (The full validation of that file is the schema check's job; here only what the join
 * needs.)
 */
public final class JobcenterListe {

    public static final String FILE = "data/jobcenter.yaml";
    static final String LIST = "jobcenter";
    static final String ID = "id";
    static final String AGS = "ags";
    static final String NAME = "name";
    static final String GEBIET = "gebiet";
    static final String ART = "art";
    static final String KREISFREIE_STADT = "kreisfreie Stadt";
    static final String AUSNAHMEN = "zustaendig_fuer";

    private JobcenterListe() {
    }

    public static List<Jobcenter> read(YamlFile yaml, List<Problem> out) {
        Optional<Node> list = YamlFile.get(yaml.root(), LIST);
        if (list.isEmpty()) {
            out.add(Problem.error(yaml.file(), 1, "Die Liste \u201E" + LIST + ":\u201C fehlt."));
            return List.of();
        }
        List<Jobcenter> result = new ArrayList<>();
        for (Node item : YamlFile.items(list.get())) {
            int line = YamlFile.line(item);
            String id = text(item, ID);
            String ags = text(item, AGS);
            String name = text(item, NAME);
            String gebiet = text(item, GEBIET);
            String art = text(item, ART);
            if (id == null || ags == null || gebiet == null || art == null) {
                out.add(Problem.error(yaml.file(), line, "Dem Jobcenter fehlt eine der Angaben " + ID + ", " + AGS + ", "
                        + GEBIET + " oder " + ART + ". Der Jobcenter-Finder braucht alle vier."));
                continue;
            }
            // "Kassel" is both a kreisfreie Stadt and a Landkreis: the city's label says "Stadt".
            String bezeichnung = art.equals(KREISFREIE_STADT) && !gebiet.contains("Stadt") ? "Stadt " + gebiet : gebiet;
            result.add(new Jobcenter(id, ags, name == null ? "Jobcenter " + bezeichnung : name, bezeichnung, line,
                    ausnahmen(yaml, item, out)));
        }
        return result;
    }

    /** zustaendig_fuer: the schema checks the form and reports a malformed date. */
    private static List<Jobcenter.Ausnahme> ausnahmen(YamlFile yaml, Node item, List<Problem> out) {
        List<Jobcenter.Ausnahme> result = new ArrayList<>();
        for (Node a : YamlFile.items(YamlFile.get(item, AUSNAHMEN).orElse(null))) {
            String gemeinde = text(a, "gemeinde");
            String ab = text(a, "ab");
            try {
                if (gemeinde != null && ab != null) {
                    result.add(new Jobcenter.Ausnahme(gemeinde, LocalDate.parse(ab), YamlFile.line(a)));
                }
            } catch (DateTimeParseException e) {
                // reported by the schema check (format: date); the entry is left out of the join
            }
        }
        return List.copyOf(result);
    }

    private static String text(Node mapping, String key) {
        return YamlFile.get(mapping, key).map(YamlFile::text).filter(s -> !s.isBlank()).orElse(null);
    }
}
