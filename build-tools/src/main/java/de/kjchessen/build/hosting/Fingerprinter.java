package de.kjchessen.build.hosting;

import de.kjchessen.build.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a content hash into the names of static assets ("css/site.css" → "css/site.1a2b3c4d5e.css") and rewrites
 * every reference in HTML and CSS, so these files can be cached for a year: a changed file gets a new name.
 *
 * <p>Left alone: files in the site root (favicon.ico, robots.txt are requested by fixed name), /pagefind/
 * (the search index references its own files by name), and every type that is not a static asset
 * (HTML, feeds, calendars, JSON data). References are rewritten where jsoup finds them in a page (attribute values
 * and srcset candidates that are exactly the URL of an asset, JSON-LD strings read with Jackson) and in CSS url() /
 * @import.
 */
public final class Fingerprinter {

    public static final Set<String> EXTENSIONS = Set.of("css", "js", "mjs", "svg", "png", "jpg", "jpeg", "gif",
            "webp", "avif", "woff", "woff2");
    /** The name pattern of a fingerprinted file; hosting/htaccess uses the same pattern for immutable caching. */
    public static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-f]{10}\\.[a-z0-9]+$");
    private static final Set<String> EXCLUDED_DIRS = Set.of("pagefind");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");
    private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path site;
    private final String siteHost;
    /** URL path of the original ("/css/site.css") → URL path of the fingerprinted file. */
    private final Map<String, String> renamed = new LinkedHashMap<>();

    public Fingerprinter(Path site, String siteHost) {
        this.site = site;
        this.siteHost = SiteConfig.withoutTrailingSlash(siteHost);
    }

    /** Fingerprints all assets and rewrites the references; returns original URL path → new URL path. */
    public Map<String, String> run() throws IOException {
        List<Path> files = allFiles();
        List<Path> assets = files.stream().filter(this::isAsset).toList();
        // Binary assets first, then stylesheets (their hash must cover the rewritten image URLs), then scripts.
        for (Path asset : assets) {
            if (!ext(asset).equals("css")) {
                rename(asset);
            }
        }
        List<Path> css = new ArrayList<>(assets.stream().filter(p -> ext(p).equals("css")).toList());
        // A stylesheet may @import another: hash imported ones first (repeat until all are done).
        while (!css.isEmpty()) {
            int before = css.size();
            for (var it = css.iterator(); it.hasNext(); ) {
                Path sheet = it.next();
                if (pendingImports(sheet, css)) {
                    continue;
                }
                Files.writeString(sheet, rewriteCss(sheet, Files.readString(sheet, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                rename(sheet);
                it.remove();
            }
            if (css.size() == before) {
                throw new IllegalStateException("Stylesheets import each other in a cycle: " + css);
            }
        }
        // Every page is read, and nearly every one rewritten (they all link the stylesheet): pages are independent,
        // so both cores share them. `renamed` is complete and only read from here on.
        try {
            files.parallelStream().filter(file -> ext(file).equals("html") && Files.exists(file)).forEach(file -> {
                try {
                    String html = Files.readString(file, StandardCharsets.UTF_8);
                    String out = rewriteHtml(file, html);
                    if (!out.equals(html)) {
                        Files.writeString(file, out, StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return renamed;
    }

    boolean isAsset(Path file) {
        Path rel = site.relativize(file);
        if (rel.getNameCount() < 2 || EXCLUDED_DIRS.contains(rel.getName(0).toString())) {
            return false;
        }
        return EXTENSIONS.contains(ext(file)) && !FINGERPRINTED.matcher(file.getFileName().toString()).matches();
    }

    private void rename(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String hashed = name.substring(0, dot) + "." + hash(Files.readAllBytes(file)) + name.substring(dot);
        Path target = file.resolveSibling(hashed);
        deleteStaleVersions(file, hashed);
        Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        renamed.put(urlPath(file), urlPath(target));
    }

    /** The bake copies the original again on every build; drop fingerprinted copies of earlier builds. */
    private static void deleteStaleVersions(Path file, String keep) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Pattern earlier = Pattern.compile(Pattern.quote(name.substring(0, dot)) + "\\.[0-9a-f]{10}"
                + Pattern.quote(name.substring(dot)));
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path s : siblings.toList()) {
                String n = s.getFileName().toString();
                if (!n.equals(keep) && earlier.matcher(n).matches()) {
                    Files.delete(s);
                }
            }
        }
    }

    private boolean pendingImports(Path sheet, List<Path> pending) throws IOException {
        Matcher m = CSS_URL.matcher(Files.readString(sheet, StandardCharsets.UTF_8));
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : m.group(4);
            String path = resolve(sheet, url);
            if (path != null && pending.stream().anyMatch(p -> !p.equals(sheet) && urlPath(p).equals(path))) {
                return true;
            }
        }
        return false;
    }

    String rewriteCss(Path sheet, String css) {
        Matcher m = CSS_URL.matcher(css);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int group = m.group(2) != null ? 2 : 4;
            String replaced = replacement(sheet, m.group(group));
            String whole = m.group();
            if (replaced != null) {
                int start = m.start(group) - m.start();
                whole = whole.substring(0, start) + replaced + whole.substring(m.end(group) - m.start());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(whole));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** One replacement in a page: the characters from {@code start} to {@code end} become {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    /**
     * Rewrites the references in a page as jsoup reads it: every attribute value that is exactly the URL of an asset,
     * each candidate of a srcset, and every JSON string of a JSON-LD script. Only those characters change, the rest
     * of the page stays byte for byte as the bake wrote it.
     */
    String rewriteHtml(Path page, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Edit> edits = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            Attributes attributes = element.attributes();
            for (Attribute attribute : attributes) {
                Range value = attributes.sourceRange(attribute.getKey()).valueRange();
                if (!value.isTracked()) {
                    continue;
                }
                String raw = html.substring(value.startPos(), value.endPos());
                String rewritten = attribute.getKey().equalsIgnoreCase("srcset") ? srcset(page, raw) : replacement(page, raw);
                if (rewritten != null && !rewritten.equals(raw)) {
                    edits.add(new Edit(value.startPos(), value.endPos(), rewritten));
                }
            }
            if (element.normalName().equals("script") && element.attr("type").equals("application/ld+json")
                    && element.sourceRange().isTracked()
                    && html.startsWith(element.data(), element.sourceRange().endPos())) {
                // script content is kept raw: it starts right after the start tag, character for character
                int start = element.sourceRange().endPos();
                jsonLd(page, html, start, start + element.data().length(), edits);
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(html.length() + 16 * edits.size());
        int at = 0;
        for (Edit edit : edits) {
            out.append(html, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(html, at, html.length()).toString();
    }

    /** srcset holds several URLs ("a.png 1x, b.png 2x"): each candidate is rewritten. */
    private String srcset(Path page, String value) {
        StringBuilder rewritten = new StringBuilder();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            String r = replacement(page, url);
            if (rewritten.length() > 0) {
                rewritten.append(", ");
            }
            rewritten.append(r == null ? trimmed : r + (space < 0 ? "" : trimmed.substring(space)));
        }
        return rewritten.toString();
    }

    /** The JSON strings of a JSON-LD script (from {@code start} to {@code end} of the page) that name an asset. */
    private void jsonLd(Path page, String html, int start, int end, List<Edit> edits) {
        String json = html.substring(start, end);
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    continue;
                }
                int from = (int) parser.currentTokenLocation().getCharOffset();
                String r = replacement(page, parser.getString());
                int to = (int) parser.currentLocation().getCharOffset();
                if (r != null) {
                    edits.add(new Edit(start + from, start + to, JSON.writeValueAsString(r)));
                }
            }
        } catch (JacksonException e) {
            // not JSON: the validator and the HTML checks report it; nothing to rewrite
        }
    }

    /** The reference with the fingerprinted file name, in the same form (relative, root-relative, absolute), or null. */
    private String replacement(Path from, String url) {
        if (!namesAnAsset(url)) {
            return null; // most quoted strings of a page (classes, ids, text): skip the URL parsing
        }
        String path = resolve(from, url);
        if (path == null || !renamed.containsKey(path)) {
            return null;
        }
        int end = suffixStart(url);
        String base = url.substring(0, end);
        String newName = renamed.get(path).substring(renamed.get(path).lastIndexOf('/') + 1);
        return base.substring(0, base.lastIndexOf('/') + 1) + newName + url.substring(end);
    }

    /** Whether the reference's file name ends in an asset extension: a cheap test before resolving it. */
    private static boolean namesAnAsset(String url) {
        String path = url.substring(0, suffixStart(url));
        int dot = path.lastIndexOf('.');
        return dot >= 0 && dot > path.lastIndexOf('/')
                && EXTENSIONS.contains(path.substring(dot + 1).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Root-relative URL path a reference points to, or null if it is external or not a file reference. */
    String resolve(Path from, String url) {
        String u = url.strip();
        if (!siteHost.isEmpty() && u.startsWith(siteHost + "/")) {
            u = u.substring(siteHost.length());
        }
        if (u.isEmpty() || u.startsWith("//") || u.startsWith("#") || URL_SCHEME.matcher(u).matches()) {
            return null;
        }
        u = u.substring(0, suffixStart(u));
        String base = u.startsWith("/") ? "" : dirUrl(from.getParent());
        String joined = java.net.URI.create("http://x" + encodeForUri(base + u)).normalize().getPath();
        return joined.startsWith("/..") ? null : joined;
    }

    private static String encodeForUri(String s) {
        // Only characters java.net.URI rejects; asset names are plain ASCII in practice.
        return s.replace(" ", "%20").replace("[", "%5B").replace("]", "%5D").replace("|", "%7C");
    }

    private static int suffixStart(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return end;
    }

    private String urlPath(Path file) {
        String rel = site.relativize(file).toString().replace('\\', '/');
        return "/" + rel;
    }

    private String dirUrl(Path dir) {
        String rel = site.relativize(dir).toString().replace('\\', '/');
        return rel.isEmpty() ? "/" : "/" + rel + "/";
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String ext(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
