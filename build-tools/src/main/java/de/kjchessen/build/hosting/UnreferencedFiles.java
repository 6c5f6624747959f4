package de.kjchessen.build.hosting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Attachments and pictures that no published file names are not published: the bake copies every file of
 * assets/ and content/, so without this step the PDF or photo of a Pressemitteilung under Sperrfrist (its page is
 * a draft and already removed) would be online at a guessable address before its day, and every picture's original
 * (often several MB) would be published beside the variants the pages use. A file is kept when its name occurs in
 * any HTML, CSS, script, feed, sitemap, calendar or data file of the site (relative links included).
 */
public final class UnreferencedFiles {

    /** Kinds of file that only exist to be linked or shown from a page. */
    static final Set<String> CANDIDATES = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
            "odp", "rtf", "jpg", "jpeg", "png", "webp", "gif", "avif");
    /** Files that can name another file. */
    static final Set<String> REFERRERS = Set.of("html", "css", "js", "mjs", "xml", "json", "webmanifest", "ics", "txt", "svg");

    private UnreferencedFiles() {
    }

    /** Deletes every candidate file no referrer names; returns "path (reason)" for each. */
    public static List<String> prune(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        // Each referrer is read on its own and only the names still unseen are looked for: the whole site as one
        // string (about 250 MB of heap at 4000 Pressemitteilungen) was the build's peak of memory.
        Set<Path> unseen = new LinkedHashSet<>();
        for (Path f : files) {
            if (CANDIDATES.contains(ext(f))) {
                unseen.add(f);
            }
        }
        for (Path f : files) {
            if (unseen.isEmpty()) {
                break;
            }
            if (REFERRERS.contains(ext(f)) && !site.relativize(f).toString().startsWith("pagefind")) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                unseen.removeIf(candidate -> {
                    String name = candidate.getFileName().toString();
                    return text.contains(name) || text.contains(encoded(name));
                });
            }
        }
        List<String> removed = new ArrayList<>();
        for (Path f : unseen) {
            Files.delete(f);
            removed.add(site.relativize(f).toString().replace('\\', '/') + " (von keiner veröffentlichten Seite verwendet)");
        }
        return removed;
    }

    private static String encoded(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String ext(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
