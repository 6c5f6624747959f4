package de.kjchessen.build.finder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out the abbreviations of official Gemeinde short names, so the finder also answers to the long form
 * people type: "Bad Homburg v.d. Höhe" → "Bad Homburg vor der Höhe", "Höchst i. Odw." → "Höchst im Odenwald".
 */
public final class LongForm {

    /** Abbreviation (as a regular expression) → long form, in the order they are applied. */
    static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put(Pattern.compile("\\bv\\. ?d\\. "), "vor der ");
        ABBREVIATIONS.put(Pattern.compile("\\ba\\. ?d\\. "), "an der ");
        ABBREVIATIONS.put(Pattern.compile("\\bi\\. Odw\\.$"), "im Odenwald");
        ABBREVIATIONS.put(Pattern.compile("\\ba\\. "), "am ");
    }

    private LongForm() {
    }

    /** The long form of {@code name}, or the empty string if it has no abbreviation we know. */
    public static String of(String name) {
        String result = name;
        for (Map.Entry<Pattern, String> a : ABBREVIATIONS.entrySet()) {
            result = a.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(a.getValue()));
        }
        return result.equals(name) ? "" : result;
    }
}
