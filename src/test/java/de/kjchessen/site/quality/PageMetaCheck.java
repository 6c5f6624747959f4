package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each page has lang="de", a unique non-empty title, exactly one h1, a meta description, an absolute
 * canonical URL, and alt on every image.
 */
public final class PageMetaCheck {

    private PageMetaCheck() {
    }

    /** German, or the language of the folder the page is in ("en/finder/index.html": en, data/sprachen/en.yaml). */
    static String expectedLang(String file) {
        String first = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        boolean language = first.matches("[a-z]{2}") && java.nio.file.Files.isRegularFile(
                Project.DIR.resolve("data/sprachen/" + first + ".yaml"));
        return language ? first : "de";
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        Map<String, String> firstPageWithTitle = new HashMap<>();
        for (Map.Entry<String, Document> entry : site.pages().entrySet()) {
            String file = entry.getKey();
            Document doc = entry.getValue();
            String lang = expectedLang(file);
            if (!lang.equals(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"))) {
                faults.add(new Fault(file, 1, "Der Seite fehlt lang=\"" + lang + "\" am <html>-Element."));
            }
            String title = doc.title().strip();
            if (title.isEmpty()) {
                faults.add(new Fault(file, 0, "Die Seite hat keinen <title>."));
            } else if (firstPageWithTitle.containsKey(title)) {
                faults.add(new Fault(file, 0, "Der Seitentitel \"" + title + "\" ist schon vergeben an "
                        + firstPageWithTitle.get(title) + ". Jeder Titel muss eindeutig sein."));
            } else {
                firstPageWithTitle.put(title, file);
            }
            int h1 = doc.select("h1").size();
            if (h1 != 1) {
                faults.add(new Fault(file, 0, "Die Seite hat " + h1 + " Hauptüberschriften (<h1>); erlaubt ist genau eine."));
            }
            Element description = doc.selectFirst("meta[name=description]");
            if (description == null || description.attr("content").isBlank()) {
                faults.add(new Fault(file, 0, "Die Seite hat keine Kurzbeschreibung (<meta name=\"description\">)."));
            }
            Element canonical = doc.selectFirst("link[rel=canonical]");
            if (canonical == null || !canonical.attr("href").matches("https://[^/]+/.*")) {
                faults.add(new Fault(file, 0, "Die Seite hat keine absolute kanonische Adresse (<link rel=\"canonical\">)."));
            }
            for (Element img : doc.select("img")) {
                if (!img.hasAttr("alt")) {
                    faults.add(new Fault(file, img.sourceRange().start().lineNumber(), "Das Bild \"" + img.attr("src")
                            + "\" hat keinen Alternativtext (alt). Beschreiben Sie, was das Bild zeigt, oder "
                            + "schreiben Sie alt=\"\" für reine Schmuckbilder."));
                }
            }
        }
        return faults;
    }
}
