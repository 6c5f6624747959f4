package de.kjchessen.site.finder;

import de.kjchessen.site.support.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The project's data as the finder tests read it, independently of build-tools: data/gemeinden.csv split by
 * hand, and the Jobcenter ids fixed by Kreis AGS (the URLs /jobcenter/&lt;id&gt;/ must never change).
 */
final class FinderData {


    /** Kreis AGS → Jobcenter id, as agreed for the URLs. */
    static final Map<String, String> JOBCENTER_ID = Map.ofEntries(
            Map.entry("06411", "darmstadt"), Map.entry("06412", "frankfurt-am-main"),
            Map.entry("06413", "offenbach-am-main"), Map.entry("06414", "wiesbaden"),
            Map.entry("06431", "kreis-bergstrasse"), Map.entry("06432", "darmstadt-dieburg"),
            Map.entry("06433", "gross-gerau"), Map.entry("06434", "hochtaunuskreis"),
            Map.entry("06435", "main-kinzig-kreis"), Map.entry("06436", "main-taunus-kreis"),
            Map.entry("06437", "odenwaldkreis"), Map.entry("06438", "kreis-offenbach"),
            Map.entry("06439", "rheingau-taunus-kreis"), Map.entry("06440", "wetteraukreis"),
            Map.entry("06531", "landkreis-giessen"), Map.entry("06532", "lahn-dill-kreis"),
            Map.entry("06533", "limburg-weilburg"), Map.entry("06534", "marburg-biedenkopf"),
            Map.entry("06535", "vogelsbergkreis"), Map.entry("06611", "stadt-kassel"),
            Map.entry("06631", "landkreis-fulda"), Map.entry("06632", "hersfeld-rotenburg"),
            Map.entry("06633", "landkreis-kassel"), Map.entry("06634", "schwalm-eder-kreis"),
            Map.entry("06635", "waldeck-frankenberg"), Map.entry("06636", "werra-meissner-kreis"));

    /** A Gemeinde served by another Jobcenter than its Kreis's from day {@code ab} (zustaendig_fuer in data/jobcenter.yaml). */
    record Ausnahme(String jobcenterId, java.time.LocalDate ab) {
    }

    /** Gemeinde AGS → its exception, read from data/jobcenter.yaml with a plain YAML parser. */
    static final Map<String, Ausnahme> AUSNAHMEN = ausnahmen();

    /** The day the site was built for (Europe/Berlin, or the day of -Dkjc.build.time as in the build). */
    static java.time.LocalDate today() {
        String fixed = System.getProperty("kjc.build.time");
        return fixed == null || fixed.isBlank() ? java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                : java.time.LocalDate.parse(fixed.strip().substring(0, 10));
    }

    record Row(String ags, String name, String kreisAgs, List<String> plz) {
        String jobcenterUrl() {
            Ausnahme a = AUSNAHMEN.get(ags);
            String id = a != null && !a.ab().isAfter(today()) ? a.jobcenterId() : JOBCENTER_ID.get(kreisAgs);
            return "/jobcenter/" + id + "/";
        }
    }

    /** The entries of data/jobcenter.yaml. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jobcenter() {
        try {
            Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(
                    Files.readString(Project.DIR.resolve("data/jobcenter.yaml"), StandardCharsets.UTF_8));
            return (List<Map<String, Object>>) root.get("jobcenter");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Ausnahme> ausnahmen() {
        try {
            Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(
                    Files.readString(Project.DIR.resolve("data/jobcenter.yaml"), StandardCharsets.UTF_8));
            Map<String, Ausnahme> out = new java.util.HashMap<>();
            for (Map<String, Object> j : (List<Map<String, Object>>) root.get("jobcenter")) {
                for (Map<String, Object> a : (List<Map<String, Object>>) j.getOrDefault("zustaendig_fuer", List.of())) {
                    Object ab = a.get("ab");
                    java.time.LocalDate day = ab instanceof java.util.Date d
                            ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : java.time.LocalDate.parse(ab.toString());
                    out.put(a.get("gemeinde").toString(), new Ausnahme(j.get("id").toString(), day));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FinderData() {
    }

    /** The rows of data/gemeinden.csv (no field of it contains a comma or a quote). */
    static List<Row> gemeinden() {
        try {
            List<String> lines = Files.readAllLines(Project.DIR.resolve("data/gemeinden.csv"), StandardCharsets.UTF_8);
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(f -> new Row(f[0], f[1], f[2], List.of(f[4].trim().split("\\s+")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
