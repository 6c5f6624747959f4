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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing a page loads may come from another host (fonts, scripts, images, trackers): every src, every
 * href of a resource link, every srcset candidate and every CSS url()/@import must be relative or
 * root-relative. Even the site's own absolute address is refused: the preview would load from production.
 * Links to other sites (a href) are navigation, not requests, and stay allowed.
 */
public final class ForeignRequestCheck {

    /** link rel values that make the browser fetch something. */
    private static final Set<String> FETCHING_RELS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "mask-icon", "manifest", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "prerender");
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|//)");

    private ForeignRequestCheck() {
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            checkPage(page.getKey(), page.getValue(), faults);
        }
        for (Path file : site.allFiles()) {
            String rel = site.relative(file);
            if (rel.endsWith(".css")) {
                checkCss(rel, read(file), 1, faults);
            }
        }
        return faults;
    }

    private static void checkPage(String rel, Document doc, List<Fault> faults) {
        for (Element el : doc.getAllElements()) {
            int line = el.sourceRange().start().lineNumber();
            String tag = el.normalName();
            if (el.hasAttr("src")) {
                checkUrl(rel, line, tag, "src", el.attr("src"), faults);
            }
            if (tag.equals("link") && el.hasAttr("href") && fetches(el)) {
                checkUrl(rel, line, tag, "href", el.attr("href"), faults);
            }
            for (String attr : List.of("srcset", "imagesrcset")) {
                if (el.hasAttr(attr)) {
                    for (String candidate : el.attr(attr).split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        checkUrl(rel, line, tag, attr, url, faults);
                    }
                }
            }
            if (tag.equals("video") && el.hasAttr("poster")) {
                checkUrl(rel, line, tag, "poster", el.attr("poster"), faults);
            }
            if (tag.equals("object") && el.hasAttr("data")) {
                checkUrl(rel, line, tag, "data", el.attr("data"), faults);
            }
            if ((tag.equals("use") || tag.equals("image")) && (el.hasAttr("href") || el.hasAttr("xlink:href"))) {
                checkUrl(rel, line, tag, "href", el.hasAttr("href") ? el.attr("href") : el.attr("xlink:href"), faults);
            }
            if (tag.equals("style")) {
                checkCss(rel, el.data(), line, faults);
            }
            if (el.hasAttr("style")) {
                checkCss(rel, el.attr("style"), line, faults);
            }
        }
    }

    private static boolean fetches(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (FETCHING_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    /** {@code firstLine} is the line the CSS text starts on in its file. */
    static void checkCss(String rel, String css, int firstLine, List<Fault> faults) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : m.group(4);
            int line = firstLine + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            checkUrl(rel, line, "css", m.group(2) != null ? "url()" : "@import", url, faults);
        }
    }

    private static void checkUrl(String rel, int line, String tag, String attr, String url, List<Fault> faults) {
        String u = url.strip();
        if (ABSOLUTE.matcher(u).find() && !u.toLowerCase(Locale.ROOT).startsWith("data:")) {
            String where = tag.equals("css") ? attr : "<" + tag + " " + attr + ">";
            faults.add(new Fault(rel, line, "Anfrage an einen anderen Server: " + where + " lädt \"" + u + "\". "
                    + "Die Website lädt nichts von fremden Servern (Datenschutz, keine Drittanbieter). Legen Sie die "
                    + "Datei unter assets/ ab und verweisen Sie mit einem Pfad wie /css/… darauf."));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
