package de.kjchessen.build.finder;

import de.kjchessen.build.jobcenter.Responsibilities;
import de.kjchessen.build.jobcenter.ResponsibilityReader;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives templates the Jobcenter-Finder lists, joined from data/gemeinden.csv and data/jobcenter.yaml
 * (JBake model extractor, registered in META-INF/org.jbake.template.ModelExtractors.properties):
 * <ul>
 *   <li>{@code finder_buchstaben}: [{letter, anker, gemeinden: [gemeinde…]}]</li>
 *   <li>{@code finder_postleitzahlen}: [{bereich, anker, entries: [{plz: [plz…], gemeinden: [gemeinde…]}]}],
 *       grouped by the first two digits (Leitregion)</li>
 *   <li>{@code finder_gemeinden}: [gemeinde…] with gemeinde = {name, plz, gebiet, jobcenter, url, hinweis}; hinweis is
 *       the announcement ("Ab …") or "Seit …" of a change of Jobcenter, else empty</li>
 * </ul>
 * JBake hands every non-special extractor result to Freemarker as a sequence, hence lists of maps.
 */
public class FinderModel implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        File dataFolder = (File) config.get("dataFolder");
        Responsibilities z = ResponsibilityReader.fromDataFolder(dataFolder.toPath());
        return switch (key) {
            case "finder_buchstaben" -> letters(z);
            case "finder_postleitzahlen" -> postcodes(z);
            case "finder_gemeinden" -> z.entries().stream().map(FinderModel::gemeinde).toList();
            default -> throw new IllegalArgumentException("Unbekannter Schlüssel " + key);
        };
    }

    static List<Map<String, Object>> letters(Responsibilities z) {
        List<Map<String, Object>> result = new ArrayList<>();
        z.byLetter().forEach((letter, entries) -> result.add(Map.of(
                "buchstabe", letter,
                "anker", "buchstabe-" + letter.toLowerCase(),
                "gemeinden", entries.stream().map(FinderModel::gemeinde).toList())));
        return result;
    }

    /**
     * Postcodes in order, grouped by Leitregion (first two digits); neighbouring postcodes that lead to the very
     * same Gemeinden share one entry ("60306, 60308, … Frankfurt am Main"), which keeps the page small.
     */
    static List<Map<String, Object>> postcodes(Responsibilities z) {
        Map<String, List<Map<String, Object>>> byRegion = new LinkedHashMap<>();
        List<String> run = new ArrayList<>();
        List<Responsibilities.Entry> runGemeinden = null;
        for (Map.Entry<String, List<Responsibilities.Entry>> e : z.byPostcode().entrySet()) {
            boolean sameRun = runGemeinden != null && runGemeinden.equals(e.getValue())
                    && run.get(0).substring(0, 2).equals(e.getKey().substring(0, 2));
            if (!sameRun && runGemeinden != null) {
                addRun(byRegion, run, runGemeinden);
                run = new ArrayList<>();
            }
            run.add(e.getKey());
            runGemeinden = e.getValue();
        }
        if (runGemeinden != null) {
            addRun(byRegion, run, runGemeinden);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        byRegion.forEach((region, entries) -> result.add(Map.of(
                "bereich", region, "anker", "plz-" + region, "eintraege", entries)));
        return result;
    }

    private static void addRun(Map<String, List<Map<String, Object>>> byRegion, List<String> run,
                               List<Responsibilities.Entry> gemeinden) {
        byRegion.computeIfAbsent(run.get(0).substring(0, 2), k -> new ArrayList<>()).add(Map.of(
                "plz", List.copyOf(run), "gemeinden", gemeinden.stream().map(FinderModel::gemeinde).toList()));
    }

    static Map<String, Object> gemeinde(Responsibilities.Entry e) {
        return Map.of(
                "name", e.gemeinde().name(),
                "plz", String.join(", ", e.gemeinde().plz()),
                "gebiet", e.jobcenter().areaLabel(),
                "jobcenter", e.jobcenter().finderName(),
                "url", e.jobcenter().pfad(),
                "hinweis", e.shortNote());
    }
}
