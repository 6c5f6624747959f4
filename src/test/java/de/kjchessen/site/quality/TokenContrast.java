package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contrast of the colour tokens (custom properties in :root of the stylesheet), computed as WCAG 2.1 defines
 * it. Which tokens are text and which are backgrounds is read from the stylesheet itself: a token used in
 * {@code color} is a text colour, one used in {@code background}/{@code background-color} a background.
 * Naming convention: {@code --x-text} is the text colour for background {@code --x} and is checked only on
 * it; every other text colour must reach 4.5:1 on every background that has no own text colour (the
 * surfaces). Colours outside the tokens would escape the check, so they are reported too (print styles aside),
 * in {@code fill} and {@code stroke} as well.
 *
 * <p>Graphics (WCAG 2.1 1.4.11, 3:1): the map's tokens {@code --karte-*}. A token {@code --karte-x-muster} is the
 * pattern drawn on the area colour {@code --karte-x}; every area colour must stand out from every other area colour
 * (neighbouring areas of another kind) and from the page ({@code --farbe-hintergrund}: around the map, and the colour
 * of the borders between areas of the same kind).
 */
public final class TokenContrast {

    public static final double MINIMUM = 4.5;
    /** Non-text contrast of graphics (WCAG 2.1 1.4.11). */
    public static final double MINIMUM_GRAPHICS = 3.0;
    static final String MAP = "--karte-";
    static final String PATTERN = "-muster";
    static final String PAGE = "--farbe-hintergrund";

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("([-a-zA-Z]+)\\s*:\\s*([^;]+)");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[-a-zA-Z0-9_]+)");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\b");
    private static final Set<String> KEYWORDS = Set.of("inherit", "initial", "unset", "currentcolor", "transparent",
            "none", "revert");

    /** One text colour on one background. */
    public record Pair(String text, String background, double ratio) {
        @Override
        public String toString() {
            return text + " auf " + background + ": " + String.format(Locale.ROOT, "%.2f", ratio) + ":1";
        }
    }

    /** The outcome: pairs checked, and everything wrong. */
    public record Result(List<Pair> pairs, List<Fault> faults) {
    }

    private TokenContrast() {
    }

    public static Result check(String fileName, String css) {
        String text = withoutPrint(COMMENT.matcher(css).replaceAll(m -> m.group().replaceAll("[^\\n]", " ")));
        List<Fault> faults = new ArrayList<>();
        Map<String, int[]> tokens = new LinkedHashMap<>();
        Set<String> textTokens = new LinkedHashSet<>();
        Set<String> backgroundTokens = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            String selector = rule.group(1).strip();
            int bodyStart = rule.start(2);
            Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                String property = d.group(1).toLowerCase(Locale.ROOT);
                String value = d.group(2).strip();
                int line = lineOf(text, bodyStart + d.start());
                if (selector.endsWith(":root") && property.startsWith("--")) {
                    int[] rgb = parseColour(value);
                    if (rgb != null && !tokens.containsKey(property)) {
                        tokens.put(property, rgb);
                    }
                } else if (property.equals("fill") || property.equals("stroke")) {
                    if (!VAR.matcher(value).find() && (HEX.matcher(value).find()
                            || value.matches("(?i).*\\b(rgb|rgba|hsl|hsla)\\(.*"))) {
                        faults.add(new Fault(fileName, line, "Farbe ohne Design-Token: \"" + property + ": " + value
                                + "\" in " + selector + ". Verwenden Sie eine Farbe aus :root, z. B. var(--karte-ge), "
                                + "damit ihr Kontrast geprüft wird."));
                    }
                } else if (property.equals("color") || property.equals("background") || property.equals("background-color")) {
                    Set<String> target = property.equals("color") ? textTokens : backgroundTokens;
                    Matcher v = VAR.matcher(value);
                    boolean usesToken = false;
                    while (v.find()) {
                        target.add(v.group(1));
                        usesToken = true;
                    }
                    if (!usesToken && (HEX.matcher(value).find() || value.matches("(?i).*\\b(rgb|rgba|hsl|hsla)\\(.*")
                            || (property.equals("color") && !KEYWORDS.contains(value.toLowerCase(Locale.ROOT))))) {
                        faults.add(new Fault(fileName, line, "Farbe ohne Design-Token: \"" + property + ": " + value
                                + "\" in " + selector + ". Verwenden Sie eine Farbe aus :root, z. B. var(--farbe-text), "
                                + "damit ihr Kontrast geprüft wird."));
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (String t : textTokens) {
            if (!tokens.containsKey(t)) {
                faults.add(new Fault(fileName, 0, "Die Textfarbe " + t + " ist in :root nicht als Farbe definiert."));
                continue;
            }
            List<String> backgrounds = new ArrayList<>();
            if (t.endsWith("-text") && tokens.containsKey(t.substring(0, t.length() - 5))) {
                backgrounds.add(t.substring(0, t.length() - 5));
            } else {
                for (String b : backgroundTokens) {
                    if (!tokens.containsKey(b + "-text")) {
                        backgrounds.add(b);
                    }
                }
            }
            for (String b : backgrounds) {
                if (!tokens.containsKey(b)) {
                    faults.add(new Fault(fileName, 0, "Die Hintergrundfarbe " + b + " ist in :root nicht als Farbe definiert."));
                    continue;
                }
                Pair p = new Pair(t, b, ratio(tokens.get(t), tokens.get(b)));
                pairs.add(p);
                if (p.ratio() < MINIMUM) {
                    faults.add(new Fault(fileName, 0, "Zu wenig Kontrast: " + p + " (nötig sind mindestens 4.5:1, "
                            + "WCAG 2.1 AA). Wählen Sie eine dunklere Textfarbe oder einen helleren Hintergrund."));
                }
            }
        }
        graphics(fileName, tokens, pairs, faults);
        return new Result(pairs, faults);
    }

    /** The map's colours: pattern on its area, area against other areas, the borders and the page (3:1). */
    private static void graphics(String fileName, Map<String, int[]> tokens, List<Pair> pairs, List<Fault> faults) {
        List<String> areas = tokens.keySet().stream()
                .filter(t -> t.startsWith(MAP) && !t.endsWith(PATTERN)).toList();
        List<String[]> checks = new ArrayList<>();
        for (String t : tokens.keySet()) {
            if (t.startsWith(MAP) && t.endsWith(PATTERN)) {
                checks.add(new String[]{t, t.substring(0, t.length() - PATTERN.length())});
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            for (int k = i + 1; k < areas.size(); k++) {
                checks.add(new String[]{areas.get(i), areas.get(k)});
            }
            checks.add(new String[]{PAGE, areas.get(i)});
        }
        for (String[] c : checks) {
            if (!tokens.containsKey(c[0]) || !tokens.containsKey(c[1])) {
                faults.add(new Fault(fileName, 0, "Zur Kartenfarbe fehlt in :root die Farbe "
                        + (tokens.containsKey(c[0]) ? c[1] : c[0]) + "."));
                continue;
            }
            Pair p = new Pair(c[0], c[1], ratio(tokens.get(c[0]), tokens.get(c[1])));
            pairs.add(p);
            if (p.ratio() < MINIMUM_GRAPHICS) {
                faults.add(new Fault(fileName, 0, "Zu wenig Kontrast in der Karte: " + p + " (nötig sind mindestens 3:1 "
                        + "für Grafiken, WCAG 2.1 1.4.11). Wählen Sie Farben, die sich deutlicher unterscheiden."));
            }
        }
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours. */
    public static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** #rgb, #rrggbb or rgb(r, g, b); null for anything that is not a plain colour. */
    static int[] parseColour(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{3}")) {
            return new int[]{hex(v.substring(1, 2).repeat(2)), hex(v.substring(2, 3).repeat(2)), hex(v.substring(3, 4).repeat(2))};
        }
        if (v.matches("#[0-9a-f]{6}")) {
            return new int[]{hex(v.substring(1, 3)), hex(v.substring(3, 5)), hex(v.substring(5, 7))};
        }
        Matcher m = Pattern.compile("rgb\\(\\s*(\\d+)[\\s,]+(\\d+)[\\s,]+(\\d+)\\s*\\)").matcher(v);
        if (m.matches()) {
            return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        }
        return null;
    }

    private static int hex(String s) {
        return Integer.parseInt(s, 16);
    }

    /** Print styles (black on paper) are outside the screen palette: blank them out, keeping line numbers. */
    private static String withoutPrint(String css) {
        StringBuilder out = new StringBuilder(css);
        Matcher m = Pattern.compile("@media\\s+print\\s*\\{").matcher(css);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < css.length() && depth > 0) {
                char ch = css.charAt(i);
                depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                i++;
            }
            for (int k = m.start(); k < i; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
