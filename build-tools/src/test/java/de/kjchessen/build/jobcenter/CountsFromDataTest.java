package de.kjchessen.build.jobcenter;

import de.kjchessen.build.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No page or template states how many Jobcenter, Landkreise, kreisfreie Städte or Gemeinden Hessen has: those
 * counts come from the data ({{anzahl.…}} in content, computed models in templates). Dated press releases
 * (content/aktuelles/) report what was true then and are left out; nationwide figures ("bundesweit") are not
 * Hessen's data.
 */
class CountsFromDataTest {

    static final Pattern JOBCENTER_COUNT = Pattern.compile("(?<![\\d.,])\\d+\\s+(der\\s+\\d+\\s+)?(Jobcenter|Job-Center)");
    static final Pattern AREA_COUNT = Pattern.compile("(?<![\\d.,])\\d+\\s+(kreisfreie|Landkreise|Städte und Gemeinden|Gemeinden)");

    static List<String> literalCounts(String file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean jobcenter = JOBCENTER_COUNT.matcher(line).find() && !line.contains("bundesweit");
            boolean area = AREA_COUNT.matcher(line).find() && line.contains("gibt");
            if (jobcenter || area) {
                found.add(file + ", Zeile " + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }

    @Test
    void contentAndTemplatesTakeEveryHessenCountFromTheData() throws Exception {
        Path project = TestProject.ROOT;
        List<String> found = new ArrayList<>();
        for (String dir : List.of("content", "templates")) {
            try (Stream<Path> files = Files.walk(project.resolve(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String rel = project.relativize(f).toString().replace('\\', '/');
                    if (rel.startsWith("content/aktuelles/") || !(rel.endsWith(".md") || rel.endsWith(".ftl"))) {
                        continue;
                    }
                    found.addAll(literalCounts(rel, Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        assertEquals(List.of(), found, "Anzahlen als Platzhalter schreiben, z. B. {{anzahl.jobcenter}}");
    }

    @Test
    void theCheckFindsAWrittenOutCount() {
        assertEquals(List.of("x.md, Zeile 2: In Hessen gibt es 26 Jobcenter.", "x.md, Zeile 3: Es gibt 5 kreisfreie Städte."),
                literalCounts("x.md", "Bundesweit: siehe unten.\nIn Hessen gibt es 26 Jobcenter.\nEs gibt 5 kreisfreie Städte.\n"
                        + "Es gibt {{anzahl.jobcenter}} Jobcenter, bundesweit 104 Kommunale Jobcenter.\n"));
    }
}
