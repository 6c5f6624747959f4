package de.kjchessen.site.finder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The project's data as the finder tests read it, independently of build-tools: data/gemeinden.csv split by
 * hand, and the Jobcenter ids fixed by Kreis AGS (the URLs /jobcenter/&lt;id&gt;/ must never change).
 */
final class FinderData {

    static final Path PROJECT = Path.of(System.getProperty("project.dir", "."));

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

    record Row(String ags, String name, String kreisAgs, List<String> plz) {
        String jobcenterUrl() {
            return "/jobcenter/" + JOBCENTER_ID.get(kreisAgs) + "/";
        }
    }

    private FinderData() {
    }

    /** The rows of data/gemeinden.csv (no field of it contains a comma or a quote). */
    static List<Row> gemeinden() {
        try {
            List<String> lines = Files.readAllLines(PROJECT.resolve("data/gemeinden.csv"), StandardCharsets.UTF_8);
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(f -> new Row(f[0], f[1], f[2], List.of(f[4].trim().split("\\s+")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
