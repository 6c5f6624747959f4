package de.kjchessen.site.support;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteConfig;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.validate.ContentHeaderChecker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sources the site was built from: the base URL setting and the headers of the content files. */
public final class Project {

    public static final Path DIR = Path.of(System.getProperty("project.dir", "."));

    /** One content file: path under content/ and its header values. */
    public record Source(String rel, Map<String, String> header) {
        public String get(String key) {
            return header.getOrDefault(key, "");
        }

        public LocalDate date() {
            return LocalDate.parse(get("date"));
        }

        /** The output page: "aktuelles/2018/x.md" → "aktuelles/2018/x.html". */
        public String page() {
            return rel.substring(0, rel.length() - ".md".length()) + ".html";
        }

        /** Root-relative URL as the templates write it. */
        public String url() {
            return SiteUrls.ofUri(page());
        }

        public List<String> tags() {
            return get("tags").isEmpty() ? List.of() : List.of(get("tags").split("\\s*,\\s*"));
        }
    }

    private Project() {
    }

    /** site.host from jbake.properties, without a trailing slash. */
    public static String host() {
        return SiteConfig.of(DIR).siteHost();
    }

    /** Published content files of one type (e.g. "post", "termin"). */
    public static List<Source> published(String type) {
        return all().stream().filter(s -> s.get("type").equals(type) && s.get("status").equals("published")).toList();
    }

    /** Published posts, newest first (as every list shows them). */
    public static List<Source> postsNewestFirst() {
        return published("post").stream().sorted(Comparator.comparing(Source::date).reversed()).toList();
    }

    public static List<Source> all() {
        Path content = DIR.resolve("content");
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(content)) {
            for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String rel = content.relativize(md).toString().replace('\\', '/');
                List<Problem> ignored = new ArrayList<>();
                var header = ContentHeaderChecker.check(rel, Files.readString(md, StandardCharsets.UTF_8), ignored);
                if (header != null) {
                    out.add(new Source(rel, header.values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
