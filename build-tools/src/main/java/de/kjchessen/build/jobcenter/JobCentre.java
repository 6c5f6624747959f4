package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import de.kjchessen.build.data.YamlFile;

import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of data/jobcenter.yaml: the one model of a Jobcenter, used by the validator, the pages, the finder,
 * the map and the downloads (read by {@link JobCentreFile}). A null value means "nicht bestätigt";
 * {@code hinweise} holds the caveat per field that the page shows next to the value. Components carry the YAML
 * keys' names. How to reach it ({@link Kontakt}) holds only values that meet the research's rule, each dated and sourced.
 *
 * @param ags       Kreisschlüssel (5 digits); a kreisfreie Stadt whose new Kreisschlüssel is unconfirmed has its
 *                  Gemeindeschlüssel (8 digits) here, so the key is changed in this one place
 * @param stand     the day this entry was last checked, if not the file's (null: the file's stand)
 * @param takeovers Gemeinden this Jobcenter serves instead of their Kreis's, each from a day (zustaendig_fuer)
 * @param line      line of the entry in the YAML file, for editor messages
 */
public record JobCentre(String id, String ags, String gebiet, String art, String regierungsbezirk, String traegerform,
                        String name, Integer seit, String sitz, Contact kontakt,
                        Map<String, String> hinweise, List<Source> quellen, LocalDate stand, List<Takeover> takeovers,
                        int line) {

    public static final String FILE = "data/jobcenter.yaml";
    public static final String KOMMUNAL = "kommunal";
    public static final String GEMEINSAME_EINRICHTUNG = "gemeinsame Einrichtung";
    public static final String KREISFREIE_STADT = "kreisfreie Stadt";
    public static final String LANDKREIS = "Landkreis";

    public record Source(String titel, String url) {
    }

    /** One Gemeinde (8-digit key) this Jobcenter is responsible for from day {@code ab} on. */
    public record Takeover(String gemeindeAgs, LocalDate ab, int line) {
    }

    /** The confirmed website (kontakt.website), or null. */
    public String website() {
        return kontakt.website() == null ? null : kontakt.website().wert();
    }

    public boolean kommunal() {
        return KOMMUNAL.equals(traegerform);
    }

    /** The one place that builds the address of a Jobcenter's page. */
    public static String path(String id) {
        return "/jobcenter/" + id + "/";
    }

    public String pfad() {
        return path(id);
    }

    /** Name if confirmed, otherwise a label built from the area that does not pretend to be a name. */
    public String displayName() {
        return name != null ? name : "Jobcenter: " + gebiet;
    }

    /** The area as the finder writes it: "Kassel" is both a kreisfreie Stadt and a Landkreis, so the city says "Stadt". */
    public String areaLabel() {
        return KREISFREIE_STADT.equals(art) && gebiet != null && !gebiet.contains("Stadt") ? "Stadt " + gebiet : gebiet;
    }

    /** The name the finder shows: the confirmed name, else "Jobcenter" and the area. */
    public String finderName() {
        return name != null ? name : "Jobcenter " + areaLabel();
    }

    /**
     * Reads the entries from the parsed file. The schema check reports missing or malformed values; an entry
     * without id, ags, gebiet or art cannot be joined and is reported here and left out.
     */
    public static List<JobCentre> from(YamlFile yaml, List<Problem> out) {
        List<JobCentre> result = new ArrayList<>();
        Node list = YamlFile.get(yaml.root(), "jobcenter").orElse(null);
        if (list == null) {
            out.add(Problem.error(yaml.file(), 1, "Die Liste \u201Ejobcenter:\u201C fehlt."));
            return result;
        }
        for (Node item : YamlFile.items(list)) {
            String id = text(item, "id");
            String ags = text(item, "ags");
            String gebiet = text(item, "gebiet");
            String art = text(item, "art");
            if (id == null || ags == null || gebiet == null || art == null) {
                out.add(Problem.error(yaml.file(), YamlFile.line(item), "Dem Jobcenter fehlt eine der Angaben id, ags, "
                        + "gebiet oder art. Der Jobcenter-Finder braucht alle vier."));
                continue;
            }
            Map<String, String> hinweise = new LinkedHashMap<>();
            YamlFile.get(item, "hinweise").filter(n -> n instanceof org.yaml.snakeyaml.nodes.MappingNode)
                    .ifPresent(n -> ((org.yaml.snakeyaml.nodes.MappingNode) n).getValue().forEach(t ->
                            hinweise.put(YamlFile.text(t.getKeyNode()), YamlFile.text(t.getValueNode()))));
            List<Source> quellen = new ArrayList<>();
            for (Node q : YamlFile.items(YamlFile.get(item, "quellen").orElse(null))) {
                quellen.add(new Source(text(q, "titel"), text(q, "url")));
            }
            List<Takeover> takeovers = new ArrayList<>();
            for (Node a : YamlFile.items(YamlFile.get(item, "zustaendig_fuer").orElse(null))) {
                String gemeinde = text(a, "gemeinde");
                String ab = text(a, "ab");
                try {
                    if (gemeinde != null && ab != null) {
                        takeovers.add(new Takeover(gemeinde, LocalDate.parse(ab), YamlFile.line(a)));
                    }
                } catch (DateTimeParseException e) {
                    // reported by the schema check (format: date); the entry is left out of the join
                }
            }
            String seit = text(item, "seit");
            LocalDate stand = null;
            try {
                stand = text(item, "stand") == null ? null : LocalDate.parse(text(item, "stand"));
            } catch (DateTimeParseException e) {
                // reported by the schema check
            }
            result.add(new JobCentre(id, ags, gebiet, art, text(item, "regierungsbezirk"), text(item, "traegerform"),
                    text(item, "name"), seit != null && seit.matches("\\d{4}") ? Integer.valueOf(seit) : null,
                    text(item, "sitz"), Contact.read(YamlFile.get(item, "kontakt").orElse(null)),
                    java.util.Collections.unmodifiableMap(hinweise), List.copyOf(quellen), stand, List.copyOf(takeovers),
                    YamlFile.line(item)));
        }
        return result;
    }

    /** id → line of the entry, for links from page headers (jobcenter=) and for generated addresses. */
    public static Map<String, Integer> ids(List<JobCentre> all) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        all.forEach(j -> ids.putIfAbsent(j.id(), j.line()));
        return ids;
    }

    private static String text(Node mapping, String key) {
        return YamlFile.get(mapping, key).map(YamlFile::text).filter(s -> !s.isBlank()).orElse(null);
    }

    /** The entry as a Freemarker-friendly map (FreeMarker 2.3.31 cannot read record components as properties). */
    public Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("ags", ags);
        m.put("gebiet", gebiet);
        m.put("art", art);
        // The sentence subject and the short kind, so no template picks an article: "Die Stadt Kassel" / "Der Landkreis
        // Kassel" and "Stadt" / "Kreis".
        boolean city = KREISFREIE_STADT.equals(art);
        m.put("traeger", (city ? "Die Stadt " : "Der ") + gebiet);
        m.put("traeger_kurz", city ? "Stadt" : "Kreis");
        m.put("regierungsbezirk", regierungsbezirk);
        m.put("traegerform", traegerform);
        m.put("kommunal", kommunal());
        m.put("name", name);
        m.put("anzeigename", displayName());
        m.put("seit", seit);
        m.put("sitz", sitz);
        m.put("website", website());
        m.put("hinweise", hinweise);
        m.put("pfad", pfad());
        m.put("quellen", quellen); // records: the templates read titel and url directly
        return m;
    }
}
