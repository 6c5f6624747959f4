package de.kjchessen.build.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A parsed JBake header of a content file: key → value and key → line number. */
public record Header(Map<String, String> values, Map<String, Integer> lines, int bodyStartLine) {

    public String get(String key) {
        return values.get(key);
    }

    /** Splits a tags= (or jobcenter=) value as JBake does (comma-separated, trimmed). */
    public static List<String> tags(String value) {
        List<String> tags = new ArrayList<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return tags;
    }
}
