package de.kjchessen.build;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's URL scheme and every address a link may point to.
 *
 * <p>content/x/index.md becomes /x/, content/a/b.md becomes /a/b.html, content/index.md becomes /. Files in
 * assets/ and non-document files in content/ (images next to a page) are copied to the same path. Pages that
 * build-tools generates from data files are added by {@link GeneratedPages}.
 */
public final class SiteUrls {

    /** Where an address comes from, for "same address as …" messages. */
    public record Origin(String url, String file, int line) {
        String describe() {
            return line > 0 ? file + ", Zeile " + line : file;
        }
    }

    /** Lower-cased address → origin: web servers on Windows and macOS do not tell /Kontakt/ from /kontakt/. */
    private final Map<String, Origin> byKey = new LinkedHashMap<>();

    /**
     * Registers an address; if another file already produces it, reports the clash at {@code origin} and
     * keeps the first.
     */
    public void add(Origin origin, List<Problem> out) {
        String key = key(origin.url());
        Origin first = byKey.putIfAbsent(key, origin);
        if (first != null && !first.file().equals(origin.file())) {
            out.add(Problem.error(origin.file(), origin.line(), "Diese Datei ergibt die Adresse \u201E" + origin.url()
                    + "\u201C, die schon " + first.describe() + " ergibt. Zwei Seiten können nicht dieselbe Adresse "
                    + "haben: Benennen Sie eine der beiden Dateien (oder ihren Ordner) um oder löschen Sie eine."));
        }
    }

    public boolean exists(String path) {
        String key = key(path);
        return byKey.containsKey(key) || (!key.endsWith("/") && byKey.containsKey(key + "/"));
    }

    public Optional<String> closest(String path) {
        return Suggest.closest(key(path), byKey.keySet()).map(k -> byKey.get(k).url());
    }

    /** "content/x/index.md" → "/x/", "content/a/b.md" → "/a/b.html", "content/index.md" → "/". */
    public static String urlOf(String contentFile) {
        String path = contentFile.substring("content/".length());
        int dot = path.lastIndexOf('.');
        path = (dot > path.lastIndexOf('/') ? path.substring(0, dot) : path) + ".html";
        return clean("/" + path);
    }

    /**
     * The public address of a JBake document URI, also for the templates as {@code url(…)} (TemplateFunctions):
     * "ueber-uns/index.html" → "/ueber-uns/", "index.html" → "/", "a/b.html" → "/a/b.html".
     */
    public static String ofUri(String uri) {
        return clean("/" + (uri.startsWith("/") ? uri.substring(1) : uri));
    }

    /** "/x/index.html" and "/x/" are the same page. */
    static String clean(String path) {
        if (path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        return path;
    }

    private static String key(String path) {
        return clean(path).toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a link as the browser would on the page at {@code pageUrl}: the root-relative path without
     * query and fragment, or empty when the link does not point into this site (other sites, mailto:, #x).
     */
    public static Optional<String> resolve(String pageUrl, String link) {
        String u = link.strip();
        if (u.isEmpty() || u.startsWith("#") || u.startsWith("//") || u.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        try {
            URI resolved = URI.create("https://site.invalid" + pageUrl).resolve(new URI(null, null, pathPart(u), null));
            return Optional.of(clean(URLDecoder.decode(resolved.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return Optional.of(u);
        }
    }

    private static String pathPart(String u) {
        int cut = u.length();
        for (char c : new char[]{'#', '?'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return URLDecoder.decode(u.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
