package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every internal link, fragment, image, stylesheet and script must resolve inside the generated site.
 * Relative and root-relative URLs are resolved against the output; "/x/" means "x/index.html"; a fragment
 * must name an id in the target page. mailto:/tel: must be well-formed; localhost and file: never appear.
 */
public final class LinkCheck {

    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s/]+@[^@\\s/]+\\.[A-Za-z]{2,}(\\?.*)?");
    private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9][0-9\\-]{3,}");
    private static final Pattern LOCAL = Pattern.compile("(?i)^(file:|[a-z]+://(localhost|127\\.0\\.0\\.1|\\[::1\\]|0\\.0\\.0\\.0)([:/]|$))");

    private LinkCheck() {
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            String from = page.getKey();
            for (Element el : page.getValue().select("a[href], link[href], img[src], script[src], source[src], source[srcset], img[srcset], iframe[src]")) {
                for (String url : urls(el)) {
                    checkUrl(site, from, el, url, faults);
                }
            }
        }
        return faults;
    }

    private static List<String> urls(Element el) {
        List<String> urls = new ArrayList<>();
        if (el.hasAttr("href")) {
            urls.add(el.attr("href"));
        }
        if (el.hasAttr("src")) {
            urls.add(el.attr("src"));
        }
        if (el.hasAttr("srcset")) {
            for (String candidate : el.attr("srcset").split(",")) {
                String u = candidate.strip().split("\\s+")[0];
                if (!u.isEmpty()) {
                    urls.add(u);
                }
            }
        }
        return urls;
    }

    private static void checkUrl(GeneratedSite site, String from, Element el, String url, List<Fault> faults) {
        int line = el.sourceRange().start().lineNumber();
        String u = url.strip();
        if (u.isEmpty()) {
            faults.add(new Fault(from, line, "Leerer Link in <" + el.tagName() + ">."));
            return;
        }
        if (LOCAL.matcher(u).find()) {
            faults.add(new Fault(from, line, "Der Link \"" + u + "\" zeigt auf den eigenen Rechner (localhost oder "
                    + "file:). Verwenden Sie eine Adresse der Website, z. B. /kontakt/."));
            return;
        }
        String lower = u.toLowerCase();
        if (lower.startsWith("mailto:")) {
            if (!MAILTO.matcher(u).matches()) {
                faults.add(new Fault(from, line, "Die E-Mail-Adresse im Link \"" + u + "\" ist nicht gültig. "
                        + "Schreiben Sie mailto:name@beispiel.de"));
            }
            return;
        }
        if (lower.startsWith("tel:")) {
            if (!TEL.matcher(u).matches()) {
                faults.add(new Fault(from, line, "Die Telefonnummer im Link \"" + u + "\" ist nicht gültig. "
                        + "Schreiben Sie nur Ziffern, z. B. tel:+496111234560"));
            }
            return;
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")
                || lower.startsWith("data:")) {
            return; // other sites are not reachable from the build machine; data: URIs are inline
        }
        if (lower.startsWith("javascript:")) {
            faults.add(new Fault(from, line, "javascript:-Links sind nicht erlaubt: \"" + u + "\"."));
            return;
        }
        URI uri;
        try {
            uri = new URI(u.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            faults.add(new Fault(from, line, "Die Adresse \"" + u + "\" ist fehlerhaft geschrieben."));
            return;
        }
        if (uri.getScheme() != null) {
            return; // other schemes (e.g. webcal:) are not files of this site
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        String targetRel;
        if (path.isEmpty()) {
            targetRel = from;
        } else {
            Path base = path.startsWith("/") ? site.root() : site.root().resolve(from).getParent();
            Path target = (path.startsWith("/") ? site.root().resolve(path.substring(1)) : base.resolve(path)).normalize();
            if (!target.startsWith(site.root())) {
                faults.add(new Fault(from, line, "Der Link \"" + u + "\" zeigt aus der Website heraus."));
                return;
            }
            if (path.endsWith("/") || Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                faults.add(new Fault(from, line, "Der Link \"" + u + "\" führt ins Leere: die Seite oder Datei "
                        + site.relative(target) + " gibt es nicht."));
                return;
            }
            targetRel = site.relative(target);
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && targetRel.endsWith(".html")) {
            Document target = site.pages().get(targetRel);
            if (target != null && target.getElementById(fragment) == null && target.select("a[name=" + cssEscape(fragment) + "]").isEmpty()) {
                faults.add(new Fault(from, line, "Der Link \"" + u + "\" springt zur Stelle #" + fragment
                        + ", die es auf " + targetRel + " nicht gibt."));
            }
        }
    }

    private static String cssEscape(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
