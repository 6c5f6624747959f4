package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Suggest;
import de.kjchessen.build.content.ContentFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts that content pages write as placeholders, e.g. "In Hessen gibt es {{anzahl.jobcenter}} Jobcenter": the
 * bake puts in the number computed from data/jobcenter.yaml and data/gemeinden.csv, so no page states a count
 * that the data no longer support. The validator reports an unknown placeholder with file and line.
 */
public final class CountPlaceholders {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*anzahl\\.([a-z_]*)\\s*}}");
    /** The names editors may use (docs/redaktion.md lists them). */
    public static final Set<String> NAMES = Set.of("jobcenter", "kommunal", "gemeinsame_einrichtungen", "landkreise",
            "kreisfreie_staedte", "gemeinden");

    private CountPlaceholders() {
    }

    /** The counts for the data folder (read through the build's one reading of each file). */
    public static Map<String, Integer> of(Path dataDir) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (JobCentreFile.exists(dataDir)) {
            HessenCounts c = HessenCounts.of(JobCentreFile.load(dataDir));
            counts.put("jobcenter", c.total());
            counts.put("kommunal", c.kommunal());
            counts.put("gemeinsame_einrichtungen", c.gemeinsameEinrichtungen());
            counts.put("landkreise", c.landkreise());
            counts.put("kreisfreie_staedte", c.kreisfreieStaedte());
        }
        if (Files.isRegularFile(dataDir.resolve("gemeinden.csv")) && JobCentreFile.exists(dataDir)) {
            counts.put("gemeinden", ResponsibilityReader.fromDataFolder(dataDir).entries().size());
        }
        return counts;
    }

    /** Replaces every placeholder in rendered HTML; one without a value stays visible (the validator reports it). */
    public static String fill(String html, Path dataDir) {
        if (!html.contains("{{")) {
            return html;
        }
        Map<String, Integer> counts = of(dataDir);
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer n = counts.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(n == null ? m.group() : n.toString()));
        }
        return m.appendTail(out).toString();
    }

    /** Reports placeholders with an unknown name in a page's Markdown body. */
    public static void check(ContentFile page, java.util.List<Problem> out) {
        if (page.header() == null || !page.isMarkdown() || !page.text().contains("{{")) {
            return; // nearly every page: no placeholder at all
        }
        String[] lines = page.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = Pattern.compile("\\{\\{([^}]*)}}").matcher(lines[i]);
            while (m.find()) {
                Matcher known = PLACEHOLDER.matcher(m.group());
                if (!known.matches() || !NAMES.contains(known.group(1))) {
                    out.add(Problem.error(page.file(), page.header().bodyStartLine() + i, "Den Platzhalter \u201E"
                            + m.group() + "\u201C gibt es nicht." + Suggest.closest(m.group(1).strip().replaceFirst("^anzahl\\.", ""),
                            new java.util.TreeSet<>(NAMES)).map(n -> " Meinten Sie \u201E{{anzahl." + n + "}}\u201C?").orElse("")
                            + " Möglich sind: " + NAMES.stream().sorted().map(n -> "{{anzahl." + n + "}}")
                            .collect(java.util.stream.Collectors.joining(", ")) + "."));
                }
            }
        }
    }
}
