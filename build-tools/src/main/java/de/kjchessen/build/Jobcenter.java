package de.kjchessen.build;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of data/jobcenter.yaml, already validated by the schema. A null value means "nicht bestätigt";
 * {@code hinweise} holds the caveat per field that the page shows next to the value.
 */
public record Jobcenter(String id, String ags, String gebiet, String art, String regierungsbezirk, String traegerform,
                        String name, Integer seit, String sitz, String website, String email, String telefon,
                        Map<String, String> hinweise, List<Quelle> quellen) {

    public static final String KOMMUNAL = "kommunal";
    public static final String GEMEINSAME_EINRICHTUNG = "gemeinsame Einrichtung";
    public static final String KREISFREIE_STADT = "kreisfreie Stadt";
    public static final String LANDKREIS = "Landkreis";

    public record Quelle(String titel, String url) {
    }

    public boolean kommunal() {
        return KOMMUNAL.equals(traegerform);
    }

    /** Name if confirmed, otherwise a label built from the area that does not pretend to be a name. */
    public String anzeigename() {
        return name != null ? name : "Jobcenter: " + gebiet;
    }

    public String pfad() {
        return "/jobcenter/" + id + "/";
    }

    /** Reads data/jobcenter.yaml (the validator has checked it before the bake). */
    public static List<Jobcenter> read(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).load(r);
        }
        List<Jobcenter> out = new ArrayList<>();
        for (Object o : (List<?>) root.get("jobcenter")) {
            Map<?, ?> m = (Map<?, ?>) o;
            List<Quelle> quellen = new ArrayList<>();
            for (Object q : (List<?>) m.get("quellen")) {
                Map<?, ?> qm = (Map<?, ?>) q;
                quellen.add(new Quelle(str(qm.get("titel")), str(qm.get("url"))));
            }
            Map<String, String> hinweise = new LinkedHashMap<>();
            if (m.get("hinweise") instanceof Map<?, ?> h) {
                h.forEach((k, v) -> hinweise.put(str(k), str(v)));
            }
            out.add(new Jobcenter(str(m.get("id")), str(m.get("ags")), str(m.get("gebiet")), str(m.get("art")),
                    str(m.get("regierungsbezirk")), str(m.get("traegerform")), str(m.get("name")),
                    m.get("seit") instanceof Number n ? n.intValue() : null, str(m.get("sitz")), str(m.get("website")),
                    str(m.get("email")), str(m.get("telefon")), hinweise, quellen));
        }
        return out;
    }

    /** The top-level "stand" of the data file: the day the entries were last checked against their sources. */
    public static java.time.LocalDate stand(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).load(r);
        }
        Object stand = root.get("stand");
        if (stand instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return java.time.LocalDate.parse(String.valueOf(stand));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The entry as a Freemarker-friendly map (FreeMarker 2.3.31 cannot read record components as properties). */
    public Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("ags", ags);
        m.put("gebiet", gebiet);
        m.put("art", art);
        m.put("regierungsbezirk", regierungsbezirk);
        m.put("traegerform", traegerform);
        m.put("kommunal", kommunal());
        m.put("name", name);
        m.put("anzeigename", anzeigename());
        m.put("seit", seit);
        m.put("sitz", sitz);
        m.put("website", website);
        m.put("email", email);
        m.put("telefon", telefon);
        m.put("hinweise", hinweise);
        m.put("pfad", pfad());
        List<Map<String, String>> q = new ArrayList<>();
        quellen.forEach(x -> q.add(Map.of("titel", x.titel(), "url", x.url())));
        m.put("quellen", q);
        return m;
    }
}
