package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each page with everything it loads as code (its HTML, stylesheets incl. @import, scripts and module
 * preloads), uncompressed, stays within 60 KB: fast on a cheap phone. Images and the search index (fetched
 * only while searching) are not counted.
 */
public final class PageBudget {

    public static final long LIMIT_BYTES = 60 * 1024;

    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(?:url\\()?\\s*['\"]?([^'\")\\s;]+)",
            Pattern.CASE_INSENSITIVE);

    /** Bytes of one page and of the code it loads. */
    public record Weight(String page, long html, long css, long js) {
        public long total() {
            return html + css + js;
        }
    }

    private PageBudget() {
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Weight w : weigh(site)) {
            if (w.total() > LIMIT_BYTES) {
                faults.add(new Fault(w.page(), 0, "Die Seite ist zu groß: HTML " + kb(w.html()) + " + CSS "
                        + kb(w.css()) + " + JavaScript " + kb(w.js()) + " = " + kb(w.total()) + ", erlaubt sind "
                        + kb(LIMIT_BYTES) + " (ohne Bilder). Kürzen Sie die Seite, teilen Sie sie auf oder "
                        + "verkleinern Sie Stylesheet und Skripte."));
            }
        }
        return faults;
    }

    public static List<Weight> weigh(GeneratedSite site) {
        List<Weight> weights = new ArrayList<>();
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            Path file = site.root().resolve(page.getKey());
            Set<Path> css = new LinkedHashSet<>();
            Set<Path> js = new LinkedHashSet<>();
            for (Element link : page.getValue().select("link[href]")) {
                String rel = link.attr("rel").toLowerCase(Locale.ROOT);
                String as = link.attr("as").toLowerCase(Locale.ROOT);
                if (rel.contains("stylesheet") || (rel.contains("preload") && as.equals("style"))) {
                    addCss(site, file, link.attr("href"), css);
                } else if (rel.contains("modulepreload") || (rel.contains("preload") && as.equals("script"))) {
                    local(site, file, link.attr("href")).ifPresent(js::add);
                }
            }
            for (Element script : page.getValue().select("script[src]")) {
                local(site, file, script.attr("src")).ifPresent(js::add);
            }
            weights.add(new Weight(page.getKey(), size(file), sum(css), sum(js)));
        }
        return weights;
    }

    /** Every stylesheet some page loads (with @import), relative to the site root. */
    public static Set<String> stylesheets(GeneratedSite site) {
        Set<String> all = new java.util.TreeSet<>();
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            Path file = site.root().resolve(page.getKey());
            Set<Path> css = new LinkedHashSet<>();
            for (Element link : page.getValue().select("link[href]")) {
                if (link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                    addCss(site, file, link.attr("href"), css);
                }
            }
            css.forEach(c -> all.add(site.relative(c)));
        }
        return all;
    }

    private static void addCss(GeneratedSite site, Path from, String href, Set<Path> css) {
        local(site, from, href).ifPresent(file -> {
            if (css.add(file)) {
                Matcher m = CSS_IMPORT.matcher(read(file));
                while (m.find()) {
                    addCss(site, file, m.group(1), css);
                }
            }
        });
    }

    /** The file a relative or root-relative URL names, if it exists in the site. */
    private static Optional<Path> local(GeneratedSite site, Path from, String url) {
        String u = url.strip().replaceAll("[?#].*$", "");
        if (u.isEmpty() || u.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
            return Optional.empty(); // foreign URLs are ForeignRequestCheck's business
        }
        Path target = (u.startsWith("/") ? site.root().resolve(u.substring(1)) : from.getParent().resolve(u)).normalize();
        return Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
    }

    private static long sum(Set<Path> files) {
        return files.stream().mapToLong(PageBudget::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kb(long bytes) {
        return String.format(Locale.GERMANY, "%.1f KB", bytes / 1024.0);
    }
}
