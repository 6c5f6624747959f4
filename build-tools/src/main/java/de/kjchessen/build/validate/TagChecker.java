package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.Header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Schlagworte must be spelled the same everywhere: "Arbeitsmarkt" and "arbeitsmarkt" would become two tag
 * pages that each list only half of the Pressemitteilungen.
 */
public final class TagChecker {

    private record Use(String tag, String file, int line) {
    }

    private TagChecker() {
    }

    public static void check(List<ContentFile> pages, List<Problem> out) {
        Map<String, List<Use>> bySpelling = new LinkedHashMap<>();
        for (ContentFile page : pages) {
            if (page.header() == null || page.header().get("tags") == null) {
                continue;
            }
            for (String tag : Header.tags(page.header().get("tags"))) {
                bySpelling.computeIfAbsent(normalise(tag), k -> new ArrayList<>())
                        .add(new Use(tag, page.file(), page.header().lines().get("tags")));
            }
        }
        for (List<Use> uses : bySpelling.values()) {
            Map<String, List<Use>> spellings = new LinkedHashMap<>();
            uses.forEach(u -> spellings.computeIfAbsent(u.tag(), k -> new ArrayList<>()).add(u));
            if (spellings.size() < 2) {
                continue;
            }
            // The spelling most pages use is the one to keep; the first one wins a tie.
            String keep = spellings.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, List<Use>> e) -> e.getValue().size())
                            .thenComparing(e -> -uses.indexOf(e.getValue().get(0))))
                    .orElseThrow().getKey();
            Use example = spellings.get(keep).get(0);
            for (Use use : uses) {
                if (!use.tag().equals(keep)) {
                    out.add(Problem.error(use.file(), use.line(), "Das Schlagwort \u201E" + use.tag() + "\u201C ist in "
                            + example.file() + ", Zeile " + example.line() + " als \u201E" + keep + "\u201C geschrieben. "
                            + "Schreiben Sie es überall gleich (\u201E" + keep + "\u201C), sonst entstehen zwei "
                            + "Schlagwortseiten."));
                }
            }
        }
    }

    /** Case, hyphens, spaces and ß/ss do not make a different Schlagwort. */
    static String normalise(String tag) {
        return tag.toLowerCase(Locale.GERMAN).replace("ß", "ss").replaceAll("[\\s_-]+", "");
    }
}
