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
    static final Map<Pattern, String> ABKUERZUNGEN = new LinkedHashMap<>();

    static {
        ABKUERZUNGEN.put(Pattern.compile("\\bv\\. ?d\\. "), "vor der ");
        ABKUERZUNGEN.put(Pattern.compile("\\ba\\. ?d\\. "), "an der ");
        ABKUERZUNGEN.put(Pattern.compile("\\bi\\. Odw\\.$"), "im Odenwald");
        ABKUERZUNGEN.put(Pattern.compile("\\ba\\. "), "am ");
    }

    private LongForm() {
    }

    /** The long form of {@code name}, or the empty string if it has no abbreviation we know. */
    public static String of(String name) {
        String result = name;
        for (Map.Entry<Pattern, String> a : ABKUERZUNGEN.entrySet()) {
            result = a.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(a.getValue()));
        }
        return result.equals(name) ? "" : result;
    }
}
